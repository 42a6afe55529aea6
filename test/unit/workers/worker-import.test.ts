import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { badungApp, sampleEmployer } from '../employers/support.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from '../imports/fixtures.ts';
import { commit, stage, undo, waitJob, type App } from '../imports-pipeline/support.ts';

// Layout (a), a programme's or a desa's list of people with one period each, through the shared
// pipeline: NIKs as numbers, with ".0", in scientific notation; a person twice; a known NIK
// updated and its period extended; the same NIK under another name refused, not overwritten.

const dir = tempDir('lindung-workers-import-');

async function dryRun(app: App, file: string, name: string) {
  const staged = await stage(app, file, name);
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'worker', fileToken: staged.token, headerRow, mapping });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  if (job.status !== 'done') throw new Error(job.error?.message ?? job.status);
  return { job, result: job.result as DryRunResult, inspection: inspected.data as Inspection };
}

const header = 'NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program;Jenis kelamin;Tanggal lahir;NPP';
const lines = [
  'Daftar pekerja rentan APBD 2025 - Kecamatan Kuta Utara',
  header,
  '5103064507900002;Ni Luh Putu Sukerti;Br. Kaja;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM;P;05/07/1990;', // 2..: row 3
  '5103061203850001.0;I Made Sudarsana;Br. Kelod;Canggu;Nelayan;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM;L;;', // ".0": repaired with a note
  '5.10306E+15;I Wayan Lost;Br. Kangin;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM;;;', // digits lost: refused
  '5103064507900002;Ni Luh Putu Sukerti;Br. Kaja;Dalung;Petani;PU;01/03/2025;Pemberi kerja;JKK, JKM, JHT;P;;NN012345', // the same person, a PU period too
  '5103062208950004;Ni Kadek Ayu;Br. Anyar;Desa Entah;Pedagang kecil;BPU;01/01/2025;Mandiri;JKK, JKM;;;', // unknown desa
  '5103061509920005;I Komang Arta;Br. Pande;Tibubeneng;;PU;01/02/2025;Pemberi kerja;JKK, JKM, JHT;;;', // PU without NPP
];

describe('worker import, layout (a)', { timeout: 300_000 }, () => {
  it('checks a messy list, commits it, updates and extends on a second list, holds another person under a known NIK for review, and undoes', async () => {
    const app = await badungApp();
    const employer = await app.call('employers.save', { ...sampleEmployer, confirmRegistrationGaps: true });
    if (!employer.ok) throw new Error(employer.error.message);
    const file = dir.path('daftar.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { job, result, inspection } = await dryRun(app, file, 'daftar APBD.csv');
    expect(inspection.headerRow).toBe(2);
    expect(result.summary).toMatchObject({ total: 6, new: 3, invalid: 3 });
    const problem = (row: number) => result.rows.find((r) => r.rowNumber === row)!.problems.map((p) => [p.field, p.severity, p.message.id]);
    expect(problem(4)).toEqual([['nik', 'warning', 'NIK "5103061203850001.0" dibaca sebagai 5103061203850001: Akhiran desimal ".0" dihapus (sel kemungkinan tersimpan sebagai angka). Cocokkan 16 digit hasilnya dengan KTP/KK sebelum disimpan. Bila cocok, baris ini masuk dengan NIK 5103061203850001 saat impor disimpan; bila tidak, perbaiki berkasnya lalu periksa lagi.']]);
    expect(problem(5)[0]!.slice(0, 2)).toEqual(['nik', 'error']);
    expect(problem(5)[0]![2]).toMatch(/^NIK tidak dapat dipakai: .*5\.10306E\+15/);
    expect(problem(7)[0]!.slice(0, 2)).toEqual(['desa', 'error']);
    expect(problem(8)).toEqual([['npp', 'error', 'Baris PU (pekerja penerima upah) harus menyebut pemberi kerja yang ada di register perusahaan: isi kolom NPP, NIB atau nama perusahaan (tambahkan kolom itu bila berkas belum punya), atau ubah Segmen bila orang ini bukan pekerja penerima upah.']]);
    const done = await commit(app, job.id);
    expect(done.status).toBe('done');
    expect(app.count('person')).toBe(2);
    expect(app.sqlite.prepare("SELECT p.nik, pp.segment, pp.start_date, pp.funding, pp.employer_id IS NOT NULL FROM participation_period pp JOIN person p ON p.id = pp.person_id ORDER BY pp.id").raw().all()).toEqual([
      ['5103064507900002', 'BPU', '2025-01-01', 'apbd_kabkota', 0],
      ['5103061203850001', 'BPU', '2025-01-01', 'apbd_kabkota', 0],
      ['5103064507900002', 'PU', '2025-03-01', 'pemberi_kerja', 1],
    ]);
    expect(app.sqlite.prepare("SELECT sex, birth_date, sex_typed, category, desa_code FROM person WHERE nik = '5103064507900002'").raw().get()).toEqual(['P', '1990-07-05', 'P', 'petani', '51.03.06.2006']);

    // The next year's list: a known person goes on with JHT added from 2026, one gets a new
    // address; the same NIK under another name goes to the identity review, the person untouched.
    const next = dir.path('lanjutan.csv');
    writeFileSync(next, [
      'NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Selesai;Sumber dana;Program',
      '5103061203850001;I Made Sudarsana;Br. Kelod No. 7;Canggu;Nelayan;BPU;01/01/2026;;APBD kabupaten/kota;JKK, JKM, JHT',
      '5103064507900002;Made Sudarsane;Br. Kaja;Dalung;Petani;BPU;01/01/2026;;APBD kabupaten/kota;JKK, JKM',
    ].join('\n'));
    const second = await dryRun(app, next, 'lanjutan 2026.csv');
    expect(second.result.summary).toMatchObject({ total: 2, changed: 1, review: 1, invalid: 0 });
    const changedRow = second.result.rows.find((r) => r.rowNumber === 2)!;
    // What the changed row changes: the person's address, and their period: it starts later with
    // JHT added, so the 2025 period ends on 31/12/2025 and a new one starts (walk 34: a later
    // list rewrote the whole period), said at the start date.
    expect(changedRow.changedFields).toEqual(['address', 'periods']);
    expect(changedRow.changes?.map((c) => [c.field, c.before, c.after])).toEqual([['address', 'Br. Kelod', 'Br. Kelod No. 7'], ['endDate', null, '2025-12-31']]);
    expect(changedRow.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([['startDate', 'warning', 'Baris ini mulai 01/01/2026 dengan sumber dana, upah/penghasilan atau program yang berbeda dari periode BPU di register (mulai 01/01/2025): periode itu berakhir 31/12/2025 dan baris ini menjadi periode baru (program JKK, JKM, JHT; sumber dana APBD kabupaten/kota), agar masa sebelumnya tetap seperti di register. Bila data baris ini berlaku sejak 01/01/2025, tulis tanggal mulai 01/01/2025 di berkas.']]);
    const held = second.result.rows.find((r) => r.rowNumber === 3)!;
    expect(held.status).toBe('review');
    expect(held.problems.map((p) => [p.field, p.severity])).toEqual([['name', 'warning']]);
    expect(held.problems[0]!.message.id).toMatch(/^NIK 5103064507900002 sudah terdaftar atas nama "Ni Luh Putu Sukerti", lahir 05\/07\/1990; baris ini menyebut "Made Sudarsane", .* masuk daftar tinjauan identitas/);
    expect((await commit(app, second.job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT nik, file_name, file_row, state, import_batch_id IS NOT NULL FROM identity_review').raw().all()).toEqual([['5103064507900002', 'Made Sudarsane', 3, 'open', 1]]);
    // The 2025 period as it was until the new one; JHT from 2026 only.
    expect(app.sqlite.prepare("SELECT pp.start_date, pp.end_date, pp.programmes FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = '5103061203850001' ORDER BY pp.start_date").raw().all()).toEqual([
      ['2025-01-01', '2025-12-31', '["JKK","JKM"]'],
      ['2026-01-01', null, '["JKK","JKM","JHT"]'],
    ]);
    expect(app.sqlite.prepare("SELECT address FROM person WHERE nik = '5103061203850001'").pluck().get()).toBe('Br. Kelod No. 7');
    expect(app.sqlite.prepare("SELECT name FROM person WHERE nik = '5103064507900002'").pluck().get()).toBe('Ni Luh Putu Sukerti');

    // The person's history shows what each import did to their period, in the words a form's save
    // of it uses: added by the first list; ended, and a period with JHT added, by the second.
    const made = app.sqlite.prepare("SELECT uid FROM person WHERE nik = '5103061203850001'").pluck().get() as string;
    const periodChanges = async () => {
      const history = await app.call('registers.history', { register: 'worker', uid: made });
      if (!history.ok) throw new Error(history.error.message);
      return history.data.flatMap((e) => e.changes.filter((c) => c.field === 'periods').map((c) => [e.action, e.batch?.fileName, c.before, c.after]));
    };
    // The list that added the person and their period is one entry: the person added, with the period's line.
    expect(await periodChanges()).toEqual([
      ['import-update', 'lanjutan 2026.csv', null, 'BPU 2026-01-01 – … · JKK, JKM, JHT · apbd_kabkota'],
      ['import-update', 'lanjutan 2026.csv', 'BPU 2025-01-01 – … · JKK, JKM · apbd_kabkota', 'BPU 2025-01-01 – 2025-12-31 · JKK, JKM · apbd_kabkota'],
      ['import-create', 'daftar APBD.csv', null, 'BPU 2025-01-01 – … · JKK, JKM · apbd_kabkota'],
    ]);
    const entries = await app.call('registers.history', { register: 'worker', uid: made });
    if (!entries.ok) throw new Error(entries.error.message);
    expect(entries.data.map((e) => [e.action, e.batch?.fileName])).toEqual([
      ['import-update', 'lanjutan 2026.csv'],
      ['import-create', 'daftar APBD.csv'],
    ]);
    // Shown with the day as on every other date and the funding source in the office's words.
    const shown = await app.call('registers.history', { register: 'worker', uid: made });
    if (!shown.ok) throw new Error(shown.error.message);
    expect(shown.data.flatMap((e) => e.changes.filter((c) => c.field === 'periods').map((c) => c.shownAfter))[0]).toEqual({
      id: 'BPU 01/01/2026 – … · JKK, JKM, JHT · APBD kabupaten/kota',
      en: 'BPU 01/01/2026 – … · JKK, JKM, JHT · District/city budget (APBD)',
    });

    // Undo both, newest first: everything as before.
    const batches = await app.call('imports.history', { register: 'worker' });
    if (!batches.ok) throw new Error(batches.error.message);
    expect((await undo(app, batches.data[0]!.uid)).status).toBe('done');
    expect(app.count('identity_review')).toBe(0);
    expect(app.sqlite.prepare("SELECT address FROM person WHERE nik = '5103061203850001'").pluck().get()).toBe('Br. Kelod');
    expect(app.sqlite.prepare("SELECT start_date, end_date, programmes FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = '5103061203850001'").raw().all()).toEqual([['2025-01-01', null, '["JKK","JKM"]']]);
    // The undo of the period's change shows too, reversing it (the period it added is gone with its trail).
    expect((await periodChanges()).slice(0, 2)).toEqual([
      ['undo-import', 'lanjutan 2026.csv', 'BPU 2025-01-01 – 2025-12-31 · JKK, JKM · apbd_kabkota', 'BPU 2025-01-01 – … · JKK, JKM · apbd_kabkota'],
      ['import-update', 'lanjutan 2026.csv', 'BPU 2025-01-01 – … · JKK, JKM · apbd_kabkota', 'BPU 2025-01-01 – 2025-12-31 · JKK, JKM · apbd_kabkota'],
    ]);
    expect((await undo(app, batches.data[1]!.uid)).status).toBe('done');
    expect(app.count('person')).toBe(0);
    expect(app.count('participation_period')).toBe(0);
    expect(app.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it("keeps an import's line in the person's history as the import wrote it after a form's save changes the period", async () => {
    const app = await badungApp();
    const file = dir.path('satu.csv');
    writeFileSync(file, `${[header, lines[3]].join('\n')}\n`);
    const { job } = await dryRun(app, file, 'daftar desa.csv');
    expect((await commit(app, job.id)).status).toBe('done');
    const uid = app.sqlite.prepare("SELECT uid FROM person WHERE nik = '5103061203850001'").pluck().get() as string;
    // A clerk ends the period and adds JHT in the form.
    const got = await app.call('workers.get', { uid });
    if (!got.ok) throw new Error(got.error.message);
    const { person, periods } = got.data;
    const saved = await app.call('workers.save', {
      uid, nik: person.nik, name: person.name, sexTyped: person.sexTyped, birthDateTyped: person.birthDateTyped, address: person.address,
      kecamatanCode: person.kecamatanCode, desaCode: person.desaCode, phone: person.phone, occupation: person.occupation, category: person.category, kpj: person.kpj, notes: person.notes,
      periods: periods.map((q) => ({ uid: q.uid, segment: q.segment, employerUid: q.employerUid, kpj: q.kpj, programmes: [...q.programmes, 'JHT'], startDate: q.startDate, endDate: '2025-06-30',
        wage: q.wage, declaredIncome: q.declaredIncome, funding: q.funding, programmeUid: q.programmeUid, source: q.source, sourceDate: q.sourceDate })),
    });
    if (!saved.ok) throw new Error(saved.error.message);
    // The audit row keeps of each period only what its line reads (no wage, income or KPJ).
    const kept = JSON.parse(app.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'person' ORDER BY id DESC LIMIT 1").pluck().get() as string) as { periods: { row: object }[] };
    expect(Object.keys(kept.periods[0]!.row).sort()).toEqual(['employerId', 'endDate', 'funding', 'programmeId', 'programmes', 'segment', 'startDate']);
    const history = await app.call('registers.history', { register: 'worker', uid });
    if (!history.ok) throw new Error(history.error.message);
    const shown = history.data.flatMap((e) => e.changes.filter((c) => c.field === 'periods').map((c) => [e.action, c.shownBefore?.id ?? null, c.shownAfter?.id ?? null]));
    expect(shown).toEqual([
      ['update', 'BPU 01/01/2025 – … · JKK, JKM · APBD kabupaten/kota', 'BPU 01/01/2025 – 30/06/2025 · JKK, JKM, JHT · APBD kabupaten/kota'],
      ['import-create', null, 'BPU 01/01/2025 – … · JKK, JKM · APBD kabupaten/kota'],
    ]);
  });

  it('gives a template with every column', async () => {
    const app = await badungApp();
    const template = await app.call('imports.template', { register: 'worker' });
    expect(template.ok && template.data.fileName).toBe('Templat impor pekerja.xlsx');
  });

  it('refuses rows for a person who died or moved away, and names the NIK a merged-away record went into', async () => {
    const app = await badungApp();
    const place = { kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' };
    const period = (startDate: string, endDate: string | null) => ({ segment: 'BPU' as const, startDate, endDate, programmes: ['JKK' as const, 'JKM' as const], funding: 'apbd_kabkota', source: 'Daftar desa' });
    const add = async (nik: string, name: string, startDate: string, endDate: string | null = null) => {
      const saved = await app.call('workers.save', { nik, name, ...place, periods: [period(startDate, endDate)] });
      if (!saved.ok) throw new Error(saved.error.message);
      return saved.data.person.uid;
    };
    const died = await add('5103064507900002', 'Ni Luh Putu Sukerti', '2024-01-01');
    const kept = await add('5103061203850001', 'I Made Sudarsana', '2023-01-01', '2023-12-31');
    await add('5103061203857342', 'Made Sudarsana', '2024-06-01');
    expect((await app.call('workers.setStatus', { uid: died, recordStatus: 'meninggal', reason: 'Akta kematian desa', date: '2025-03-01' })).ok).toBe(true);
    const scanned = await app.call('duplicates.scan', {});
    if (!scanned.ok) throw new Error(scanned.error.message);
    await waitJob(app, scanned.data);
    const pairs = await app.call('duplicates.list', {});
    const pair = pairs.ok ? pairs.data.pairs.find((p) => [p.a.uid, p.b.uid].includes(kept)) : undefined;
    if (!pair) throw new Error('no pair for the near-duplicate');
    const merged = await app.call('duplicates.merge', { pairId: pair.id, keepUid: kept });
    if (!merged.ok) throw new Error(merged.error.message);
    const periodsBefore = app.count('participation_period');

    const file = dir.path('daftar 2026.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Sumber dana;Program',
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/01/2026;APBD kabupaten/kota;JKK, JKM',
      '5103061203857342;Made Sudarsana;Dalung;BPU;01/01/2026;APBD kabupaten/kota;JKK, JKM',
    ].join('\n'));
    const { job, result } = await dryRun(app, file, 'daftar 2026.csv');
    expect(result.summary).toMatchObject({ total: 2, new: 0, changed: 0, invalid: 2 });
    const said = (row: number) => result.rows.find((r) => r.rowNumber === row)!.problems.map((p) => [p.field, p.severity, p.message.id]);
    expect(said(2)).toEqual([['nik', 'error', 'NIK 5103064507900002 (Ni Luh Putu Sukerti) tercatat "Meninggal" sejak 01/03/2025: baris ini tidak disimpan. Bila status itu keliru, kembalikan orang itu ke Aktif di halaman pekerjanya, lalu periksa berkas ini lagi.']]);
    expect(said(3)).toEqual([['nik', 'error', 'NIK 5103061203857342 sudah digabung ke I Made Sudarsana (NIK 5103061203850001) sebagai data salah input: bila orangnya sama, ganti NIK baris ini dengan 5103061203850001, lalu periksa berkas ini lagi.']]);
    await commit(app, job.id);
    expect(app.count('participation_period')).toBe(periodsBefore);
    expect(app.sqlite.prepare('SELECT record_status FROM person ORDER BY id').pluck().all()).toEqual(['meninggal', 'aktif', 'salah_input']);
  });

  it.skipIf(!hasLibreOffice)('refuses NIKs that LibreOffice stored as numbers of 15 digits, saying why and how to fix it', async () => {
    const app = await badungApp();
    const csv = dir.path('dari libreoffice.csv');
    writeFileSync(csv, `${[header, lines[2], lines[3]].join('\n')}\n`);
    libreOfficeConvert([csv], 'xlsx', dir.dir);
    const { job, result } = await dryRun(app, dir.path('dari libreoffice.xlsx'), 'dari libreoffice.xlsx');
    // As Excel, LibreOffice keeps 15 significant digits: the 16th became 0, and no guess is made.
    expect(result.summary).toMatchObject({ total: 2, new: 0, invalid: 2 });
    const refused = [
      'NIK tidak dapat dipakai: NIK "5103064507900000" berasal dari sel angka dan berakhiran 0: Excel hanya menyimpan 15 digit bermakna, jadi digit ke-16 mungkin sudah diganti 0, dan pembulatannya bisa mengubah digit sebelumnya juga. Format kolom NIK sebagai Teks dan ketik ulang NIK dari KTP/KK.',
      'NIK tidak dapat dipakai: NIK "5103061203850000" berasal dari sel angka dan berakhiran 0: Excel hanya menyimpan 15 digit bermakna, jadi digit ke-16 mungkin sudah diganti 0, dan pembulatannya bisa mengubah digit sebelumnya juga. Format kolom NIK sebagai Teks dan ketik ulang NIK dari KTP/KK.',
    ];
    expect(result.rows.map((r) => r.problems[0]!.message.id)).toEqual(refused);
    // The error file imported again as it is: the NIKs are still numbers Excel may have rounded, so still refused.
    const errorFile = await app.call('imports.errorFile', { jobId: job.id });
    if (!errorFile.ok) throw new Error(errorFile.error.message);
    const again = await dryRun(app, app.runtime.files.outgoingFile(errorFile.data.token).path, errorFile.data.fileName);
    expect(again.result.summary).toMatchObject({ total: 2, new: 0, invalid: 2 });
    expect(again.result.rows.map((r) => r.problems[0]!.message.id)).toEqual(refused);
    expect(app.count('person')).toBe(0);
  });
});
