import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBackupSync } from '../../../core/backups/write-backup.ts';
import { replaceDatabaseFile } from '../../../core/backups/restore-file.ts';
import { openSqlite } from '../../../db/open.ts';
import { tempDir } from '../support/test-db.ts';

// The naive restore (copying a backup over the file while the old -wal is still there) replays
// the old database's log into the backup: "database disk image is malformed" when the layouts
// differ (issue 12), the old data back silently when they do not (here). The restore removes the
// old log first.

function liveDatabaseWithLog(dir: string) {
  const file = join(dir, 'lindung.db');
  const sqlite = openSqlite(file, { skipQuickCheck: true });
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t (v)');
  const backup = writeBackupSync(sqlite, { dir: join(dir, 'backups'), kind: 'manual', at: '2026-12-01T00:00:00.000Z', appVersion: 'test', tables: ['t'] });
  const insert = sqlite.prepare('INSERT INTO t (v) VALUES (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < 5000; i++) insert.run(`nilai ${i} ${'x'.repeat(50)}`);
  })();
  // A killed app: its log holds committed pages the main file does not have.
  const wal = `${file}-wal`;
  copyFileSync(wal, join(dir, 'kept-wal'));
  sqlite.close();
  copyFileSync(join(dir, 'kept-wal'), wal);
  return { file, backupFile: join(dir, 'backups', backup.file), sha256: backup.sha256 };
}

describe('putting a backup in place', () => {
  it('a naive copy beside the old log is damaged; the restore is not', async () => {
    const naive = tempDir();
    const a = liveDatabaseWithLog(naive.path);
    copyFileSync(a.backupFile, a.file);
    expect(existsSync(`${a.file}-wal`)).toBe(true);
    let naiveOutcome: string;
    try {
      const opened = openSqlite(a.file);
      naiveOutcome = `${String(opened.prepare('SELECT count(*) FROM t').pluck().get())} rows`;
      opened.close();
    } catch (error) {
      naiveOutcome = (error as Error).message;
    }
    expect(naiveOutcome).not.toBe('0 rows'); // not the backup

    const proper = tempDir();
    const b = liveDatabaseWithLog(proper.path);
    await replaceDatabaseFile(b.backupFile, b.file, b.sha256);
    expect(existsSync(`${b.file}-wal`)).toBe(false);
    const opened = openSqlite(b.file);
    expect(opened.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
    opened.close();
  });
});
