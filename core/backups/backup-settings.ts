import { backupSettingsSchema, defaultBackupSettings, type BackupSettings } from '../api/backups.ts';
import type { ServiceContext } from '../context.ts';
import type { CoreContext } from '../context.ts';
import { getUiSetting, setUiSetting } from '../settings/ui-settings-service.ts';

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
  setUiSetting(ctx, key, JSON.stringify(settings));
  return settings;
}
