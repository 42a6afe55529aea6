import { describe, expect, it } from 'vitest';
import type { AuditDetail } from '../../../core/api/audit.ts';
import type { BackupSettings, RestorePreview } from '../../../core/api/backups.ts';
import { listBackups } from '../../../core/backups/backup-list.ts';
import { backupSettled } from '../../../core/backups/backup-service.ts';
import { scheduleBackups } from '../../../core/backups/schedule.ts';
import { startCore } from '../../../core/host.ts';
import { systemActor } from '../../../core/startup.ts';
import { sampleEmployer } from '../employers/support.ts';
import { adminSessionIn, tempDir } from '../support/test-db.ts';
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
      // it), so the next look does not find it busy; then for its change-log row, written at the gate.
      await backupSettled(core.runtime);
      await core.runtime.gate.run(() => undefined);
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

  it("puts a scheduled backup in the change log as the system's: which file, where its second copy went, that it was scheduled; its restore preview leaves that row out", async () => {
    const dir = tempDir();
    const second = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'serve', warm: false, backgroundCheckpoints: false, scheduleBackups: false });
    const session = adminSessionIn(core.database.sqlite);
    const call = async <T>(channel: string, input: unknown = {}) => {
      const result = await core.router.call(channel, input, session);
      if (!result.ok) throw new Error(`${channel}: ${result.error.messageEn}`);
      return result.data as T;
    };
    // A folder that is no full path is refused, said: it would be read against wherever the app runs.
    const relative = await core.router.call('backups.settings.save', { ...(await call<BackupSettings>('backups.settings.get')), secondFolder: 'relatif/folder' }, session);
    expect(!relative.ok && [relative.error.message, relative.error.details]).toEqual([expect.stringMatching(/^Folder kedua "relatif\/folder" bukan alamat lengkap\./), { issues: [{ path: 'secondFolder' }] }]);
    expect((await call<BackupSettings>('backups.settings.get')).secondFolder).toBeNull();
    await call('backups.settings.save', { ...(await call<BackupSettings>('backups.settings.get')), secondFolder: second.path });
    // Logged as backup settings, field by field (walk 29: "Pengaturan tampilan" and a JSON blob).
    const settingsRow = core.database.sqlite.prepare("SELECT id, entity FROM audit_log WHERE entity_uid = 'backups.settings' ORDER BY id DESC").get() as { id: number; entity: string };
    expect(settingsRow.entity).toBe('backup_settings');
    const settingsEntry = await call<AuditDetail>('audit.get', { id: settingsRow.id });
    expect(settingsEntry.changes.map((c) => [c.label.id, c.shownAfter?.id ?? null])).toContainEqual(['Folder kedua', second.path]);
    expect(settingsEntry.changes.map((c) => c.label.id)).toContain('Cadangan harian disimpan');
    let clock = Date.parse('2026-12-01T01:00:00Z');
    const schedule = scheduleBackups(core.runtime, { now: () => new Date(clock), firstCheckMs: 60_000, everyMs: 60_000 });
    const look = async () => {
      expect(schedule.check()).toBe(true);
      await backupSettled(core.runtime);
      await core.runtime.gate.run(() => undefined);
    };
    await look();
    await call('employers.save', sampleEmployer); // a change after the first backup
    clock += 25 * 3_600_000;
    await look();
    schedule.stop();
    const [later, first] = listBackups(join(dir.path, 'backups'));

    const rows = core.database.sqlite
      .prepare("SELECT id, at, actor_id AS actorId, actor_name AS actorName, entity, entity_uid AS entityUid, entity_label AS label, after FROM audit_log WHERE action = 'backup' ORDER BY id")
      .all() as { id: number; at: string; actorId: string; actorName: string; entity: string; entityUid: string; label: string; after: string }[];
    expect(rows.map(({ id: _id, after: _after, ...row }) => row)).toEqual(
      [first!, later!].map((b) => ({ at: b.createdAt, actorId: systemActor.id, actorName: systemActor.name, entity: 'database', entityUid: b.file, label: b.file })),
    );
    expect(rows.map((row) => JSON.parse(row.after))).toEqual([first!, later!].map((b) => ({ backup: b.file, kind: 'daily', secondCopy: second.path })));

    // The change log says it in words: scheduled, and the second copy's folder.
    const entry = await call<AuditDetail>('audit.get', { id: rows[0]!.id });
    const shown = (field: string) => entry.changes.find((c) => c.field === field)?.shownAfter;
    expect(shown('kind')).toEqual({ id: expect.stringContaining('terjadwal'), en: expect.stringContaining('scheduled') });
    expect(shown('secondCopy')).toEqual({ id: second.path, en: second.path });

    // Restoring the first: the employer is lost; the backups are not changes it takes back (their files stay, their rows stay in the log).
    const preview = await call<RestorePreview>('backups.restorePreview', { file: first!.file });
    const lost = preview.lostChanges.map((c) => c.words.id).join(' | ');
    expect(lost).toContain(sampleEmployer.name);
    expect(lost).not.toContain(later!.file);
    expect(lost).not.toContain(first!.file);
    expect(preview.lostTotal).toBe(core.database.sqlite.prepare("SELECT count(*) FROM audit_log WHERE id > ? AND entity <> 'database'").pluck().get(first!.auditHead!.id) as number);
    expect(preview.lostTotal).toBeGreaterThan(0);
    core.database.close();
  });
});
