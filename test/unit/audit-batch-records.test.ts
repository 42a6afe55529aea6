import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchChangePage } from '../../core/api/audit.ts';
import type { ImportBatchInfo } from '../../core/api/imports.ts';
import i18n from '../../renderer/src/i18n/index.ts';
import '../../renderer/src/pages/audit/messages.ts';
import { recordTitle } from '../../renderer/src/pages/audit/record-title.ts';
import { badungApp } from './employers/support.ts';
import { commit, undo, type App } from './imports-pipeline/support.ts';
import { tempDir } from './support/test-db.ts';
import { workerDryRun } from './workers/import-support.ts';

// A worker import's records as the change log lists them (real SQLite, then the screen's
// titles): the person by name, and their new participation period (a child table's row) by the
// person it belongs to, never called removed while the import stands; after the undo both are gone.

async function titles(app: App, batchUid: string, language: 'id' | 'en' = 'id') {
  const page = await app.call('imports.changes', { batchUid, page: 0, pageSize: 50 });
  if (!page.ok) throw new Error(page.error.message);
  const { rows, batch } = page.data as BatchChangePage;
  const t = i18n.getFixedT(language);
  return rows.map((r) => recordTitle(t, r, language, batch.status === 'undone'));
}

describe("an import's records in the change log", () => {
  it("names a new period by its person, and calls it removed only once the import was undone", async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'daftar desa.csv');
    writeFileSync(file, ['NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program', '5103064507900002;Ni Luh Putu Sukerti;Br. Kaja;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM'].join('\n'));
    const { job } = await workerDryRun(app, file, 'daftar desa.csv');
    const done = await commit(app, job.id);
    dir.remove();
    expect(done.status).toBe('done');
    const { uid } = (done.result as { batch: ImportBatchInfo }).batch;
    expect(app.count('participation_period')).toBe(1);

    // The person and their period (a child row): both still there.
    expect(await titles(app, uid)).toEqual(['Ni Luh Putu Sukerti', 'Ni Luh Putu Sukerti · Periode kepesertaan']);
    expect(await titles(app, uid, 'en')).toEqual(['Ni Luh Putu Sukerti', 'Ni Luh Putu Sukerti · Participation period']);
    // A period gone since while the import stands (taken off the person's form): gone, not "removed by the undo".
    const period = app.sqlite.prepare('SELECT id FROM participation_period').pluck().get() as number;
    app.sqlite.prepare('DELETE FROM participation_period WHERE id = ?').run(period);
    expect(await titles(app, uid)).toEqual(['Ni Luh Putu Sukerti', '(sudah tidak ada)']);

    expect((await undo(app, uid)).status).toBe('done');
    expect(app.count('participation_period')).toBe(0);
    expect(await titles(app, uid)).toEqual(Array(2).fill('(sudah tidak ada: dihapus saat impor dibatalkan)'));
  });
});
