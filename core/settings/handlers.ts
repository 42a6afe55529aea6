import type { settingsChannels } from '../api/channels/settings.ts';
import type { HandlersOf } from '../handler-types.ts';
import { completeSetup, getSetupStatus } from '../setup/setup-service.ts';
import { getOfficeProfile, saveOfficeProfile } from './office-profile-service.ts';

export const settingsHandlers: HandlersOf<typeof settingsChannels> = {
  'settings.officeProfile.get': (ctx) => getOfficeProfile(ctx),
  'settings.officeProfile.save': (ctx, input) => saveOfficeProfile(ctx, input),
  'setup.status': (ctx) => getSetupStatus(ctx),
  'setup.complete': (ctx, input) => completeSetup(ctx, input),
};
