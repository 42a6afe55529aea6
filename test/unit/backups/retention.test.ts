import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileInput, defaultBackupSettings } from '../../../core/api/backups.ts';
import { listBackups } from '../../../core/backups/backup-list.ts';
import { backupsToRemove, keepOthers } from '../../../core/backups/retention.ts';
import { runBackup } from '../../../core/backups/run-backup.ts';
import { backupFileName, isBackupName, sha256File } from '../../../core/backups/backup-files.ts';
import { startCore } from '../../../core/host.ts';
import { tempDir } from '../support/test-db.ts';

// Retention over a fake clock (a backup each day for a year), and the second folder.

describe('retention', () => {
  it('keeps the newest of the last 7 days, 4 weeks and 6 months, and always the newest', () => {
    const start = Date.parse('2026-01-01T02:00:00Z');
    const backups = Array.from({ length: 365 }, (_, i) => {
      const at = new Date(start + i * 86_400_000).toISOString();
      return { file: `b-${at}.db`, createdAt: at, kind: 'daily' };
    });
    const removed = new Set(backupsToRemove(backups, defaultBackupSettings));
    const kept = backups.filter((b) => !removed.has(b.file)).map((b) => b.createdAt.slice(0, 10));
    // The 7 last days; the newest of the 4 last ISO weeks (Thursday 31st, then Sundays); the newest of
    // the 6 last months (December's is the 31st). A period counts also when a daily one covers it.
    expect(kept).toEqual([
      '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30',
      '2026-12-13', '2026-12-20', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ].sort());
  });

  it('thins only the scheduled backups: a manual backup or a safety copy does not push out that day\'s scheduled one', () => {
    const at = (h: number, kind: string) => ({ file: `b${h}-${kind}.db`, createdAt: `2026-12-02T${String(h).padStart(2, '0')}:00:00.000Z`, kind });
    const removed = backupsToRemove([at(1, 'daily'), at(2, 'before-restore'), at(3, 'daily'), at(4, 'manual'), at(5, 'manual')], { keepDaily: 7, keepWeekly: 0, keepMonthly: 0 });
    expect(removed.sort()).toEqual(['b1-daily.db']); // the scheduled one at 3:00 is that day's newest scheduled
  });

  it(`keeps the newest ${keepOthers} backups of the other kinds`, () => {
    const manual = Array.from({ length: keepOthers + 3 }, (_, i) => ({ file: `m${i}.db`, createdAt: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 86_400_000).toISOString(), kind: 'manual' }));
    const removed = backupsToRemove(manual, { keepDaily: 7, keepWeekly: 0, keepMonthly: 0 });
    expect(removed.sort()).toEqual(['m0.db', 'm1.db', 'm2.db']);
  });

  it('counts days in the office time zone: 15:00 and 17:00 UTC are two WITA days', () => {
    const b = (file: string, createdAt: string) => ({ file, createdAt, kind: 'daily' });
    const backups = [b('a.db', '2026-12-01T15:00:00.000Z'), b('b.db', '2026-12-01T17:00:00.000Z')]; // WITA: 1 Dec 23:00 and 2 Dec 01:00
    expect(backupsToRemove(backups, { keepDaily: 7, keepWeekly: 0, keepMonthly: 0 })).toEqual(['a.db']); // UTC: one day
    expect(backupsToRemove(backups, { keepDaily: 7, keepWeekly: 0, keepMonthly: 0 }, 480)).toEqual([]);
  });

  it('names a backup by the office\'s date and time, with its offset', async () => {
    const at = new Date('2026-12-02T16:46:00.000Z'); // WITA: 3 Dec 00:46
    expect(backupFileName(at, 'daily', 480)).toBe('lindung-20261203T004600+0800-daily.db');
    expect(backupFileName(at, 'manual', 420)).toBe('lindung-20261202T234600+0700-manual.db');
    expect(backupFileName(at, 'manual')).toBe('lindung-20261202T164600Z-manual.db'); // no office yet: UTC
    // Both kinds are listed: backups named in UTC before this stay in the list.
    for (const name of ['lindung-20261203T004600+0800-daily.db', 'lindung-20261202T164600Z-manual.db']) expect(isBackupName(name)).toBe(true);
    expect(isBackupName('lindung-20261203T004600+08-daily.db')).toBe(false);

    // A backup of an office in WITA is named in WITA.
    const dir = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    core.database.sqlite.prepare("INSERT INTO office_profile (id, uid, office_name, time_zone) VALUES (1, 'kantor-uji', 'Disnaker Uji', 'WITA')").run();
    const made = await runBackup({ sqlite: core.database.sqlite, runtime: core.runtime, kind: 'manual', now: at, appVersion: 'test', settings: defaultBackupSettings });
    core.database.close();
    expect(made.backup.file).toBe('lindung-20261203T004600+0800-manual.db');
    expect(backupFileInput.safeParse({ file: made.backup.file }).success).toBe(true); // the screens restore it by this name
    expect(listBackups(join(dir.path, 'backups')).map((b) => b.file)).toEqual([made.backup.file]);
  });

  it('applies the retention to the backups folder after each backup', async () => {
    const dir = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    let clock = Date.parse('2026-11-01T01:00:00Z');
    for (let i = 0; i < 12; i++) {
      await runBackup({ sqlite: core.database.sqlite, runtime: core.runtime, kind: 'daily', now: new Date(clock), appVersion: 'test', settings: { ...defaultBackupSettings, keepDaily: 3, keepWeekly: 0, keepMonthly: 0 } });
      clock += 86_400_000;
    }
    core.database.close();
    const left = listBackups(join(dir.path, 'backups')).map((b) => b.createdAt.slice(0, 10));
    expect(left).toEqual(['2026-11-12', '2026-11-11', '2026-11-10']);
    expect(readdirSync(join(dir.path, 'backups')).sort()).toHaveLength(6); // each with its manifest, no leftovers
  });
});

describe('the second folder', () => {
  it('gets a verified copy; a missing one is reported and the backup still stands', async () => {
    const dir = tempDir();
    const usb = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    const request = { sqlite: core.database.sqlite, runtime: core.runtime, kind: 'manual', appVersion: 'test' };
    const copied = await runBackup({ ...request, now: new Date('2026-12-01T01:00:00Z'), settings: { ...defaultBackupSettings, secondFolder: usb.path } });
    expect(copied.secondCopy).toBe('ok');
    const onUsb = join(usb.path, copied.backup.file);
    expect(sha256File(onUsb)).toBe(copied.backup.sha256);
    expect(listBackups(usb.path).map((b) => b.file)).toEqual([copied.backup.file]);

    const unplugged = join(usb.path, 'unplugged');
    const missing = await runBackup({ ...request, now: new Date('2026-12-02T01:00:00Z'), settings: { ...defaultBackupSettings, secondFolder: unplugged } });
    expect(missing.secondCopy).toBe('missing');
    expect(existsSync(join(dir.path, 'backups', missing.backup.file))).toBe(true);
    expect(existsSync(unplugged)).toBe(false);
    core.database.close();
    mkdirSync(unplugged);
    rmSync(unplugged, { recursive: true });
  });
});
