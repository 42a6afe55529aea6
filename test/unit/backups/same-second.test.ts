import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../core/backups/backup-list.ts';
import { writeBackupSync } from '../../../core/backups/write-backup.ts';
import { openSqlite } from '../../../db/open.ts';
import { tempDir } from '../support/test-db.ts';

// Two backups in one second (a manual one as the daily one runs, or two clicks) each keep their
// own file: the second was written over the first, and a restore of the first brought back the
// second (a clean-clone CI run of the restore-preview test met it).

describe('backups taken in the same second', () => {
  it('are two files, each with its own manifest and contents', () => {
    const dir = tempDir();
    const sqlite = openSqlite(join(dir.path, 'lindung.db'), { skipQuickCheck: true });
    try {
      sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
      const at = '2026-12-07T02:48:07.000Z';
      const backups = join(dir.path, 'backups');
      const first = writeBackupSync(sqlite, { dir: backups, kind: 'manual', at, appVersion: 'test', tables: ['t'] });
      sqlite.prepare('INSERT INTO t (v) VALUES (?)').run('sesudah cadangan pertama');
      const second = writeBackupSync(sqlite, { dir: backups, kind: 'manual', at, appVersion: 'test', tables: ['t'] });
      expect([first.file, second.file]).toEqual(['lindung-20261207T024807Z-manual.db', 'lindung-20261207T024807Z-manual-2.db']);
      expect(listBackups(backups).map((b) => [b.file, b.counts.t])).toEqual(
        expect.arrayContaining([
          ['lindung-20261207T024807Z-manual.db', 0],
          ['lindung-20261207T024807Z-manual-2.db', 1],
        ]),
      );
      expect(second.kind).toBe('manual');
    } finally {
      sqlite.close();
      dir.remove();
    }
  });
});
