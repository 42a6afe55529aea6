import type { backupChannels } from '../api/channels/backups.ts';
import type { HandlersOf } from '../handler-types.ts';
import { backupOverview, startBackupJob } from './backup-service.ts';
import { readBackupSettings, saveBackupSettings } from './backup-settings.ts';
import { findBackup, previewRestore, restoreBackup } from './restore-service.ts';

export const backupHandlers: HandlersOf<typeof backupChannels> = {
  'backups.list': (ctx) => backupOverview(ctx),
  'backups.create': (ctx) => startBackupJob(ctx, 'manual'),
  'backups.settings.get': (ctx) => readBackupSettings(ctx),
  'backups.settings.save': (ctx, input) => saveBackupSettings(ctx, input),
  'backups.restorePreview': (ctx, input) => previewRestore(ctx, findBackup(ctx, input.file)),
  'backups.restore': (ctx, input) => restoreBackup(ctx, findBackup(ctx, input.file), input.confirm),
};
