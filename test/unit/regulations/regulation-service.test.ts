import { describe, expect, it } from 'vitest';
import { waitJob } from '../imports-pipeline/support.ts';
import { badungApp, perbupJembrana, related, saved, statusAt } from './support.ts';

// The regulation register's form path on a real database: validation in Indonesian, the status
// in law at any date derived from every relation kind, refusal of self-relations and cycles,
// the family timeline, commitments' duties in the one due list, and the audit rows of each.

const perbup = (nomor: string, tahun: number, extra: Record<string, unknown> = {}) => ({
  ...perbupJembrana, nomor, tahun, judul: `Perbup ${nomor}/${tahun}`, tanggalPenetapan: `${tahun}-03-01`, tanggalPengundangan: `${tahun}-03-02`, ...extra,
});

describe('regulation records', () => {
  it('refuses a Perbup without a number, a promulgation before enactment, a source on an SE, and the same number twice', async () => {
    const app = await badungApp();
    const noNumber = await app.call('regulations.save', { ...perbupJembrana, nomor: '' });
    expect(!noNumber.ok && [noNumber.error.code, noNumber.error.message]).toEqual(['INVALID_INPUT', expect.stringMatching(/^Peraturan Bupati harus bernomor dan bertahun/)]);
    const backwards = await app.call('regulations.save', { ...perbupJembrana, tanggalPengundangan: '2023-05-01' });
    // Days said as the form shows them (dd/mm/yyyy), not as stored.
    expect(!backwards.ok && backwards.error.message).toMatch(/Tanggal pengundangan \(01\/05\/2023\) sebelum tanggal penetapan \(01\/06\/2023\)/);
    // A year not come yet, an enactment not come yet, a year of neither date, a link that is not one: refused at the field.
    const refusedAt = async (values: Record<string, unknown>) => {
      const r = await app.call('regulations.save', { ...perbupJembrana, ...values });
      return r.ok ? null : [(r.error.details as { issues?: { path: string }[] } | undefined)?.issues?.[0]?.path, r.error.message];
    };
    const today = app.sqlite.prepare("SELECT date('now')").pluck().get() as string;
    const nextYear = Number(today.slice(0, 4)) + 1;
    expect(await refusedAt({ tahun: 2099, tanggalPenetapan: null, tanggalPengundangan: null })).toEqual(['tahun', expect.stringMatching(/^Tahun 2099 belum tiba/)]);
    expect(await refusedAt({ tahun: nextYear, tanggalPenetapan: `${nextYear}-01-05`, tanggalPengundangan: null })).toEqual(['tahun', expect.stringMatching(/belum tiba/)]);
    expect(await refusedAt({ tahun: 2024, tanggalPenetapan: '2023-06-01', tanggalPengundangan: '2023-06-02' })).toEqual(['tahun', expect.stringMatching(/^Tahun 2024 tidak sama dengan tahun tanggal penetapan \(01\/06\/2023\)/)]);
    expect(await refusedAt({ urlDownload: 'bukan url' })).toEqual(['urlDownload', expect.any(String)]);
    const seWithSource = await app.call('regulations.save', { jenis: 'se', nomor: '560/1', tahun: 2024, judul: 'Edaran THR', sumber: 'Berita Daerah 2024/1' });
    expect(!seWithSource.ok && seWithSource.error.message).toMatch(/^Surat Edaran tidak dimuat dalam Lembaran atau Berita Daerah/);
    const uid = await saved(app, perbupJembrana);
    const twice = await app.call('regulations.save', { ...perbupJembrana, judul: 'Lagi' });
    expect(!twice.ok && [twice.error.code, twice.error.message]).toEqual(['CONFLICT', expect.stringContaining('Perbup Jembrana No. 48 Tahun 2023')]);
    const detail = await app.call('regulations.get', { uid });
    expect(detail.ok && [detail.data.label, detail.data.regulation.singkatanJenis, detail.data.status]).toEqual(['Perbup Jembrana No. 48 Tahun 2023', 'Perbup', 'berlaku']);
    expect(app.sqlite.prepare("SELECT action, entity, entity_label FROM audit_log WHERE entity = 'regulation'").raw().all()).toEqual([['create', 'regulation', 'Perbup Jembrana No. 48 Tahun 2023']]);    // Enacted at the end of a year and numbered in the next one's gazette: the promulgation's year is the number's.
    expect(await refusedAt({ nomor: '1', tahun: 2024, tanggalPenetapan: '2023-12-29', tanggalPengundangan: '2024-01-02', urlDownload: 'https://jdih.jembranakab.go.id/perbup-1-2024.pdf' })).toBeNull();
  });

  it('marks an entry in error with a reason (never deleted) and finds records by words of the title, accents and case aside', async () => {
    const app = await badungApp();
    const uid = await saved(app, { ...perbupJembrana, judul: 'Perlindungan Pekerja Rentan di Désa' });
    const found = await app.call('registers.list', { register: 'regulation', startRow: 0, endRow: 10, quickSearch: 'DESA rentan' });
    expect(found.ok && found.data.rows.map((r) => r.uid)).toEqual([uid]);
    const removed = await app.call('regulations.setStatus', { uid, recordStatus: 'salah_input', reason: 'Nomor keliru' });
    expect(removed.ok && removed.data.regulation.recordStatus).toBe('salah_input');
    expect(app.count('regulation')).toBe(1);
    expect(app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'regulation' ORDER BY id").pluck().all()).toEqual(['create', 'remove']);
    const counts = await app.call('registers.counts', { register: 'regulation', by: 'jenis', filterModel: { recordStatus: { filterType: 'set', values: ['salah_input'] } } });
    expect(counts.ok && counts.data.values.perbup).toBe(1);
  });

  it("shows a year in the record's history as written (2024, not 2.024)", async () => {
    const app = await badungApp();
    const uid = await saved(app, perbupJembrana);
    const changed = await app.call('regulations.save', { ...perbupJembrana, uid, tahun: 2024, tanggalPenetapan: '2024-06-01', tanggalPengundangan: '2024-06-02' });
    expect(changed.ok).toBe(true);
    const history = await app.call('registers.history', { register: 'regulation', uid });
    if (!history.ok) throw new Error(history.error.message);
    const year = history.data[0]!.changes.find((c) => c.field === 'tahun')!;
    expect([year.shownBefore?.id, year.shownAfter?.id, year.shownAfter?.en]).toEqual(['2023', '2024', '2024']);
  });
});

describe('relations and the status they give', () => {
  it('derives the status at any date for every relation kind, and belum berlaku before the effective date', async () => {
    const app = await badungApp();
    const base = await saved(app, perbup('1', 2018, { effectiveDate: '2018-04-01' }));
    expect(await statusAt(app, base, '2018-03-15')).toBe('belum_berlaku');
    expect(await statusAt(app, base, '2018-04-01')).toBe('berlaku');

    const amends = await saved(app, perbup('2', 2020));
    await related(app, amends, base, 'mengubah');
    expect(await statusAt(app, base, '2020-01-01')).toBe('berlaku');
    expect(await statusAt(app, base, '2020-03-02')).toBe('berlaku_dengan_perubahan');

    const partly = await saved(app, perbup('3', 2022));
    await related(app, partly, base, 'mencabut_sebagian');
    expect(await statusAt(app, base, '2022-03-02')).toBe('dicabut_sebagian');

    const implementing = await saved(app, perbup('4', 2023));
    await related(app, implementing, base, 'melaksanakan');
    const sideNote = await saved(app, perbup('5', 2023));
    await related(app, sideNote, base, 'terkait');
    expect(await statusAt(app, base, '2023-12-31')).toBe('dicabut_sebagian'); // neither changes it

    const revokes = await saved(app, perbup('6', 2025));
    await related(app, revokes, base, 'mencabut');
    expect(await statusAt(app, base, '2025-03-01')).toBe('dicabut_sebagian');
    expect(await statusAt(app, base, '2025-03-02')).toBe('dicabut');

    // A revoking record entered in error revokes nothing.
    await app.call('regulations.setStatus', { uid: revokes, recordStatus: 'salah_input', reason: 'Bukan peraturan ini' });
    expect(await statusAt(app, base, '2025-06-01')).toBe('dicabut_sebagian');

    // The grid says the same today (2026-11-24), from its SQL.
    const grid = await app.call('registers.list', { register: 'regulation', startRow: 0, endRow: 10, filterModel: { statusToday: { filterType: 'set', values: ['dicabut_sebagian'] } } });
    expect(grid.ok && grid.data.rows.map((r) => r.uid)).toEqual([base]);

    // Both sides: "diubah dengan" on the original, "mengubah" on the amendment.
    const detail = await app.call('regulations.get', { uid: base });
    expect(detail.ok && detail.data.relations.map((r) => [r.side, r.kind, r.other.label]).sort()).toEqual([
      ['to', 'melaksanakan', 'Perbup Jembrana No. 4 Tahun 2023'],
      ['to', 'mencabut', 'Perbup Jembrana No. 6 Tahun 2025'],
      ['to', 'mencabut_sebagian', 'Perbup Jembrana No. 3 Tahun 2022'],
      ['to', 'mengubah', 'Perbup Jembrana No. 2 Tahun 2020'],
      ['to', 'terkait', 'Perbup Jembrana No. 5 Tahun 2023'],
    ]);
    expect(detail.ok && detail.data.timeline.map((t) => [t.label, t.role])).toEqual([
      ['Perbup Jembrana No. 1 Tahun 2018', 'asal'],
      ['Perbup Jembrana No. 2 Tahun 2020', 'perubahan'],
      ['Perbup Jembrana No. 3 Tahun 2022', 'pencabutan_sebagian'],
      ['Perbup Jembrana No. 6 Tahun 2025', 'pencabutan'],
    ]);
  });

  it('refuses a relation to itself, a second one for a pair, and a cycle, naming the chain; nothing is written', async () => {
    const app = await badungApp();
    const a = await saved(app, perbup('1', 2018));
    const b = await saved(app, perbup('2', 2020));
    const c = await saved(app, perbup('3', 2022));
    const self = await app.call('regulations.relations.add', { fromUid: a, toUid: a, kind: 'mengubah' });
    expect(!self.ok && self.error.message).toBe('Suatu peraturan tidak dapat mengubah dirinya sendiri. Pilih peraturan lain.');
    await related(app, b, a, 'mengubah');
    await related(app, c, b, 'mencabut');
    const pair = await app.call('regulations.relations.add', { fromUid: a, toUid: b, kind: 'terkait' });
    expect(!pair.ok && pair.error.code).toBe('CONFLICT');
    const cycle = await app.call('regulations.relations.add', { fromUid: a, toUid: c, kind: 'melaksanakan' });
    expect(!cycle.ok && cycle.error.message).toContain('Perbup Jembrana No. 1 Tahun 2018 → Perbup Jembrana No. 3 Tahun 2022 → Perbup Jembrana No. 2 Tahun 2020 → Perbup Jembrana No. 1 Tahun 2018');
    expect(app.count('regulation_relation')).toBe(2);
    // Related (not ordering) may close a loop: it says nothing of which came first.
    await related(app, a, c, 'terkait');
    // Each relation is in both records' histories.
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'regulation' AND action = 'update' AND after LIKE '%relations%'").pluck().get()).toBe(6);
    const removed = await app.call('regulations.relations.remove', { uid: (app.sqlite.prepare('SELECT uid FROM regulation_relation ORDER BY id DESC LIMIT 1').pluck().get() as string), viewUid: a });
    expect(removed.ok && removed.data.relations.map((r) => r.kind)).toEqual(['mengubah']);
  });
});

describe('commitments', () => {
  it('keeps targets, budgets and duties; open duties join the employer follow-ups in the one due list', async () => {
    const app = await badungApp(); // today 2026-11-24 WITA
    const uid = await saved(app, perbupJembrana);
    const noValue = await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'target', year: 2024 });
    expect(!noValue.ok && noValue.error.message).toBe('Target cakupan perlu jumlah orang atau persentase.');
    await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'target', year: 2024, targetCount: 2050 });
    await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'anggaran', year: 2024, amount: 500_000_000 });
    const duty = await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'kewajiban', description: 'Perbup pelaksanaan paling lambat', dueDate: '2026-11-30' });
    expect(duty.ok && duty.data.commitments.map((c) => c.kind)).toEqual(['anggaran', 'kewajiban', 'target']);
    await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'kewajiban', description: 'Pembaruan SE tahunan', dueDate: '2027-06-30' });

    const employer = await app.call('employers.save', { name: 'PT Uji Tindak Lanjut', kbliCodes: [], confirmSimilarName: true, confirmRegistrationGaps: true });
    if (!employer.ok) throw new Error(employer.error.message);
    await app.call('employers.followUps.save', { employerUid: employer.data.uid, kind: 'teguran_1', date: '2026-11-01', dueDate: '2026-11-11' });

    const due = await app.call('dueList.list', { withinDays: 14 });
    expect(due.ok && due.data.map((d) => [d.source, d.dueDate, d.overdue])).toEqual([
      ['employer', '2026-11-11', true],
      ['regulation', '2026-11-30', false],
    ]);
    // The employers' own list is as it was.
    const employers = await app.call('employers.followUps.due', { withinDays: 14 });
    expect(employers.ok && employers.data.length).toBe(1);

    // Done: off the list.
    const open = app.sqlite.prepare("SELECT uid FROM regulation_commitment WHERE due_date = '2026-11-30'").pluck().get() as string;
    await app.call('regulations.commitments.save', { uid: open, regulationUid: uid, kind: 'kewajiban', description: 'Perbup pelaksanaan paling lambat', dueDate: '2026-11-30', doneDate: '2026-11-20' });
    const after = await app.call('dueList.list', { withinDays: 14 });
    expect(after.ok && after.data.map((d) => d.source)).toEqual(['employer']);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'regulation' AND after LIKE '%commitments%'").pluck().get()).toBe(5);
  });
});

describe('demo', () => {
  it('loads the brief\'s instruments with only what is certain, into an empty register only', async () => {
    const app = await badungApp();
    const loaded = await app.call('regulations.demo', {});
    if (!loaded.ok) throw new Error(loaded.error.message);
    const job = await waitJob(app, loaded.data);
    expect((job.result as { inserted: number }).inserted).toBe(10);
    const again = await app.call('regulations.demo', {});
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    expect(app.sqlite.prepare("SELECT tanggal_penetapan FROM regulation WHERE jenis = 'inpres'").pluck().get()).toBe('2021-03-25');
    expect(app.sqlite.prepare("SELECT count(*) FROM regulation WHERE tanggal_penetapan IS NOT NULL").pluck().get()).toBe(1);
  });
});
