import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBriefSource } from '../../../core/award/package-source-loader.ts';
import { contentPath } from '../../../core/documents/content-store.ts';
import { perbupJembrana } from '../regulations/support.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { waitJob } from './package-support.ts';
import { awardWorld, indicatorUid, ok, saveItem, stage, starterCycle } from './support.ts';

// A regulation an approved cycle shows carries its own documents into the package: while the
// cycle is approved they can be neither removed nor added (the message names the cycle and the
// way out); a regulation's document gone from the store is said to be attached again on the
// regulation; and the brief's "regulations in force" are those in force at the period's end.

describe('a regulation shown by an approved cycle', () => {
  it('keeps its documents until the approval is withdrawn', async () => {
    const { app, snapshotUid, regulationUid } = await awardWorld();
    const other = ok(await app.call('regulations.save', { ...perbupJembrana, nomor: '7', tahun: 2024, judul: 'Pekerja informal', tanggalPenetapan: '2024-02-01', tanggalPengundangan: '2024-02-02' })).regulation.uid;
    const link = ok(await app.call('documents.attach', { entity: 'regulation', entityUid: regulationUid, fileToken: await stage(app, 'perbup-48-2023.pdf', await textPdf(['Peraturan Bupati Jembrana Nomor 48 Tahun 2023.'])) }));
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.2'), kind: 'regulation', title: 'Perbup pekerja rentan', regulationUid, state: 'siap' });
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));

    const audit = app.count('audit_log');
    const removed = await app.call('documents.remove', { linkUid: link.linkUid });
    const added = await app.call('documents.attach', { entity: 'regulation', entityUid: regulationUid, fileToken: await stage(app, 'lampiran.pdf', await textPdf(['Lampiran Perbup.'])) });
    for (const refused of [removed, added]) {
      expect(!refused.ok && refused.error.code).toBe('CONFLICT');
      expect(!refused.ok && refused.error.message).toMatch(
        /^Dokumen regulasi "Perbup Jembrana No\. 48 Tahun 2023" tidak dapat diubah: regulasi ini menjadi bukti "Perbup pekerja rentan" pada siklus "Paritrana Award Provinsi Bali 2025" yang sudah disetujui pada 24 November 2026 pukul .*tarik dulu persetujuan siklus/,
      );
    }
    expect([app.count('audit_log'), app.count('document_link')]).toEqual([audit, 1]);
    // A regulation no approved cycle shows is free.
    ok(await app.call('documents.attach', { entity: 'regulation', entityUid: other, fileToken: await stage(app, 'perbup-7.pdf', await textPdf(['Perbup 7 Tahun 2024.'])) }));

    ok(await app.callAs('kepala_dinas', 'award.withdraw', { cycleUid: cycle.uid, reason: 'Dokumen Perbup diganti salinan resmi' }));
    ok(await app.call('documents.remove', { linkUid: link.linkUid }));
  });

  it('says to attach a regulation document gone from the store again on the regulation', async () => {
    const { app, snapshotUid, regulationUid } = await awardWorld();
    const link = ok(await app.call('documents.attach', { entity: 'regulation', entityUid: regulationUid, fileToken: await stage(app, 'perbup-48-2023.pdf', await textPdf(['Peraturan Bupati Jembrana Nomor 48 Tahun 2023.'])) }));
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.2'), kind: 'regulation', title: 'Perbup pekerja rentan', regulationUid, state: 'siap' });
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    rmSync(contentPath(app.runtime.dataDir, link.sha256));
    const done = await waitJob(app, ok(await app.call('award.package', { uid: cycle.uid })));
    expect(done.status).toBe('failed');
    expect(done.error?.message).toMatch(/^Dokumen "perbup-48-2023\.pdf" dari regulasi "Perbup Jembrana No\. 48 Tahun 2023" \(bukti "Perbup pekerja rentan"\) tidak ditemukan/);
    expect(done.error?.message).toContain('lampirkan ulang dokumen itu pada regulasinya di halaman Regulasi');
  });

  it('lists in the brief the regulations in force at the end of the assessment period', async () => {
    const { app } = await awardWorld(); // today 2026-11-24; the period ends 2025-12-31
    const badung = { ...perbupJembrana, teuBadan: 'Badung (Kabupaten)' };
    ok(await app.call('regulations.save', { ...badung, nomor: '3', tahun: 2026, judul: 'Berlaku sesudah periode', tanggalPenetapan: '2026-03-01', tanggalPengundangan: '2026-03-02' }));
    ok(await app.call('regulations.save', { ...badung, nomor: '9', judul: 'Berlaku dalam periode' }));
    const cycle = await starterCycle(app);
    // The office is Badung's: the world's Perbup Jembrana is in force in Jembrana, not here.
    expect(loadBriefSource(app.ctx, cycle.uid).regulations.map((r) => r.label)).toEqual(['Perbup Badung No. 9 Tahun 2023']);
  });
});
