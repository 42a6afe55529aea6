import type { BackupOverview, BackupResult } from '../api/backups.ts';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import type { CoreContext, ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import type { Runtime } from '../runtime.ts';
import { backupsDirOf } from './backup-files.ts';
import { listBackups } from './backup-list.ts';
import { readBackupSettings } from './backup-settings.ts';
import { runBackup } from './run-backup.ts';
import { existsSync } from 'node:fs';
import { writeAudited } from '../audit/write.ts';

// The backups screen's data, and a backup as a job (the schedule's and "Cadangkan sekarang").
// One backup at a time per host.

const running = new WeakMap<Runtime, JobState['id']>();

export function backupOverview(ctx: Pick<ServiceContext, 'db' | 'runtime'>): BackupOverview {
  const settings = readBackupSettings(ctx);
  const main = listBackups(backupsDirOf(ctx.runtime.dataDir)).map((b) => ({ ...b, folder: 'main' as const }));
  const mainNames = new Set(main.map((b) => b.file));
  const secondMissing = settings.secondFolder !== null && !existsSync(settings.secondFolder);
  const second = settings.secondFolder && !secondMissing ? listBackups(settings.secondFolder).filter((b) => !mainNames.has(b.file)).map((b) => ({ ...b, folder: 'second' as const })) : [];
  const backups = [...main, ...second].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const last = backups[0]?.createdAt ?? null;
  return {
    settings,
    backups,
    lastBackupAt: last,
    nextBackupAt: last ? new Date(Date.parse(last) + settings.intervalHours * 3_600_000).toISOString() : null,
    secondFolderMissing: secondMissing,
  };
}

/** Whether a backup job of this runtime is still running (the schedule and its tests look before starting one). */
export function backupRunning(runtime: Runtime): boolean {
  const current = running.get(runtime);
  return current !== undefined && runtime.jobs.get(current).status === 'running';
}

/**
 * Starts a backup job; refuses while one runs. A backup is a whole copy of every register's
 * personal data, so each one is in the change log: who made it (`ctx.actor`: the person who
 * asked, "Cadangkan sekarang", or the system for the schedule's), which file, its kind and where
 * its second copy went.
 */
export function startBackupJob(ctx: CoreContext & { runtime: Runtime }, kind: string): JobState {
  const { runtime } = ctx;
  if (backupRunning(runtime)) throw new AppError('CONFLICT', msg('backups.busy'));
  const settings = readBackupSettings(ctx);
  const job = runtime.jobs.start<BackupResult>('backup', async (handle) => {
    const result = await runBackup({
      sqlite: runtime.database?.current().sqlite ?? ctx.sqlite,
      runtime,
      kind,
      now: ctx.now(),
      appVersion: runtime.database?.appVersion ?? 'unknown',
      settings,
      progress: (phase) => handle.progress(phase, 0, null),
    });
    // The copy is done: a restore waiting for it (holding the gate) may go on; the audit row then waits its turn at the gate.
    running.delete(runtime); // ours: no other backup starts while one runs
    try {
      await runtime.gate.run(() => auditBackup({ ...ctx, ...(runtime.database?.current() ?? {}) }, kind, result, settings.secondFolder));
    } catch (error) {
      // The backup is good; only its change-log row failed (said in the log, without data).
      console.error('[lindung] backup audit row failed:', error instanceof Error ? error.message : error);
    }
    return { result };
  }, (error) => console.error('[lindung] backup failed:', error));
  running.set(runtime, job.id);
  return job;
}

/**
 * The backup's change-log row, written after the copy (a backup holds the change log up to its
 * start: its own row would be missing from it anyway). Also the command line's `lindung db backup`.
 */
export function auditBackup(ctx: CoreContext, kind: string, result: BackupResult, secondFolder: string | null, folder?: string) {
  writeAudited(ctx, ({ audit }) =>
    audit({
      action: 'backup',
      entity: 'database',
      entityUid: result.backup.file,
      label: result.backup.file,
      before: null,
      // `folder`: a copy written elsewhere than the backups folder (`lindung db backup --to`, a USB stick most often).
      after: { backup: result.backup.file, kind, ...(folder ? { folder } : {}), secondCopy: result.secondCopy === 'ok' ? secondFolder : null },
    }),
  );
}

/** The running backup job of this host, if any (a restore waits for it). */
export async function backupSettled(runtime: Runtime): Promise<void> {
  while (backupRunning(runtime)) await new Promise((resolve) => setTimeout(resolve, 50));
}
