import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../core/host.ts';
import type { JobState } from '../../core/api/jobs.ts';
import { adminSessionIn, tempDir } from './support/test-db.ts';

// An import committed before import_change recorded tables and changed fields must still be
// undone after the upgrade: the migration gives each change its row id, and an update its whole
// old snapshot as the fields to restore.
describe('import changes from before the per-table trail', () => {
  it('are migrated so the old import can still be undone, record by record', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'lindung.db');
    copyFileSync(new URL('../fixtures/db/v4.db', import.meta.url).pathname, file);
    // As the version before wrote an import: a new record and an update of an existing one.
    const old = new Database(file);
    const head = old.prepare("SELECT * FROM employer WHERE office_type = 'pusat'").get() as Record<string, unknown>;
    const at = '2026-11-30T02:00:00.000Z';
    old.prepare(`INSERT INTO import_batch (uid, register, file_name, file_hash, file_bytes, sheet, header_row, mapping, status, inserted, updated, actor_name, created_at)
      VALUES ('batch-old', 'employer', 'lama.xlsx', 'abc', 10, 'Data', 1, '{}', 'committed', 1, 1, 'Petugas', ?)`).run(at);
    const batchId = old.prepare("SELECT id FROM import_batch WHERE uid = 'batch-old'").pluck().get();
    old.prepare(`INSERT INTO employer (uid, name, name_fold, created_at, updated_at, import_batch_id) VALUES ('new-uid', 'CV Baru Lama', 'cv baru lama', ?, ?, ?)`).run(at, at, batchId);
    const snapshot = { ...Object.fromEntries(Object.entries(head).map(([k, v]) => [k.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()), v])) };
    old.prepare("UPDATE employer SET address = 'Alamat dari impor', updated_at = ? WHERE id = ?").run(at, head.id);
    old.prepare('INSERT INTO import_change (batch_id, entity_uid, action, before, after_updated_at) VALUES (?, ?, ?, ?, ?)').run(batchId, 'new-uid', 'insert', null, at);
    old.prepare('INSERT INTO import_change (batch_id, entity_uid, action, before, after_updated_at) VALUES (?, ?, ?, ?, ?)').run(batchId, head.uid, 'update', JSON.stringify(snapshot), at);
    old.close();

    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    try {
      const rows = core.database.sqlite.prepare('SELECT entity, table_name, row_id, action, changes FROM import_change ORDER BY id').all() as { row_id: number; action: string; changes: string | null }[];
      expect(rows[0]).toMatchObject({ entity: 'employer', table_name: 'employer', action: 'insert', changes: null });
      expect(rows[1]).toMatchObject({ entity: 'employer', table_name: 'employer', row_id: head.id, action: 'update' });
      expect(JSON.parse(rows[1]!.changes!).address).toEqual([head.address, null]);

      const started = await core.router.call('imports.undo', { batchUid: 'batch-old' }, adminSessionIn(core.database.sqlite));
      if (!started.ok) throw new Error(started.error.message);
      let job = started.data as JobState;
      while (job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const polled = await core.router.call('jobs.get', { jobId: job.id }, adminSessionIn(core.database.sqlite));
        if (!polled.ok) throw new Error(polled.error.message);
        job = polled.data as JobState;
      }
      expect(job.status).toBe('done');
      expect(core.database.sqlite.prepare("SELECT count(*) FROM employer WHERE uid = 'new-uid'").pluck().get()).toBe(0);
      expect(core.database.sqlite.prepare('SELECT address FROM employer WHERE id = ?').pluck().get(head.id)).toBe(head.address);
    } finally {
      core.database.close();
      dir.remove();
    }
  });
});
