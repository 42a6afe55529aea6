import { z } from 'zod';
import { read, write } from '../channel.ts';
import { officeProfileInputSchema, type OfficeProfile } from '../office-profile.ts';
import { setupInput, type SetupStatus } from '../reference.ts';

// The office that uses this copy of the app: its profile and the first-start setup.

const noInput = z.object({}).strict();

export const settingsChannels = {
  'settings.officeProfile.get': read(noInput, 'app')<OfficeProfile>(),
  'settings.officeProfile.save': write(officeProfileInputSchema, 'settings.write')<OfficeProfile>(),
  'setup.status': read(noInput, 'app')<SetupStatus>(),
  'setup.complete': write(setupInput, 'settings.write')<OfficeProfile>(),
} as const;
