import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../core/backups/backup-list.ts';
import { backupSettled } from '../../../core/backups/backup-service.ts';
import { scheduleBackups } from '../../../core/backups/schedule.ts';
import { startCore } from '../../../core/host.ts';
import { tempDir } from '../support/test-db.ts';
import { join } from 'node:path';

// The schedule of a long-running host, over a fake clock: a backup at start when none is recent,
// none while the last one is younger than the interval, the next one once it is older.

describe('backup schedule', () => {
  it('backs up at start when due, then once the interval has passed', async () => {
    const dir = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'serve', warm: false, backgroundCheckpoints: false, scheduleBackups: false });
    let clock = Date.parse('2026-12-01T01:00:00Z');
    const errors: unknown[] = [];
    const schedule = scheduleBackups(core.runtime, { now: () => new Date(clock), firstCheckMs: 60_000, everyMs: 60_000, onError: (e) => errors.push(e) });
    const look = async () => {
      if (!schedule.check()) return false;
      // Waits for the backup job itself to end (not only its file: the job finishes after writing
      // it), so the next look does not find it busy.
      await backupSettled(core.runtime);
      return true;
    };
    expect(await look()).toBe(true); // none yet
    clock += 3_600_000;
    expect(await look()).toBe(false); // an hour later: not due
    clock += 24 * 3_600_000;
    expect(await look()).toBe(true); // a day later
    schedule.stop();
    const kinds = listBackups(join(dir.path, 'backups')).map((b) => [b.kind, b.createdAt]);
    expect(errors).toEqual([]);
    expect(kinds).toEqual([
      ['daily', '2026-12-02T02:00:00.000Z'],
      ['daily', '2026-12-01T01:00:00.000Z'],
    ]);
    core.database.close();
  });
});
