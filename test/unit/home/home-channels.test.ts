import { describe, expect, it } from 'vitest';
import type { BackupResult } from '../../../core/api/backups.ts';
import type { BackupState } from '../../../core/api/home.ts';
import type { ImportBatchInfo } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { startCore } from '../../../core/host.ts';
import { backupState } from '../../../core/home/backup-state.ts';
import { badungApp, loadDemo } from '../employers/support.ts';
import { seedAccount } from '../support/accounts.ts';
import { jobEnd } from '../support/jobs.ts';
import { adminSessionIn, tempDir } from '../support/test-db.ts';

// Beranda's own channels on real SQLite: the latest imports of every register in one call, and
// the backup state every role may read.

describe('home.recentImports', () => {
  it('lists the file imports of every register, newest first, without bulk changes, up to the limit; an operator may read it', async () => {
    const app = await badungApp();
    await loadDemo(app, 30);
    const people = await app.call('workers.demo', { count: 20 });
    if (!people.ok) throw new Error(people.error.message);
    expect((await jobEnd(app.call, people.data)).status).toBe('done');
    const bulk = await app.call('registers.bulkStatus', { register: 'employer', filterModel: {}, status: 'dihapus', reason: 'Uji beranda' });
    if (!bulk.ok) throw new Error(bulk.error.message);
    expect((await jobEnd(app.call, bulk.data as JobState)).status).toBe('done');

    const recent = await app.callAs('operator', 'home.recentImports', {});
    if (!recent.ok) throw new Error(recent.error.message);
    const rows = recent.data as ImportBatchInfo[];
    // The bulk change is the newest batch of all, yet no import: it is not listed.
    expect(rows.map((b) => [b.register, b.kind, b.status])).toEqual([
      ['worker', 'import', 'committed'],
      ['employer', 'import', 'committed'],
    ]);
    expect(rows[1]).toMatchObject({ fileName: 'Data contoh 30 perusahaan.csv', inserted: 30, invalid: 0, actorName: 'Petugas Uji' });
    // The same rows as each register's own history shows them (which also says whether the reader may undo each).
    const employerHistory = await app.call('imports.history', { register: 'employer' });
    expect(employerHistory.ok && employerHistory.data.find((b) => b.kind === 'import')).toEqual({ ...rows[1], mayUndo: true });

    const one = await app.call('home.recentImports', { limit: 1 });
    expect(one.ok && one.data.map((b) => b.register)).toEqual(['worker']);
    const tooMany = await app.call('home.recentImports', { limit: 21 });
    expect(!tooMany.ok && tooMany.error.code).toBe('INVALID_INPUT');
  });

  it('is empty before any import', async () => {
    const app = await badungApp();
    expect(await app.call('home.recentImports', {})).toEqual({ ok: true, data: [] });
  });
});

describe('home.backupState', () => {
  it('says overdue with no backup, not after one, and overdue again once the interval has passed; every role may read it', async () => {
    const dir = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    try {
      const ctx = { db: core.database.db, runtime: core.runtime };
      const at = (iso: string) => backupState({ ...ctx, now: () => new Date(iso) });
      expect(at('2026-12-01T00:00:00Z')).toEqual({ lastBackupAt: null, nextBackupAt: null, overdue: true, intervalHours: 24 });

      const admin = adminSessionIn(core.database.sqlite);
      const started = await core.router.call('backups.create', {}, admin);
      if (!started.ok) throw new Error(started.error.messageEn);
      const job = await jobEnd((c, i) => core.router.call(c, i, admin) as never, started.data as JobState);
      expect(job.status).toBe('done');
      const made = (job.result as BackupResult).backup.createdAt;
      const hours = (n: number) => new Date(Date.parse(made) + n * 3_600_000).toISOString();

      expect(at(hours(1))).toEqual({ lastBackupAt: made, nextBackupAt: hours(24), overdue: false, intervalHours: 24 });
      expect(at(hours(24)).overdue).toBe(true);

      // A clerk sees the same state through the router; the backups themselves stay the administrator's.
      const operator = seedAccount(core.database.sqlite, { uid: 'uji-operator', username: 'uji.operator', displayName: 'Uji Operator', role: 'operator' });
      const state = await core.router.call('home.backupState', {}, operator);
      expect(state.ok && (state.data as BackupState).lastBackupAt).toBe(made);
      const list = await core.router.call('backups.list', {}, operator);
      expect(!list.ok && list.error.code).toBe('FORBIDDEN');
    } finally {
      core.database.close();
    }
  });
});
