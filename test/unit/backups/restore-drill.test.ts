import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupOverview, BackupResult, RestorePreview, RestoreResult } from '../../../core/api/backups.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { startCore } from '../../../core/host.ts';
import { writeBackupSync } from '../../../core/backups/write-backup.ts';
import { verifyAuditChain } from '../../../core/audit/chain.ts';
import { sampleEmployer } from '../employers/support.ts';
import { jobEnd } from '../support/jobs.ts';
import { adminSessionIn, tempDir, testActor } from '../support/test-db.ts';

// The restore drill: back up, change data, restore, and the restored database is the backup
// (same .dump) plus one audit row saying who restored which backup and where the safety copy is.

const dump = (file: string) => {
  const out = spawnSync('sqlite3', [file, '.dump'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  expect(out.status).toBe(0);
  return out.stdout;
};

function host() {
  const dir = tempDir();
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  const session = adminSessionIn(core.database.sqlite);
  const call = async <T>(channel: string, input: unknown = {}) => {
    const result = await core.router.call(channel, input, session);
    if (!result.ok) throw new Error(`${channel}: ${result.error.messageEn}`);
    return result.data as T;
  };
  const backup = async () => {
    const job = await jobEnd((c, i) => core.router.call(c, i, session) as never, await call<JobState>('backups.create'));
    expect(job.status).toBe('done');
    return job.result as BackupResult;
  };
  return { dir, core, session, call, backup, backupsDir: join(dir.path, 'backups') };
}

describe('restore drill', () => {
  it('restores the backup exactly, audits the restore in the restored database, and keeps the current one first', async () => {
    const { core, session, call, backup, backupsDir, dir } = host();
    await call('setup.complete', { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
    const saved = await call<{ uid: string }>('employers.save', sampleEmployer);
    const taken = (await backup()).backup;
    expect(taken.counts).toMatchObject({ employer: 1 });
    expect(taken.auditHead?.id).toBeGreaterThan(0);
    // A copy of every register's personal data: who made it, which file, is in the change log.
    const backupRow = core.database.sqlite.prepare("SELECT actor_name AS actorName, entity, entity_label AS label, after FROM audit_log WHERE action = 'backup'").get() as { actorName: string; entity: string; label: string; after: string };
    expect(backupRow).toMatchObject({ actorName: testActor.name, entity: 'database', label: taken.file });
    expect(JSON.parse(backupRow.after)).toEqual({ backup: taken.file, kind: 'manual', secondCopy: null });

    // Changes after the backup: a new firm, an edit.
    await call('employers.save', { ...sampleEmployer, name: 'CV Sesudah Cadangan', nib: '9120001234568', npwp: '', npp: 'NN012346' });
    core.database.sqlite.prepare("UPDATE employer SET name = 'Diubah' WHERE uid = ?").run(saved.uid);

    const later = (await backup()).backup; // a later backup is no change the restore takes back (its file and its row stay)
    // An export of the register after the backup: its row is kept too (who took personal data out must not go back in time).
    const exported = await jobEnd((c, i) => core.router.call(c, i, session) as never, await call<JobState>('registers.export', { register: 'employer', format: 'csv' }));
    expect(exported.status).toBe('done');
    expect(core.database.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export' AND id > ?").pluck().get(taken.auditHead!.id)).toBe(1);
    const preview = await call<RestorePreview>('backups.restorePreview', { file: taken.file });
    expect(preview.checksumOk).toBe(true);
    expect(preview.counts.find((c) => c.table === 'employer')).toEqual({ table: 'employer', now: 2, backup: 1 });
    expect(preview.lostTotal).toBe(1);
    expect(preview.lostChanges.map((c) => c.words.id)).toEqual([expect.stringContaining('CV Sesudah Cadangan')]);
    const keptRows = core.database.sqlite.prepare('SELECT id, uid, hash FROM audit_log WHERE id > ? ORDER BY id').all(taken.auditHead!.id) as { id: number; uid: string; hash: string }[];
    expect(keptRows.length).toBeGreaterThanOrEqual(4); // the firm added, the backups' rows, the export
    expect(keptRows.map((r) => r.uid)).toContain(core.database.sqlite.prepare("SELECT uid FROM audit_log WHERE action = 'backup' AND entity_uid = ?").pluck().get(later.file));

    const refused = await core.router.call('backups.restore', { file: taken.file, confirm: 'ya' }, session);
    expect(refused.ok).toBe(false);

    const restored = await call<RestoreResult>('backups.restore', { file: taken.file, confirm: 'pulihkan' });
    expect(restored.restored).toBe(taken.file);
    expect(existsSync(join(backupsDir, restored.safetyBackup))).toBe(true);

    // The router now reads the restored database.
    const list = await call<{ rows: { name: string }[] }>('registers.list', { register: 'employer', startRow: 0, endRow: 10, sortModel: [], filterModel: {} });
    expect(list.rows.map((r) => r.name)).toEqual([sampleEmployer.name]);

    // Its dump is the backup's plus the restore's audit row (and its search words).
    const auditRow = core.database.sqlite.prepare("SELECT * FROM audit_log WHERE action = 'restore' AND entity = 'database'").get() as { id: number; actor_name: string; after: string };
    expect(auditRow.actor_name).toBe(testActor.name);
    expect(JSON.parse(auditRow.after)).toMatchObject({ backup: taken.file, safetyBackup: restored.safetyBackup, auditKept: keptRows.length });
    // The change log after the backup is kept as it was (same ids and hashes), the restore's row after it; the chain holds, and the search finds a kept row.
    expect(core.database.sqlite.prepare('SELECT id, uid, hash FROM audit_log WHERE id > ? AND id < ? ORDER BY id').all(taken.auditHead!.id, auditRow.id)).toEqual(keptRows);
    expect(auditRow.id).toBe(keptRows.at(-1)!.id + 1);
    expect(verifyAuditChain(core.database.sqlite, { knownHead: taken.auditHead })).toMatchObject({ ok: true });
    const created = core.database.sqlite.prepare("SELECT id FROM audit_log WHERE action = 'create' AND entity_label = 'CV Sesudah Cadangan'").pluck().get();
    expect(core.database.sqlite.prepare(`SELECT rowid FROM audit_fts WHERE audit_fts MATCH '"CV Sesudah Cadangan"'`).pluck().all()).toEqual([created]);
    const keptIds = new Set(keptRows.map((r) => r.id));
    const restoredCopy = join(dir.path, 'compare.db');
    core.database.sqlite.prepare('VACUUM INTO ?').run(restoredCopy);
    const uid = (core.database.sqlite.prepare('SELECT uid FROM audit_log WHERE id = ?').pluck().get(auditRow.id) as string);
    core.database.close();
    // Left out: the search index's pages (audit_fts_*, changed by any added row), the planner's
    // statistics (sqlite_stat1, refreshed when a connection opens), the restore's own audit row
    // and the rows it kept from after the backup.
    const keptRow = (line: string) => keptIds.has(Number(/^INSERT INTO audit_log VALUES\((\d+),/.exec(line)?.[1]));
    const comparable = (text: string) =>
      text.split('\n').filter((line) => !line.startsWith('INSERT INTO audit_fts_') && !line.includes('sqlite_stat') && !line.includes(uid) && !line.includes("'audit_log',") && !keptRow(line));
    const [a, b] = [comparable(dump(restoredCopy)), comparable(dump(join(backupsDir, taken.file)))];
    expect(a).toEqual(b);
  });

  it('refuses a backup whose checksum does not match, with a clear message, and changes nothing', async () => {
    const { core, session, call, backup, backupsDir } = host();
    await call('employers.save', sampleEmployer);
    const taken = (await backup()).backup;
    const file = join(backupsDir, taken.file);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    writeFileSync(file, bytes);
    await call('employers.save', { ...sampleEmployer, name: 'CV Tetap Ada', nib: '9120001234568', npwp: '', npp: 'NN012346' });
    const preview = await call<RestorePreview>('backups.restorePreview', { file: taken.file });
    expect(preview.checksumOk).toBe(false);
    const result = await core.router.call('backups.restore', { file: taken.file, confirm: 'PULIHKAN' }, session);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.said?.key).toBe('backups.checksumMismatch');
      expect(result.error.messageEn).toContain('does not match');
    }
    expect(core.database.sqlite.prepare('SELECT count(*) FROM employer').pluck().get()).toBe(2);
    core.database.close();
  });

  it('restores while a read is served from the reader connection, and reads after it see the restored data', async () => {
    const { core, call, backup } = host();
    await call('employers.save', sampleEmployer);
    const taken = (await backup()).backup;
    await call('employers.save', { ...sampleEmployer, name: 'CV Kedua', nib: '9120001234568', npwp: '', npp: 'NN012346' });
    const listInput = { register: 'employer', startRow: 0, endRow: 10, sortModel: [], filterModel: {} };
    const restoring = call<RestoreResult>('backups.restore', { file: taken.file, confirm: 'PULIHKAN' });
    // Reads during the restore wait for it (never a closed connection) and then see the backup.
    const during = [call<{ rows: unknown[] }>('registers.list', listInput), call<BackupOverview>('backups.list')];
    await restoring;
    const [list] = await Promise.all(during);
    expect((list as { rows: unknown[] }).rows).toHaveLength(1);
    expect(core.database.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    core.database.close();
  });

  it('restores a backup from an older version: migrated when it opens, then the restore audited', async () => {
    const { core, call, backupsDir } = host();
    const older = join(new URL('../../fixtures/db/', import.meta.url).pathname, 'v5.db');
    const manifest = writeBackupSync(older, { dir: backupsDir, kind: 'manual', at: '2026-06-01T00:00:00.000Z', appVersion: 'v5', tables: ['employer', 'audit_log'] });
    expect(manifest.schemaVersion).toBe(5);
    const restored = await call<RestoreResult>('backups.restore', { file: manifest.file, confirm: 'PULIHKAN' });
    expect(restored.schemaVersion).toBe(core.database.migration.schemaVersion);
    expect(restored.schemaVersion).toBeGreaterThan(5);
    expect(core.database.sqlite.prepare('SELECT count(*) FROM employer').pluck().get()).toBe(manifest.counts.employer);
    expect(core.database.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore' AND entity = 'database'").pluck().get()).toBe(1);
    // Another database's log (the fixture's): this one's entries cannot continue its chain, and the restore's row says how many were left out.
    const said = JSON.parse(core.database.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'restore' AND entity = 'database'").pluck().get() as string) as Record<string, unknown>;
    expect(said.auditKept).toBeUndefined();
    expect(said.auditNotKept).toEqual(expect.any(Number));
    expect(verifyAuditChain(core.database.sqlite)).toMatchObject({ ok: true });
    expect(core.database.sqlite.pragma('foreign_key_check')).toEqual([]);
    core.database.close();
  });

  it('a restore that cannot put the file in place leaves the app on the database it had', async () => {
    const { core, session, call, backup, dir } = host();
    await call('employers.save', sampleEmployer);
    const taken = (await backup()).backup;
    await call('employers.save', { ...sampleEmployer, name: 'CV Tetap Ada', nib: '9120001234568', npwp: '', npp: 'NN012346' });
    mkdirSync(join(dir.path, 'lindung.db.restoring')); // the copy's temporary name is taken: the copy fails
    const failed = await core.router.call('backups.restore', { file: taken.file, confirm: 'PULIHKAN' }, session);
    expect(failed.ok).toBe(false);
    const list = await call<{ rows: { name: string }[] }>('registers.list', { register: 'employer', startRow: 0, endRow: 10, sortModel: [], filterModel: {} });
    expect(list.rows).toHaveLength(2);
    await call('employers.save', { ...sampleEmployer, name: 'CV Sesudahnya', nib: '9120001234569', npwp: '', npp: 'NN012347' });
    expect(core.database.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    core.database.close();
  });
});
