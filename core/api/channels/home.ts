import { z } from 'zod';
import { read } from '../channel.ts';
import { recentImportsInput, type BackupState } from '../home.ts';
import type { ImportBatchInfo } from '../imports.ts';

// Beranda's own reads (the rest of the page reads the registers', coverage's and award's channels).

export const homeChannels = {
  /** The latest file imports of every register, newest first (bulk changes are not imports). */
  'home.recentImports': read(recentImportsInput, 'records.read')<ImportBatchInfo[]>(),
  /** The last backup's time and whether one is overdue, for every role (no file names or folders). */
  'home.backupState': read(z.object({}).strict(), 'records.read')<BackupState>(),
} as const;
