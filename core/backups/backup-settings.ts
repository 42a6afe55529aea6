import { isAbsolute } from 'node:path';
import { backupSettingsSchema, defaultBackupSettings, type BackupSettings } from '../api/backups.ts';
import type { ServiceContext } from '../context.ts';
import type { CoreContext } from '../context.ts';
import { getUiSetting, setUiSetting } from '../settings/ui-settings-service.ts';
import { invalidInput } from '../app-error.ts';
import { msg } from '../messages.ts';

// The schedule's settings live in user_setting (one JSON value, audited when saved): no table of their own.

const key = 'backups.settings';

export function readBackupSettings(ctx: Pick<CoreContext, 'db'>): BackupSettings {
  const stored = getUiSetting(ctx as ServiceContext, key);
  if (!stored) return defaultBackupSettings;
  try {
    const parsed = backupSettingsSchema.safeParse({ ...defaultBackupSettings, ...(JSON.parse(stored) as object) });
    return parsed.success ? parsed.data : defaultBackupSettings;
  } catch {
    return defaultBackupSettings;
  }
}

export function saveBackupSettings(ctx: ServiceContext, settings: BackupSettings): BackupSettings {
  // A relative folder would be read against wherever the app happens to run: never the USB stick meant.
  if (settings.secondFolder !== null && !isAbsolute(settings.secondFolder)) throw invalidInput(msg('backups.secondFolderRelative', { folder: settings.secondFolder }), { issues: [{ path: 'secondFolder' }] });
  setUiSetting(ctx, key, JSON.stringify(settings), { entity: 'backup_settings', fields: (value) => ({ ...defaultBackupSettings, ...(JSON.parse(value) as object) }) });
  return settings;
}
