import { describe, expect, it } from 'vitest';
import { textPdf } from '../support/pdf-samples.ts';
import { awardWorld, indicatorUid, itemTitled, narrative, ok, saveItem, stage, starterCycle } from './support.ts';

// The evidence checklist: an item of each kind with its target, what each needs before it can be
// 'siap', documents through the documents store, completeness per indicator, aspect and cycle,
// overdue items by the office's today, and the kepala bidang's approval of a ready item.

describe('evidence items', () => {
  it('holds each kind with its target, and says what each points at', async () => {
    const { app, snapshotUid, regulationUid } = await awardWorld();
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.2'), kind: 'regulation', title: 'Perbup pekerja rentan', regulationUid, state: 'siap', owner: 'Made Sari' });
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'C.1'), kind: 'coverage', title: 'Cakupan per kecamatan', coverage: { snapshotUid, dimension: 'kecamatan' }, state: 'siap' });
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'F.2'), kind: 'register_extract', title: 'Tindak lanjut 2025', extract: 'employers_followed_up', state: 'draf' });
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'G.1'), kind: 'narrative', title: 'Inovasi UCOK', narrative: narrative('Pekerja rentan dibiayai APBD 2024.'), state: 'siap', summary: 'Inovasi perlindungan pekerja rentan.' });
    let detail = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'B.1'), kind: 'document', title: 'DPA iuran 2025' });

    // A document item is filled once a document is attached through the documents store.
    const doc = itemTitled(detail, 'DPA iuran 2025');
    expect(doc.filled).toBe(false);
    const attached = await app.call('documents.attach', { entity: 'award_evidence', entityUid: doc.uid, fileToken: await stage(app, 'dpa-2025.pdf', await textPdf(['Dokumen Pelaksanaan Anggaran iuran jaminan sosial 2025.'])) });
    expect(attached.ok).toBe(true);
    detail = ok(await app.call('award.cycles.get', { uid: cycle.uid }));

    const seen = (title: string) => {
      const i = itemTitled(detail, title);
      return { kind: i.kind, filled: i.filled, targetLabel: i.targetLabel, documents: i.documents.map((d) => d.name), regulationDocuments: i.regulationDocuments.length };
    };
    expect(seen('Perbup pekerja rentan')).toEqual({ kind: 'regulation', filled: true, targetLabel: 'Perbup Jembrana No. 48 Tahun 2023', documents: [], regulationDocuments: 0 });
    expect(seen('Cakupan per kecamatan')).toEqual({ kind: 'coverage', filled: true, targetLabel: 'Cakupan per kecamatan, Desember 2025', documents: [], regulationDocuments: 0 });
    expect(seen('Tindak lanjut 2025')).toEqual({ kind: 'register_extract', filled: true, targetLabel: 'Pemberi kerja yang ditindaklanjuti', documents: [], regulationDocuments: 0 });
    expect(seen('Inovasi UCOK')).toEqual({ kind: 'narrative', filled: true, targetLabel: null, documents: [], regulationDocuments: 0 });
    expect(seen('DPA iuran 2025')).toEqual({ kind: 'document', filled: true, targetLabel: 'dpa-2025.pdf', documents: ['dpa-2025.pdf'], regulationDocuments: 0 });
    // The screens say the target in the interface language (the package freezes the Indonesian).
    expect(itemTitled(detail, 'Cakupan per kecamatan').targetLabelText).toEqual({ id: 'Cakupan per kecamatan, Desember 2025', en: expect.stringMatching(/December 2025$/) as string });
    expect(itemTitled(detail, 'Tindak lanjut 2025').targetLabelText?.en).not.toBe('Pemberi kerja yang ditindaklanjuti');
    expect(itemTitled(detail, 'Inovasi UCOK').narrative).toEqual(narrative('Pekerja rentan dibiayai APBD 2024.'));
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'award_evidence' AND action = 'create'").pluck().get()).toBe(5);
  });

  it('refuses a missing target, and "siap" before the item holds what its kind needs', async () => {
    const { app } = await awardWorld();
    const cycle = await starterCycle(app);
    const on = indicatorUid(cycle, 'A.1');
    const noRegulation = await app.call('award.evidence.save', { indicatorUid: on, kind: 'regulation', title: 'Perda', regulationUid: 'tidak-ada' });
    expect(!noRegulation.ok && noRegulation.error.message).toContain('Regulasi "tidak-ada" tidak ditemukan');
    const noSnapshot = await app.call('award.evidence.save', { indicatorUid: on, kind: 'coverage', title: 'Cakupan', coverage: { snapshotUid: 'tidak-ada', dimension: 'total' } });
    expect(!noSnapshot.ok && noSnapshot.error.message).toContain('Potret bulanan "tidak-ada" tidak ditemukan');
    for (const [kind, needs] of [['document', 'lampirkan dokumennya'], ['narrative', 'tulis narasinya'], ['regulation', 'pilih regulasinya'], ['register_extract', 'pilih jenis kutipan']] as const) {
      const early = await app.call('award.evidence.save', { indicatorUid: on, kind, title: `Bukti ${kind}`, state: 'siap', ...(kind === 'narrative' ? { narrative: { type: 'doc', content: [{ type: 'paragraph' }] } } : {}) });
      expect(!early.ok && early.error.message, kind).toContain(needs);
    }
    const attach = await app.call('documents.attach', { entity: 'award_evidence', entityUid: 'tidak-ada', fileToken: await stage(app, 'x.pdf', await textPdf(['x'])) });
    expect(!attach.ok && attach.error.code).toBe('NOT_FOUND');
    expect(app.count('award_evidence')).toBe(0);
  });

  it('counts completeness per indicator, aspect and cycle, and what is overdue by the office today', async () => {
    const { app } = await awardWorld(); // today: 2026-11-24 (WITA)
    const cycle = await starterCycle(app);
    const indicators = cycle.aspects.flatMap((a) => a.indicators).length;
    const a1 = indicatorUid(cycle, 'A.1');
    await saveItem(app, { indicatorUid: a1, kind: 'register_extract', title: 'Regulasi berlaku', extract: 'regulations_in_force', state: 'siap', dueDate: '2026-11-01' });
    await saveItem(app, { indicatorUid: a1, kind: 'narrative', title: 'Riwayat Perda', dueDate: '2026-11-23' });
    await saveItem(app, { indicatorUid: a1, kind: 'narrative', title: 'Rencana Perda', dueDate: '2026-11-24', state: 'draf' });
    const detail = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'B.1'), kind: 'register_extract', title: 'Program 2025', extract: 'programmes', state: 'belum', dueDate: '2026-10-01' });

    const indicatorA1 = detail.aspects[0]!.indicators[0]!;
    expect(indicatorA1.completeness).toEqual({ items: 3, ready: 1, percent: 33, indicatorsWithout: 0, overdue: 1 });
    expect(indicatorA1.items.map((i) => [i.title, i.overdue])).toEqual([['Regulasi berlaku', false], ['Riwayat Perda', true], ['Rencana Perda', false]]);
    const aspectA = detail.aspects[0]!;
    // Aspect A: 3 items (1 ready) plus 5 indicators without any: 1 of 8.
    expect(aspectA.completeness).toEqual({ items: 3, ready: 1, percent: Math.round((1 / (3 + aspectA.indicators.length - 1)) * 100), indicatorsWithout: aspectA.indicators.length - 1, overdue: 1 });
    expect(detail.completeness).toEqual({ items: 4, ready: 1, percent: Math.round((1 / (4 + indicators - 2)) * 100), indicatorsWithout: indicators - 2, overdue: 2 });
    const listed = ok(await app.call('award.cycles.list', {}));
    expect(listed.map((c) => [c.edition, c.completeness.overdue])).toEqual([['Paritrana Award Provinsi Bali 2025', 2]]);
  });

  it('is approved by a kepala bidang once ready, and loses the approval when changed', async () => {
    const { app } = await awardWorld();
    const cycle = await starterCycle(app);
    const draft = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'F.1'), kind: 'register_extract', title: 'Daftar kepatuhan', extract: 'employer_compliance', state: 'draf' });
    const uid = itemTitled(draft, 'Daftar kepatuhan').uid;
    const early = await app.callAs('kepala_bidang', 'award.evidence.approve', { uid });
    expect(!early.ok && early.error.message).toContain('hanya bukti berstatus Siap');
    await saveItem(app, { uid, indicatorUid: indicatorUid(cycle, 'F.1'), kind: 'register_extract', title: 'Daftar kepatuhan', extract: 'employer_compliance', state: 'siap' });
    const operator = await app.callAs('operator', 'award.evidence.approve', { uid });
    expect(!operator.ok && operator.error.code).toBe('FORBIDDEN');
    const approved = ok(await app.callAs('kepala_bidang', 'award.evidence.approve', { uid }));
    expect(itemTitled(approved, 'Daftar kepatuhan')).toMatchObject({ state: 'disetujui', approvedBy: 'Uji kepala_bidang' });
    expect(approved.completeness.ready).toBe(1);
    // Saved unchanged: still approved. Changed: back to what the owner says, approval gone.
    const same = await saveItem(app, { uid, indicatorUid: indicatorUid(cycle, 'F.1'), kind: 'register_extract', title: 'Daftar kepatuhan', extract: 'employer_compliance', state: 'siap' });
    expect(itemTitled(same, 'Daftar kepatuhan').state).toBe('disetujui');
    const changed = await saveItem(app, { uid, indicatorUid: indicatorUid(cycle, 'F.1'), kind: 'register_extract', title: 'Daftar kepatuhan 2025', extract: 'employer_compliance', state: 'siap' });
    expect(itemTitled(changed, 'Daftar kepatuhan 2025')).toMatchObject({ state: 'siap', approvedBy: null });
  });

  it('removes an item with its document links, each audited', async () => {
    const { app } = await awardWorld();
    const cycle = await starterCycle(app);
    const detail = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Foto sosialisasi' });
    const uid = itemTitled(detail, 'Foto sosialisasi').uid;
    ok(await app.call('documents.attach', { entity: 'award_evidence', entityUid: uid, fileToken: await stage(app, 'daftar-hadir.pdf', await textPdf(['Daftar hadir sosialisasi BPJS Ketenagakerjaan di Desa Dalung.'])) }));
    const after = ok(await app.call('award.evidence.remove', { uid }));
    expect(after.completeness.items).toBe(0);
    expect(app.count('document_link')).toBe(0);
    expect(app.sqlite.prepare("SELECT entity, action FROM audit_log WHERE action = 'delete' ORDER BY id").raw().all()).toEqual([['document_link', 'delete'], ['award_evidence', 'delete']]);
  });
});
