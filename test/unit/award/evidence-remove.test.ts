import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentPath } from '../../../core/documents/content-store.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { awardWorld, indicatorUid, itemTitled, ok, saveItem, stage, starterCycle } from './support.ts';

// An evidence item goes with its document links in one transaction: when the item's delete
// fails, its links, its document and the document's bytes are all still there and nothing is in
// the change log; when it succeeds, the links' and the item's audit rows are written together
// and the bytes of a document no record uses any more are removed after the commit.

describe('removing an evidence item', () => {
  it('removes its links and itself all or nothing', async () => {
    const { app } = await awardWorld();
    const cycle = await starterCycle(app);
    const detail = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Foto sosialisasi' });
    const uid = itemTitled(detail, 'Foto sosialisasi').uid;
    const first = ok(await app.call('documents.attach', { entity: 'award_evidence', entityUid: uid, fileToken: await stage(app, 'daftar-hadir.pdf', await textPdf(['Daftar hadir sosialisasi di Desa Dalung.'])) }));
    const second = ok(await app.call('documents.attach', { entity: 'award_evidence', entityUid: uid, fileToken: await stage(app, 'foto.pdf', await textPdf(['Foto kegiatan sosialisasi.'])) }));
    const files = [first.sha256, second.sha256].map((sha) => contentPath(app.runtime.dataDir, sha));

    // The item's own delete fails (a trigger stands in for any failure after the links went).
    app.sqlite.exec("CREATE TEMP TRIGGER refuse_evidence_delete BEFORE DELETE ON award_evidence BEGIN SELECT RAISE(ABORT, 'ditolak untuk uji'); END");
    const audit = app.count('audit_log');
    const failed = await app.call('award.evidence.remove', { uid });
    expect(failed.ok).toBe(false);
    expect([app.count('document_link'), app.count('document'), app.count('award_evidence'), app.count('audit_log')]).toEqual([2, 2, 1, audit]);
    expect(files.map((f) => existsSync(f))).toEqual([true, true]);

    app.sqlite.exec('DROP TRIGGER refuse_evidence_delete');
    const after = ok(await app.call('award.evidence.remove', { uid }));
    expect(after.completeness.items).toBe(0);
    expect([app.count('document_link'), app.count('document'), app.count('award_evidence')]).toEqual([0, 0, 0]);
    expect(files.map((f) => existsSync(f))).toEqual([false, false]);
    expect(app.sqlite.prepare('SELECT entity, action FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log) ORDER BY id').raw().all()).toEqual([
      ['document_link', 'delete'],
      ['document_link', 'delete'],
      ['award_evidence', 'delete'],
    ]);
  });
});
