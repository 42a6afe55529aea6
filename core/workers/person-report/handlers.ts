import type { privacyChannels } from '../../api/channels/privacy.ts';
import type { HandlersOf } from '../../handler-types.ts';
import { getPrivacySettings, savePrivacySettings } from '../../settings/privacy-settings.ts';
import { makePersonReport } from './report-service.ts';

export const privacyHandlers: HandlersOf<typeof privacyChannels> = {
  'workers.report': (ctx, input) => makePersonReport(ctx, input),
  'privacy.settings': (ctx) => getPrivacySettings(ctx),
  'privacy.saveSettings': (ctx, input) => savePrivacySettings(ctx, input),
};
