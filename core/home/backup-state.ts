import type { BackupState } from '../api/home.ts';
import { backupOverview } from '../backups/backup-service.ts';
import type { ServiceContext } from '../context.ts';

/**
 * The backups screen's last and next backup (backupOverview), and whether one is overdue: none
 * yet, or the next one's time has come, the test the schedule itself makes before it backs up.
 */
export function backupState(ctx: Pick<ServiceContext, 'db' | 'runtime' | 'now'>): BackupState {
  const overview = backupOverview(ctx);
  const overdue = overview.nextBackupAt === null || Date.parse(overview.nextBackupAt) <= ctx.now().getTime();
  return { lastBackupAt: overview.lastBackupAt, nextBackupAt: overview.nextBackupAt, overdue, intervalHours: overview.settings.intervalHours };
}
