import type { Runtime } from '../runtime.ts';
import { systemActor } from '../startup.ts';
import { backupOverview, startBackupJob } from './backup-service.ts';

// The schedule of a long-running host (the desktop app, `lindung serve`): a backup soon after
// start when the last one is older than the interval, then a look every few minutes. Each
// backup is a job on its own worker thread; the screens are not held.

export interface BackupSchedule {
  /** Looks now: starts a backup when one is due; returns whether it did. */
  check(): boolean;
  stop(): void;
}

export function scheduleBackups(runtime: Runtime, options: { now?: () => Date; firstCheckMs?: number; everyMs?: number; onError?: (error: unknown) => void } = {}): BackupSchedule {
  const now = options.now ?? (() => new Date());
  const check = () => {
    const host = runtime.database;
    if (!host) return false;
    try {
      const { db, sqlite } = host.current();
      const overview = backupOverview({ db, runtime });
      if (overview.nextBackupAt && Date.parse(overview.nextBackupAt) > now().getTime()) return false;
      // No person asked for it: the change log names the system as its maker.
      startBackupJob({ db, sqlite, now, runtime, actor: systemActor }, 'daily');
      return true;
    } catch (error) {
      options.onError?.(error); // busy, or the database is being restored: the next look tries again
      return false;
    }
  };
  const first = setTimeout(check, options.firstCheckMs ?? 5_000);
  const timer = setInterval(check, options.everyMs ?? 10 * 60_000);
  first.unref();
  timer.unref();
  return {
    check,
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
