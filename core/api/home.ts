import { z } from 'zod';

// Beranda (the home page): what the office's day starts with. Most of its figures come from the
// registers', due list's, coverage's and award's own channels; these two are the home page's
// own: the latest imports of every register in one call, and whether the data is backed up,
// which every role may see (the backups themselves stay the administrator's).

export const recentImportsInput = z.object({ limit: z.number().int().min(1).max(20).default(5) }).strict();

/** Whether the office's data is backed up: the last backup, when the next is due, and whether it is overdue now. */
export interface BackupState {
  lastBackupAt: string | null;
  nextBackupAt: string | null;
  /** No backup yet, or the next one's time has passed (the schedule's own test: core/backups/schedule.ts). */
  overdue: boolean;
  intervalHours: number;
}
