import { z } from 'zod';
import { backupFileInput, backupSettingsSchema, restoreInput, type BackupOverview, type BackupSettings, type RestorePreview, type RestoreResult } from '../backups.ts';
import { read, write } from '../channel.ts';
import type { JobState } from '../jobs.ts';

// Backups and restore: the administrator's (permission backups.manage on each).

const noInput = z.object({}).strict();

export const backupChannels = {
  'backups.list': read(noInput, 'backups.manage')<BackupOverview>(),
  /** Starts a backup job (progress through jobs.get). */
  'backups.create': write(noInput, 'backups.manage')<JobState>(),
  'backups.settings.get': read(noInput, 'backups.manage')<BackupSettings>(),
  'backups.settings.save': write(backupSettingsSchema, 'backups.manage')<BackupSettings>(),
  'backups.restorePreview': read(backupFileInput, 'backups.manage')<RestorePreview>(),
  'backups.restore': write(restoreInput, 'backups.manage')<RestoreResult>(),
} as const;
