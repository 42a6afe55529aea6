import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../core/backups/backup-list.ts';
import { readBackupSettings } from '../../../core/backups/backup-settings.ts';
import { runBackup } from '../../../core/backups/run-backup.ts';
import { startCore } from '../../../core/host.ts';
import { newSession } from '../../../core/accounts/session.ts';
import { signInFirstAdmin, testPassword } from '../support/accounts.ts';
import { runCli } from '../support/cli-process.ts';
import { tempDir } from '../support/test-db.ts';
import { join } from 'node:path';

// `lindung db backup`, `db backups` and `db restore`: the restore acts as an administrator
// (--user), and without a terminal it needs --yes.

describe('lindung db backup / backups / restore', { timeout: 300_000 }, () => {
  it('backs up, lists, refuses to restore unasked without a terminal, and restores with --yes', async () => {
    const dir = tempDir();
    // A backup with no account yet, as the schedule takes one seconds after a fresh start.
    const fresh = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    await runBackup({ sqlite: fresh.database.sqlite, runtime: fresh.runtime, kind: 'daily', now: new Date(), appVersion: 'test', settings: readBackupSettings(fresh.database), inline: true });
    fresh.database.close();
    const [only] = listBackups(join(dir.path, 'backups'));
    expect(only).toBeDefined();
    let password = testPassword;
    const cli = (...args: string[]) => runCli(['--data-dir', dir.path, '--user', 'admin', 'db', ...args], { timeoutMs: 240_000, password });
    // `db backup` and `db backups` are an administrator's: refused while there is none.
    expect((await cli('backups')).code).toBe(1);


    // After the backup (taken with no account yet): the administrator the restore acts as, and a
    // changed password. Both must survive the restore: accounts never go back in time.
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    const admin = await signInFirstAdmin(core.router);
    const changed = await core.router.call('auth.changePassword', { oldPassword: testPassword, newPassword: 'sandi-sesudah-cadangan' }, admin);
    expect(changed.ok).toBe(true);
    password = 'sandi-sesudah-cadangan';
    core.database.sqlite.exec("INSERT INTO user_setting (key, value, updated_at) VALUES ('sesudah', '1', '2026-12-02')");
    core.database.close();

    const listed = await cli('backups');
    expect(listed.out).toContain(only!.file);
    expect(listed.out).toContain(`audit #${only!.auditHead!.id}`);
    expect(listed.out).toContain('Pekerja / Workers 0'); // the counted tables in words, not their names
    expect(listed.out).not.toMatch(/\bperson\b/);
    const made = await cli('backup');
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/Cadangan ditulis: lindung-\d{8}T\d{6}(Z|[+-]\d{4})-manual\.db/);
    // In the change log under the administrator's name, as a backup from the screen is.
    const madeFile = /lindung-\d{8}T\d{6}(Z|[+-]\d{4})-manual\.db/.exec(made.out)![0];
    // A copy carried elsewhere (a USB stick) says where it was written.
    const usb = tempDir();
    const carried = await cli('backup', '--to', usb.path);
    expect(carried.code, carried.err).toBe(0);
    const reopened = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    const logged = reopened.database.sqlite
      .prepare("SELECT actor_name AS actor, entity_uid AS file, json_extract(after, '$.kind') AS kind, json_extract(after, '$.folder') AS folder FROM audit_log WHERE action = 'backup' ORDER BY id")
      .all() as { file: string }[];
    reopened.database.close();
    expect(logged).toEqual([
      { actor: 'Petugas Uji', file: madeFile, kind: 'command', folder: null },
      { actor: 'Petugas Uji', file: expect.stringMatching(/-manual\.db$/), kind: 'command', folder: usb.path },
    ]);
    expect(listBackups(usb.path).map((b) => b.file)).toEqual([logged[1]!.file]);

    // A restore is an administrator's act: without --user it is refused, saying how to give one.
    const nobody = await runCli(['--data-dir', dir.path, 'db', 'restore', only!.file, '--yes'], { timeoutMs: 240_000 });
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('--user');

    const unasked = await cli('restore', only!.file);
    expect(unasked.code, unasked.err + unasked.out).toBe(2);
    expect(unasked.err).toContain('--yes');

    const restored = await cli('restore', only!.file, '--yes');
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain(`Dipulihkan dari ${only!.file}`);
    // The summary the screen shows, before the restore: checksum, counts in words, lost changes.
    expect(restored.out).toContain('Checksum OK');
    expect(restored.out).toContain('Pekerja: sekarang 0');
    // Only the accounts changed since (carried across): no change to data is taken back, and the log after the backup stays.
    expect(restored.out).toContain('Perubahan data yang dibatalkan: 0');
    expect(restored.out).toContain('Riwayat perubahan tetap utuh');
    expect(restored.out).not.toMatch(/\bcoverage_aggregate\b/);
    expect(restored.out).toContain('Akun pengguna tetap seperti sekarang');
    const after = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    const status = await after.router.call('auth.status', {}, newSession());
    expect(status.ok && (status.data as { needsFirstAdmin: boolean }).needsFirstAdmin).toBe(false);
    const signIn = await after.router.call('auth.signIn', { username: 'admin', password }, newSession());
    expect(signIn.ok).toBe(true);
    expect(after.database.sqlite.prepare("SELECT count(*) FROM user_setting WHERE key = 'sesudah'").pluck().get()).toBe(0);
    expect(after.database.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore' AND entity = 'database'").pluck().get()).toBe(1);
    // The log of what happened after the backup is still there (the password change), before the restore's row.
    expect(after.database.sqlite.prepare("SELECT action FROM audit_log WHERE action IN ('password_change', 'restore') ORDER BY id").pluck().all()).toEqual(['password_change', 'restore']);
    after.database.close();
    expect(listBackups(join(dir.path, 'backups')).map((b) => b.kind).sort()).toEqual(['before-restore', 'daily', 'manual']);
  });
});
