import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../../core/api/award.ts';
import { getAudit } from '../../../core/audit/audit-service.ts';
import { extractTable } from '../../../core/award/freeze-tables.ts';
import { loadBriefSource, loadPackageSource } from '../../../core/award/package-source-loader.ts';
import { addPerson, bpu } from '../coverage/support.ts';
import { perbupJembrana } from '../regulations/support.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { awardWorld, indicatorUid, itemTitled, narrative, ok, saveItem, stage, starterCycle, type AwardWorld } from './support.ts';

// The head's approval: it needs a frozen month and at least one item, records who approved (the
// account, and the head's name and NIP from the office profile), freezes every table the package
// shows so a later register change does not reach it, and locks the cycle (every write refused,
// documents too) until it is withdrawn with a reason, which the change log keeps.

async function filledCycle(world: AwardWorld): Promise<{ cycle: CycleDetail; docItem: string; docLink: string }> {
  const { app, snapshotUid, regulationUid } = world;
  const cycle = await starterCycle(app);
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.2'), kind: 'regulation', title: 'Perbup pekerja rentan', regulationUid, state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'C.1'), kind: 'coverage', title: 'Cakupan per segmen', coverage: { snapshotUid, dimension: 'segment' }, state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'F.2'), kind: 'register_extract', title: 'Tindak lanjut 2025', extract: 'employers_followed_up', state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'B.1'), kind: 'register_extract', title: 'Program 2025', extract: 'programmes', state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'G.1'), kind: 'narrative', title: 'Inovasi UCOK', narrative: narrative('Pekerja rentan dibiayai APBD.'), state: 'siap', summary: 'Perlindungan 35.000 pekerja rentan.' });
  const withDoc = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir sosialisasi' });
  const docItem = itemTitled(withDoc, 'Daftar hadir sosialisasi').uid;
  const link = ok(await app.call('documents.attach', { entity: 'award_evidence', entityUid: docItem, fileToken: await stage(app, 'daftar-hadir.pdf', await textPdf(['Daftar hadir sosialisasi di Desa Dalung, 12 Maret 2025.'])) }));
  // With its file the item is ready: approval refuses an item not started or in draft (approval-drafts.test.ts).
  await saveItem(app, { uid: docItem, indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir sosialisasi', state: 'siap' });
  return { cycle: ok(await app.call('award.cycles.get', { uid: cycle.uid })), docItem, docLink: link.linkUid };
}

const itemTable = (source: ReturnType<typeof loadPackageSource>, title: string) => source.aspects.flatMap((a) => a.indicators.flatMap((i) => i.items)).find((i) => i.title === title)!;

describe('approving a cycle', () => {
  it('is refused without a frozen month, without any item, and for an operator', async () => {
    const { app, snapshotUid } = await awardWorld();
    const empty = await starterCycle(app);
    const noItems = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: empty.uid, snapshotUid });
    expect(!noItems.ok && noItems.error.message).toContain('belum memiliki satu bukti pun');
    const noMonth = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: empty.uid, snapshotUid: 'bukan-potret' });
    expect(!noMonth.ok && noMonth.error.message).toContain('bulan cakupan yang sudah dibekukan');
    for (const role of ['operator', 'kepala_bidang'] as const) {
      const refused = await app.callAs(role, 'award.approve', { cycleUid: empty.uid, snapshotUid });
      expect(!refused.ok && refused.error.code, role).toBe('FORBIDDEN');
      const withdraw = await app.callAs(role, 'award.withdraw', { cycleUid: empty.uid, reason: 'Salah bulan cakupan' });
      expect(!withdraw.ok && withdraw.error.code, role).toBe('FORBIDDEN');
    }
  });

  it('records the approver, freezes the tables, and a later register change does not reach them', async () => {
    const world = await awardWorld();
    const { app, snapshotUid, regulationUid, employerUid } = world;
    const { cycle } = await filledCycle(world);
    const approved = ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    expect(approved.approval).toMatchObject({ approvedBy: 'Uji kepala_dinas', approverName: 'I Putu Eka Merthawan', approverNip: '197001011990031001', snapshotUid, snapshotMonth: '2025-12' });

    const before = loadPackageSource(app.ctx, cycle.uid);
    expect(before.approval).toMatchObject({ snapshotMonth: '2025-12', snapshotAt: '2025-12-31', approverName: 'I Putu Eka Merthawan' });
    const segment = itemTable(before, 'Cakupan per segmen').table!;
    expect(segment.columns.map((c) => c.key)).toEqual(['label', 'code', 'numerator', 'numeratorSource', 'denominator', 'denominatorName', 'denominatorSource', 'denominatorDate', 'percent', 'dataDate']);
    expect(segment.rows.find((r) => r.code === 'BPU')).toMatchObject({ numerator: 1 });
    // No denominator per segment: the note saying so is added when read, not frozen.
    expect(segment.notes).toEqual([
      'Potret bulan Desember 2025, dibekukan 24 November 2026 oleh Petugas Uji',
      // December 2024 was not frozen: no growth, and the note says why.
      'Pertumbuhan dari tahun sebelumnya tidak dihitung: bulan Desember 2024 belum dibekukan.',
      'Tidak ada penyebut per segmen (jumlah pekerja per segmen tidak dicatat); tabel ini memuat jumlah peserta saja.',
    ]);
    // A programme's id and an editable list's code mean nothing to a jury: no code in those tables (walk 38).
    const byFunding = before.annexes.find((a) => a.fileName.startsWith('cakupan-per-sumber-dana-'))!.table;
    expect(byFunding.rows.map((r) => [r.label, r.code])).toContainEqual(['APBD kabupaten/kota', '']);
    expect(byFunding.rows.map((r) => r.code)).toEqual(byFunding.rows.map(() => ''));
    const total = before.annexes[0]!.table;
    expect(total.rows).toEqual([expect.objectContaining({ numerator: 2, denominator: 400, denominatorName: 'Penduduk bekerja Badung', denominatorSource: 'BPS Badung, Sakernas Agustus 2024', denominatorDate: '2024-08-31', percent: 0.5, dataDate: '2025-12-31' })]);
    expect(total.notes).toContain('Penyebut: Penduduk bekerja Badung (BPS Badung, Sakernas Agustus 2024, per 31 Agustus 2024)');
    const followUps = itemTable(before, 'Tindak lanjut 2025').table!;
    expect(followUps.rows).toEqual([expect.objectContaining({ name: 'PT Bali Segara Sejahtera', kind: 'Kunjungan', date: '2025-05-10' })]);
    expect(itemTable(before, 'Program 2025').table!.rows).toEqual([expect.objectContaining({ name: 'Perlindungan petani Badung', year: '2025', budget: 150_000_000 })]);
    const regulation = itemTable(before, 'Perbup pekerja rentan');
    expect(regulation.targetLabel).toBe('Perbup Jembrana No. 48 Tahun 2023');
    expect(regulation.table!.rows).toContainEqual({ field: 'Judul', value: 'Perlindungan Jaminan Sosial Pekerja Rentan' });
    // A year stays text (the PDF printed "2.023"); dates in notes are words, not ISO.
    expect(regulation.table!.rows).toContainEqual({ field: 'Tahun', value: '2023' });
    expect(regulation.table!.notes).toEqual(['Status hukum per 31 Desember 2025']);
    expect(total.title).toMatch(/, Desember 2025$/);
    expect(itemTable(before, 'Inovasi UCOK').narrative).toEqual(narrative('Pekerja rentan dibiayai APBD.'));
    const [attached] = itemTable(before, 'Daftar hadir sosialisasi').documents;
    expect(attached).toMatchObject({ name: 'daftar-hadir.pdf', mime: 'application/pdf', pages: 1 });
    expect(createHash('sha256').update(readFileSync(attached!.path)).digest('hex')).toBe(attached!.sha256); // the stored bytes, where the builder streams them from
    expect(before.annexes.map((a) => a.fileName)).toEqual([
      // Named in the words a jury reads, ASCII without spaces.
      'cakupan-seluruh-wilayah-desember-2025.xlsx', 'cakupan-per-kabupaten-kota-desember-2025.xlsx', 'cakupan-per-kecamatan-desember-2025.xlsx', 'cakupan-per-desa-kelurahan-desember-2025.xlsx',
      'cakupan-per-segmen-desember-2025.xlsx', 'cakupan-per-sektor-desember-2025.xlsx', 'cakupan-per-kategori-rentan-desember-2025.xlsx', 'cakupan-per-sumber-dana-desember-2025.xlsx',
      'cakupan-per-program-desember-2025.xlsx', 'program-pekerja-rentan-2025.xlsx', 'kepatuhan-pemberi-kerja-per-31-desember-2025.xlsx',
    ]);
    for (const annex of before.annexes) expect(annex.fileName).toMatch(/^[a-z0-9-]+\.xlsx$/);
    // The total reads as the whole area, not "per Total".
    expect(before.annexes[0]!.table.title).toMatch(/^Cakupan kepesertaan seluruh wilayah, /);
    expect(before.annexes[4]!.table.title).toMatch(/^Cakupan kepesertaan per segmen, /);

    // The registers change after the approval: a new follow-up, a changed regulation, a bigger budget.
    ok(await app.call('employers.followUps.save', { employerUid, kind: 'teguran_1', date: '2025-09-01', letterNumber: '560/99' }));
    ok(await app.call('regulations.save', { ...perbupJembrana, uid: regulationUid, judul: 'Judul yang diubah kemudian' }));
    const after = loadPackageSource(app.ctx, cycle.uid);
    expect(extractTable(app.ctx, 'employers_followed_up', { start: '2025-01-01', end: '2025-12-31' }).rows).toHaveLength(2); // live: the new follow-up is there
    expect(after).toEqual(before); // frozen: it is not
    // Twice the same: deterministic.
    expect(JSON.stringify(loadPackageSource(app.ctx, cycle.uid))).toBe(JSON.stringify(after));
  });

  it('locks every write of the cycle, documents included, until withdrawn with a reason', async () => {
    const world = await awardWorld();
    const { app, snapshotUid, regulationUid } = world;
    const { cycle, docItem, docLink } = await filledCycle(world);
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    const item = itemTitled(cycle, 'Perbup pekerja rentan');
    const aspect = cycle.aspects[0]!;
    const indicator = aspect.indicators[0]!;
    const pdf = await textPdf(['Lampiran tambahan yang datang terlambat.']);
    const writes: [string, () => Promise<{ ok: boolean; error?: { code: string; message: string } }>][] = [
      ['cycles.save', () => app.call('award.cycles.save', { uid: cycle.uid, edition: cycle.edition, year: 2025, level: 'provinsi', category: 'pemerintah_kabupaten_kota', periodStart: '2025-01-01', periodEnd: '2025-11-30' })],
      ['rubric.copy', () => app.call('award.rubric.copy', { cycleUid: cycle.uid, from: 'starter' })],
      ['rubric.saveAspect', () => app.call('award.rubric.saveAspect', { uid: aspect.uid, cycleUid: cycle.uid, code: 'A', title: 'Regulasi diubah' })],
      ['rubric.removeAspect', () => app.call('award.rubric.removeAspect', { uid: cycle.aspects.at(-1)!.uid })],
      ['rubric.saveIndicator', () => app.call('award.rubric.saveIndicator', { aspectUid: aspect.uid, code: 'A.9', title: 'Indikator baru' })],
      ['rubric.removeIndicator', () => app.call('award.rubric.removeIndicator', { uid: cycle.aspects.at(-1)!.indicators[0]!.uid })],
      ['evidence.save', () => app.call('award.evidence.save', { uid: item.uid, indicatorUid: item.indicatorUid, kind: 'regulation', title: 'Diubah', regulationUid, state: 'siap' })],
      ['evidence.save new', () => app.call('award.evidence.save', { indicatorUid: indicator.uid, kind: 'narrative', title: 'Baru' })],
      ['evidence.remove', () => app.call('award.evidence.remove', { uid: item.uid })],
      ['evidence.approve', () => app.call('award.evidence.approve', { uid: item.uid })],
      ['selfAssessment.save', () => app.call('award.selfAssessment.save', { indicatorUid: indicator.uid, score: 4, note: 'Lengkap' })],
      ['documents.attach', async () => app.call('documents.attach', { entity: 'award_evidence', entityUid: docItem, fileToken: await stage(app, 'terlambat.pdf', pdf) })],
      ['documents.remove', () => app.call('documents.remove', { linkUid: docLink })],
    ];
    // The brief's talking points are a working paper beside the package: still written while approved.
    expect((await app.call('award.briefPoints.save', { cycleUid: cycle.uid, points: ['a', 'b', 'c'] })).ok).toBe(true);
    const audit = app.count('audit_log');
    for (const [name, write] of writes) {
      const result = await write();
      expect(result.ok, name).toBe(false);
      expect(result.error?.code, name).toBe('CONFLICT');
      expect(result.error?.message, name).toMatch(/tidak dapat diubah: siklus "Paritrana Award Provinsi Bali 2025" sudah disetujui .* tarik dulu persetujuan siklus/);
    }
    expect(app.count('audit_log')).toBe(audit); // nothing refused left a trace
    expect(app.count('document_link')).toBe(1);
    const rubricExport = await app.call('award.rubric.export', { cycleUid: cycle.uid, format: 'json' });
    expect(rubricExport.ok).toBe(true); // reading is not writing
    // The result comes after the ceremony and is not in the package: it may be written while approved.
    const result = ok(await app.call('award.cycles.save', { uid: cycle.uid, edition: cycle.edition, year: 2025, level: 'provinsi', category: 'pemerintah_kabupaten_kota', periodStart: '2025-01-01', periodEnd: '2025-12-31', submissionDeadline: '2026-12-15', interviewDate: '2027-01-20', result: 'Juara 1' }));
    expect([result.result, result.approval?.approverName]).toEqual(['Juara 1', 'I Putu Eka Merthawan']);

    const short = await app.callAs('kepala_dinas', 'award.withdraw', { cycleUid: cycle.uid, reason: '' });
    expect(short.ok).toBe(false);
    const withdrawn = ok(await app.callAs('kepala_dinas', 'award.withdraw', { cycleUid: cycle.uid, reason: 'Bulan cakupan salah: seharusnya Desember setelah koreksi' }));
    expect(withdrawn.approval).toBeNull();
    expect(app.count('award_frozen')).toBe(0);
    const row = app.sqlite.prepare("SELECT actor_name AS actor, json_extract(after, '$.reason') AS reason, json_extract(before, '$.approverName') AS approver FROM audit_log WHERE entity = 'award_cycle' AND action = 'withdraw'").get();
    expect(row).toEqual({ actor: 'Uji kepala_dinas', reason: 'Bulan cakupan salah: seharusnya Desember setelah koreksi', approver: 'I Putu Eka Merthawan' });
    // Open again: the same writes go through.
    ok(await app.call('award.selfAssessment.save', { indicatorUid: indicator.uid, score: 4, note: 'Lengkap' }));
    ok(await app.call('documents.remove', { linkUid: docLink }));
    const package_ = await app.call('award.approve', { cycleUid: cycle.uid, snapshotUid });
    expect(package_.ok).toBe(true);
    // The change log says every changed field in words, in both languages: "Disetujui oleh", not
    // "approvedBy"; the snapshot by its month, never its id (walk 32).
    const entries = app.sqlite.prepare('SELECT id FROM audit_log WHERE before IS NOT NULL ORDER BY id').pluck().all() as number[];
    const unsaid = entries.flatMap((id) => getAudit(app.ctx, id).changes.filter((c) => c.label.id === c.field || c.label.en === c.field).map((c) => `${id} ${c.field}`));
    expect(unsaid).toEqual([]);
    const withdrawal = getAudit(app.ctx, app.sqlite.prepare("SELECT id FROM audit_log WHERE action = 'withdraw'").pluck().get() as number);
    expect(withdrawal.changes.map((c) => [c.label.id, c.shownBefore?.id ?? null])).toEqual(expect.arrayContaining([['Bulan data beku', 'Des 2025'], ['NIP penyetuju', expect.any(String)]]));
  });

  it('refuses a package source before approval, and gives a brief marked draft', async () => {
    const world = await awardWorld();
    const { app, snapshotUid } = world;
    const { cycle } = await filledCycle(world);
    ok(await app.call('regulations.save', { ...perbupJembrana, teuBadan: 'Badung (Kabupaten)', nomor: '9', judul: 'Perlindungan pekerja rentan Badung' }));
    ok(await app.call('award.briefPoints.save', { cycleUid: cycle.uid, points: ['Cakupan naik', 'Perbup 48/2023', 'UCOK diperluas'] }));
    expect(() => loadPackageSource(app.ctx, cycle.uid)).toThrow(/belum disetujui/);
    const draft = loadBriefSource(app.ctx, cycle.uid);
    expect(draft).toMatchObject({ draft: true, snapshotMonth: null, points: ['Cakupan naik', 'Perbup 48/2023', 'UCOK diperluas'] });
    expect(draft.innovations).toEqual([{ title: 'Inovasi UCOK', summary: 'Perlindungan 35.000 pekerja rentan.' }]);
    expect(draft.budget).toEqual([{ label: 'Perlindungan petani Badung (2025)', amount: 150_000_000, enrolled: 0, target: 0 }]);
    // In force in the office's area only: Badung's own Perbup, not the world's Perbup Jembrana.
    expect(draft.regulations.map((r) => r.label)).toEqual(['Perbup Badung No. 9 Tahun 2023']);
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    const brief = loadBriefSource(app.ctx, cycle.uid);
    expect(brief).toMatchObject({ draft: false, snapshotMonth: '2025-12', coverage: { numerator: 2, denominator: 400, percent: 0.5 } });
    expect(brief.trend).toEqual([{ month: '2025-12', percent: 0.5, numerator: 2 }]);
    expect(brief.segments.find((s) => s.label.includes('BPU'))).toMatchObject({ numerator: 1 });
  });
});

describe('coverage tables with the growth on the year before', () => {
  it('give, row by row, the participants of the same month a year before and the change, when that month was frozen', async () => {
    const world = await awardWorld();
    const { app } = world;
    // One more person by December 2025 than in December 2024 (who started in 2024): the earlier month frozen as well.
    await addPerson(app, 3, [bpu('2024-06-01')]);
    ok(await app.call('coverage.freeze', { month: '2024-12' }));
    // A kecamatan's December 2024 frozen after it: not the kabupaten's year before (review: the newest of any area was taken).
    ok(await app.call('coverage.freeze', { month: '2024-12', areaCode: '51.03.05' }));
    const snapshotUid = ok(await app.call('coverage.freeze', { month: '2025-12' })).uid;
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'C.1'), kind: 'coverage', title: 'Cakupan per segmen', coverage: { snapshotUid, dimension: 'segment' }, state: 'siap' });
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    const segment = itemTable(loadPackageSource(app.ctx, cycle.uid), 'Cakupan per segmen').table!;
    expect(segment.columns.map((c) => c.label).slice(2, 6)).toEqual(['Peserta aktif', 'Peserta aktif Desember 2024', 'Pertumbuhan (orang)', 'Pertumbuhan (%)']);
    expect(segment.rows.find((r) => r.code === 'BPU')).toMatchObject({ numerator: 2, previousNumerator: 1, growth: 1, growthPercent: 100 });
    // Jakon began in 2025: nothing to grow from.
    expect(segment.rows.find((r) => r.code === 'JAKON')).toMatchObject({ numerator: 1, previousNumerator: 0, growth: 1, growthPercent: null });
    expect(segment.notes).toContain('Pertumbuhan dibanding Desember 2024 (bulan beku setahun sebelumnya).');
    const source = loadPackageSource(app.ctx, cycle.uid);
    expect(source.annexes[0]!.table.rows).toEqual([expect.objectContaining({ numerator: 3, previousNumerator: 1, growth: 2 })]);
    // A programme is one year's: its table has no growth, and says why.
    const byProgramme = source.annexes.find((a) => a.fileName.startsWith('cakupan-per-program-'))!.table;
    expect(byProgramme.columns.map((c) => c.key)).not.toContain('growth');
    expect(byProgramme.notes).toContain('Tanpa pertumbuhan: tiap program adalah program satu tahun anggaran dan dihitung dalam tahunnya saja.');
  });
});

describe('regulation evidence before approval', () => {
  it("names what a jury asks of a regulation that its record lacks: here the gazette; a circular is not gazetted", async () => {
    const world = await awardWorld();
    const { app, regulationUid } = world;
    const circular = ok(await app.call('regulations.save', { jenis: 'se', nomor: '3', tahun: 2024, judul: 'Surat edaran uji', teuBadan: 'Jembrana (Kabupaten)', tanggalPenetapan: '2024-02-01' }));
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.2'), kind: 'regulation', title: 'Perbup pekerja rentan', regulationUid, state: 'siap' });
    const detail = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.3'), kind: 'regulation', title: 'SE uji', regulationUid: circular.regulation.uid, state: 'siap' });
    // The Perbup has both dates but no Berita Daerah (sumber); the circular needs neither.
    expect(itemTitled(detail, 'Perbup pekerja rentan').regulationGaps).toEqual(['sumber']);
    expect(itemTitled(detail, 'SE uji').regulationGaps).toEqual([]);
  });
});
