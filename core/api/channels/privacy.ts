import { z } from 'zod';
import { read, write } from '../channel.ts';
import { personReportInput, privacySettingsInput, type PersonReportResult, type PrivacySettings } from '../privacy.ts';

// UU PDP: the person's own data report (audited: who asked for whose report) and the office's
// privacy settings (the worker register's NIK column hidden by default).

export const privacyChannels = {
  /** Personal data leaves the app as a file: the export permission, like a register export. */
  'workers.report': write(personReportInput, 'records.export')<PersonReportResult>(),
  'privacy.settings': read(z.object({}).strict(), 'app')<PrivacySettings>(),
  'privacy.saveSettings': write(privacySettingsInput, 'settings.write')<PrivacySettings>(),
} as const;
