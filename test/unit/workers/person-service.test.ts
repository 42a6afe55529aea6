import { describe, expect, it } from 'vitest';
import { nikRefusal } from '../../../core/api/nik.ts';
import type { PersonInput } from '../../../core/api/workers.ts';
import { render } from '../../../core/messages.ts';
import { participationAt } from '../../../core/workers/participation-status.ts';
import { readFileSync } from 'node:fs';
import { undo } from '../imports-pipeline/support.ts';
import { jobEnd } from '../support/jobs.ts';
import { badungApp, sampleEmployer } from '../employers/support.ts';

// A person with their periods through the form path: the NIK parser's rules, typed values
// against the NIK, the periods' rules, status derived from periods, record statuses audited.

const woman = '5103064507900002'; // Kuta Utara, born 5 July 1990, a woman (day + 40)
const man = '5103061203850001'; // born 12 March 1985
const old = '5103061203400003'; // born 12 March 1940: 86 today

const person = (extra: Partial<PersonInput> = {}): PersonInput => ({
  nik: woman,
  name: 'Ni Luh Putu Sukerti',
  kecamatanCode: '51.03.06',
  desaCode: '51.03.06.2006',
  category: 'petani',
  periods: [{ segment: 'BPU', startDate: '2025-01-01', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2025' }],
  ...extra,
});

async function save(app: Awaited<ReturnType<typeof badungApp>>, input: PersonInput) {
  return app.call('workers.save', input);
}

describe('participation status at a date', () => {
  const periods = [
    { startDate: '2023-01-01', endDate: '2023-12-31' },
    { startDate: '2025-03-01', endDate: null },
  ];
  it('is derived from the periods: never registered, active, not active', () => {
    expect(participationAt(periods, '2022-06-30')).toBe('belum_terdaftar');
    expect(participationAt(periods, '2023-01-01')).toBe('aktif');
    expect(participationAt(periods, '2023-12-31')).toBe('aktif');
    expect(participationAt(periods, '2024-07-01')).toBe('tidak_aktif');
    expect(participationAt(periods, '2026-11-24')).toBe('aktif');
    expect(participationAt([], '2026-11-24')).toBe('belum_terdaftar');
  });
});

describe('saving a person', () => {
  it('keeps sex and birth date from the NIK, flags typed values that differ, audits one row, and shows status today', async () => {
    const app = await badungApp();
    const saved = await save(app, person({ sexTyped: 'L', birthDateTyped: '1990-07-05' }));
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.data.person).toMatchObject({ nik: woman, sex: 'P', birthDate: '1990-07-05', sexTyped: 'L', identityMismatch: true, desaName: 'Dalung' });
    expect(saved.data.flags.map((f) => f.key)).toEqual(['workers.save.sexMismatch']);
    // A typed birth date after today (24/11/2026 in Badung) is refused at its field, not only flagged as differing (walk 30).
    const future = await save(app, person({ uid: saved.data.person.uid, birthDateTyped: '2030-12-12' }));
    expect(!future.ok && [future.error.message, future.error.details]).toEqual([
      'Tanggal lahir (12/12/2030) sesudah hari ini (24/11/2026). Isi tanggal lahir yang benar, atau kosongkan (tanggal lahir dibaca dari NIK).',
      { issues: [{ path: 'birthDateTyped' }] },
    ]);
    expect(saved.data.statusToday).toBe('aktif');
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'person'").pluck().get()).toBe(1);
    const grid = await app.call('registers.list', { register: 'worker', startRow: 0, endRow: 10, filterModel: {} });
    expect(grid.ok && grid.data.rows.map((r) => [r.nik, r.segment, r.statusToday, r.identityMismatch])).toEqual([[woman, 'BPU', 'aktif', 1]]);
    // Quick search by NIK prefix and by a word of the name.
    for (const q of ['510306450', 'sukerti']) {
      const found = await app.call('registers.list', { register: 'worker', startRow: 0, endRow: 10, filterModel: {}, quickSearch: q });
      expect(found.ok && found.data.rows.length).toBe(1);
    }
    // The history shows the periods in words.
    const history = await app.call('registers.history', { register: 'worker', uid: saved.data.person.uid });
    expect(history.ok && history.data[0]!.changes.map((c) => c.field)).toContain('periods');
  });

  it('says a period without a start is required, and a start that is no day is not a day', async () => {
    const app = await badungApp();
    const issuesOf = async (startDate: string) => {
      const result = await save(app, person({ periods: [{ segment: 'BPU', startDate, programmes: ['JKK', 'JKM'] }] }));
      return !result.ok ? (result.error.details as { issues: { path: string; messageKey: string }[] }).issues : [];
    };
    expect(await issuesOf('')).toContainEqual(expect.objectContaining({ path: 'periods.0.startDate', messageKey: 'validation.required' }));
    expect(await issuesOf('2025-02-30')).toContainEqual(expect.objectContaining({ path: 'periods.0.startDate', messageKey: 'validation.invalid' }));
    expect(app.count('person')).toBe(0);
  });

  it('refuses an invalid NIK, asks before repairing a damaged one, and refuses a NIK already held', async () => {
    const app = await badungApp();
    const invalid = await save(app, person({ nik: '5103069907900002' }));
    expect(!invalid.ok && invalid.error.message).toMatch(/^NIK tidak dapat dipakai: /);
    const damaged = await save(app, person({ nik: `${woman}.0` }));
    expect(!damaged.ok && [damaged.error.code, (damaged.error.details as { kind: string }).kind]).toEqual(['CONFLICT', 'nik_repair']);
    expect(app.count('person')).toBe(0);
    const confirmed = await save(app, person({ nik: `${woman}.0`, confirmNikRepair: true }));
    expect(confirmed.ok && confirmed.data.person.nik).toBe(woman);
    const twice = await save(app, person({ name: 'Luh Sukerti' }));
    expect(!twice.ok && twice.error.message).toBe('NIK 5103064507900002 sudah terdaftar atas nama "Ni Luh Putu Sukerti". Buka data itu; satu NIK adalah satu orang.');
  });

  it("says the save's refusal of a NIK from the NIK analysis alone (the person form's check), and nothing of a NIK the save takes or asks about", async () => {
    const app = await badungApp();
    const refusalOf = async (value: string) => {
      const analysis = await app.call('nik.analyze', { value });
      if (!analysis.ok) throw new Error(analysis.error.message);
      const refused = nikRefusal(analysis.data);
      return refused && render(refused);
    };
    for (const nik of ['5103064507900', '5103069907900002', '51030645079000021', '9903064507900002', 'NIK-ku']) {
      const saved = await save(app, person({ nik }));
      expect(!saved.ok && [saved.error.code, saved.error.message]).toEqual(['INVALID_INPUT', await refusalOf(nik)]);
    }
    expect(await refusalOf('5103064507900')).toBe('NIK tidak dapat dipakai: NIK harus 16 digit; ditemukan 13 digit. Mungkin ada digit yang hilang (misalnya terpotong saat disimpan sebagai angka). Ketik ulang NIK dari KTP/KK.');
    // A repair the user confirms, and a good NIK: no refusal.
    expect([await refusalOf(`${woman}.0`), await refusalOf(woman)]).toEqual([null, null]);
    expect(app.count('person')).toBe(0);
  });

  it('refuses overlapping periods of one segment, an end before its start, and a PU period without an employer', async () => {
    const app = await badungApp();
    const overlapping = await save(app, person({ periods: [{ segment: 'BPU', startDate: '2024-01-01', endDate: '2025-06-30' }, { segment: 'BPU', startDate: '2025-06-01' }] }));
    expect(!overlapping.ok && overlapping.error.message).toBe('Periode BPU mulai 01/06/2025 bertumpang tindih dengan periode BPU mulai 01/01/2024. Satu orang hanya punya satu periode per segmen pada satu waktu.');
    const backwards = await save(app, person({ periods: [{ segment: 'BPU', startDate: '2025-01-01', endDate: '2024-12-31' }] }));
    // Refused by the contract's schema at its end date, as the form says it beside the other fields' problems.
    expect(!backwards.ok && backwards.error.code).toBe('INVALID_INPUT');
    expect(!backwards.ok && (backwards.error.details as { issues: { path: string; messageKey: string }[] }).issues).toEqual([{ path: 'periods.0.endDate', messageKey: 'validation.endBeforeStart' }]);
    const noEmployer = await save(app, person({ periods: [{ segment: 'PU', startDate: '2025-01-01' }] }));
    expect(!noEmployer.ok && (noEmployer.error.details as { issues: { path: string }[] }).issues[0]!.path).toBe('periods.0.employerUid');
    // A new PU period without an employer that also overlaps an earlier one: its own employer field says so, the other period's fields nothing.
    const needsBoth = await save(app, person({ periods: [{ segment: 'PU', startDate: '2025-12-01' }, { segment: 'PU', startDate: '2025-01-01' }] }));
    expect(!needsBoth.ok && [needsBoth.error.message, (needsBoth.error.details as { issues: unknown[] }).issues]).toEqual(['Periode PU mulai 01/12/2025 harus menyebut pemberi kerja dari register perusahaan.', [{ path: 'periods.0.employerUid' }]]);
    // Two segments at once are fine; so is a PU period at an employer of the register.
    const employer = await app.call('employers.save', { ...sampleEmployer, confirmRegistrationGaps: true });
    if (!employer.ok) throw new Error(employer.error.message);
    const both = await save(app, person({ periods: [{ segment: 'BPU', startDate: '2024-01-01' }, { segment: 'PU', startDate: '2025-01-01', employerUid: employer.data.uid, wage: 3_500_000 }] }));
    expect(both.ok && both.data.periods.map((p) => [p.segment, p.employerName])).toEqual([['BPU', null], ['PU', 'PT Bali Segara Sejahtera']]);
    expect(app.count('person')).toBe(1);
  });

  it('refuses a period that starts before the person was born, at its start', async () => {
    const app = await badungApp();
    // Born 5 July 1990 by the NIK: a period of 1950–1960 is a typing slip.
    const early = await save(app, person({ periods: [{ segment: 'BPU', startDate: '1950-01-01', endDate: '1960-12-31' }] }));
    expect(!early.ok && [early.error.message, (early.error.details as { issues: unknown[] }).issues]).toEqual([
      'Periode mulai 01/01/1950, sebelum orang ini lahir (05/07/1990). Periksa tanggal mulai periode, atau tanggal lahir dan NIK-nya.',
      [{ path: 'periods.0.startDate' }],
    ]);
    // A typed birth date earlier than the NIK's (a NIK a century late) lets a period from it be saved.
    const typedEarlier = await save(app, person({ birthDateTyped: '1980-01-01', periods: [{ segment: 'BPU', startDate: '1989-01-01', endDate: '1989-12-31' }] }));
    expect(typedEarlier.ok).toBe(true);
  });

  it('asks to confirm an implausible age with an active period, and never hard-deletes: statuses with reason and date', async () => {
    const app = await badungApp();
    const asked = await save(app, person({ nik: old, name: 'I Ketut Sepuh' }));
    expect(!asked.ok && (asked.error.details as { kind: string }).kind).toBe('implausible_age');
    // An ended period is no active one: nothing to ask.
    const ended = await save(app, person({ nik: man, name: 'I Made Sudarsana', periods: [{ segment: 'BPU', startDate: '2020-01-01', endDate: '2020-12-31' }] }));
    expect(ended.ok && ended.data.statusToday).toBe('tidak_aktif');
    const confirmed = await save(app, person({ nik: old, name: 'I Ketut Sepuh', confirmAge: true }));
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    // Confirmed, the age stays flagged on the person's page while the period is active.
    expect(confirmed.data.flags.map((f) => f.key)).toContain('workers.flags.ageImplausible');
    // The day it happened: typed (never filled in for died or moved away), and not after today (24 Nov 2026 in Badung).
    const uid = confirmed.data.person.uid;
    const noDate = await app.call('workers.setStatus', { uid, recordStatus: 'meninggal', reason: 'Akta kematian desa' });
    expect(!noDate.ok && noDate.error.details).toEqual({ issues: [{ path: 'date', messageKey: 'validation.required' }] });
    const tomorrow = await app.call('workers.setStatus', { uid, recordStatus: 'pindah', reason: 'Pindah ke Denpasar', date: '2026-11-25' });
    expect(!tomorrow.ok && [tomorrow.error.message, tomorrow.error.details]).toEqual(['Tanggal status (25/11/2026) sesudah hari ini (24/11/2026). Isi tanggal kejadiannya.', { issues: [{ path: 'date' }] }]);
    // Not before the person was born (walk 30: died in 2000, born 2007 by the NIK, dropped out of the counts unasked).
    const early = await app.call('workers.setStatus', { uid, recordStatus: 'salah_input', reason: 'Uji tanggal awal', date: '1939-12-31' });
    expect(!early.ok && [early.error.message, early.error.details]).toEqual([
      'Tanggal status (31/12/1939) sebelum orang ini lahir (12/03/1940). Isi tanggal kejadiannya; bila tahun lahirnya yang salah, isi Tanggal lahir (diisi) dulu.',
      { issues: [{ path: 'date' }] },
    ]);
    // A NIK's two-digit year may be a century late: a typed birth date, the earlier, lets the real day be saved.
    const centuryEarlier = await save(app, person({ uid, nik: old, name: 'I Ketut Sepuh', confirmAge: true, birthDateTyped: '1840-03-12' }));
    expect(centuryEarlier.ok).toBe(true);
    const typedBirth = await app.call('workers.setStatus', { uid, recordStatus: 'salah_input', reason: 'Uji tanggal awal', date: '1939-12-31' });
    expect(typedBirth.ok && typedBirth.data.person.statusDate).toBe('1939-12-31');
    expect((await app.call('workers.setStatus', { uid, recordStatus: 'aktif', reason: '' })).ok).toBe(true);
    expect((await save(app, person({ uid, nik: old, name: 'I Ketut Sepuh', confirmAge: true }))).ok).toBe(true); // the typed birth taken off again
    const died = await app.call('workers.setStatus', { uid: confirmed.data.person.uid, recordStatus: 'meninggal', reason: 'Akta kematian desa', date: '2026-10-01' });
    expect(died.ok && died.data.person).toMatchObject({ recordStatus: 'meninggal', statusReason: 'Akta kematian desa', statusDate: '2026-10-01' });
    expect(app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'person' ORDER BY id DESC LIMIT 1").pluck().get()).toBe('died');
    const noReason = await app.call('workers.setStatus', { uid: confirmed.data.person.uid, recordStatus: 'pindah', reason: '' });
    expect(noReason.ok).toBe(false);
    // Died: no active period any more, no age to question.
    const page = await app.call('workers.get', { uid: confirmed.data.person.uid });
    expect(page.ok && [page.data.statusToday, page.data.flags.map((f) => f.key)]).toEqual(['tidak_aktif', []]);
    const edit = await save(app, person({ uid: confirmed.data.person.uid, nik: old, name: 'I Ketut Sepuh', confirmAge: true }));
    expect(!edit.ok && edit.error.message).toBe('Data ini berstatus "Meninggal"; kembalikan ke Aktif dulu sebelum mengubahnya.');
    const counts = await app.call('registers.counts', { register: 'worker', by: 'category' });
    expect(counts.ok && counts.data.total).toBe(2);
    expect(app.count('person')).toBe(2);
  });

  it('works with the shared floors: the export writes NIKs as text, a bulk status is audited and undone', async () => {
    const app = await badungApp();
    for (const [nik, name] of [[woman, 'Ni Luh Putu Sukerti'], [man, 'I Made Sudarsana']] as const) {
      const saved = await save(app, person({ nik, name }));
      if (!saved.ok) throw new Error(saved.error.message);
    }
    const exported = await app.call('registers.export', { register: 'worker', format: 'csv', columns: ['nik', 'name', 'segment', 'statusToday'], filterModel: {} });
    if (!exported.ok) throw new Error(exported.error.message);
    const job = await jobEnd(app.call, exported.data);
    const text = readFileSync(app.runtime.files.outgoingFile((job.result as { token: string }).token).path, 'utf8');
    expect(text).toContain('Register pekerja');
    expect(text).toContain('"NIK";"Nama";"Segmen";"Kepesertaan hari ini"');
    expect(text).toContain(`"${woman}";"Ni Luh Putu Sukerti";"BPU";"Aktif"`);

    const active = { recordStatus: { filterType: 'set', values: ['aktif'] } };
    // Moving away is dated by the day it happened, typed (coverage counts them until then), never after today.
    const move = { register: 'worker', filterModel: active, quickSearch: 'sudarsana', status: 'pindah', reason: 'Pindah ke Kabupaten Tabanan' };
    const undated = await app.call('registers.bulkStatus', move);
    expect(!undated.ok && [undated.error.message, undated.error.details]).toEqual(['Isi tanggal kejadiannya: status ini dicatat dengan tanggalnya.', { issues: [{ path: 'date' }] }]);
    const later = await app.call('registers.bulkStatus', { ...move, date: '2026-11-25' });
    expect(!later.ok && later.error.message).toBe('Tanggal 25/11/2026 sesudah hari ini (24/11/2026). Isi tanggal kejadiannya.');
    const started = await app.call('registers.bulkStatus', { ...move, date: '2026-08-31' });
    if (!started.ok) throw new Error(started.error.message);
    const bulk = await jobEnd(app.call, started.data);
    expect(bulk.status).toBe('done');
    expect(app.sqlite.prepare('SELECT nik, record_status, status_reason, status_date FROM person ORDER BY nik').raw().all()).toEqual([
      [man, 'pindah', 'Pindah ke Kabupaten Tabanan', '2026-08-31'],
      [woman, 'aktif', '', null],
    ]);
    const counts = await app.call('registers.counts', { register: 'worker', by: 'category', filterModel: active });
    expect(counts.ok && counts.data.total).toBe(1);
    const batch = (bulk.result as { batch: { uid: string } }).batch;
    expect((await undo(app, batch.uid)).status).toBe('done');
    expect(app.sqlite.prepare("SELECT count(*) FROM person WHERE record_status = 'aktif'").pluck().get()).toBe(2);
  });

  it("dates a bulk status that asks no day by the office's today, not UTC's", async () => {
    const app = await badungApp(() => new Date('2026-11-24T17:00:00Z')); // 25 Nov, 01:00 WITA
    if (!(await save(app, person())).ok) throw new Error('not saved');
    const started = await app.call('registers.bulkStatus', { register: 'worker', filterModel: {}, status: 'salah_input', reason: 'Data ganda dari daftar desa' });
    if (!started.ok) throw new Error(started.error.message);
    expect((await jobEnd(app.call, started.data)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT record_status, status_date FROM person').raw().get()).toEqual(['salah_input', '2026-11-25']);
  });
});
