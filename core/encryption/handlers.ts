import type { encryptionChannels } from '../api/channels/encryption.ts';
import type { HandlersOf } from '../handler-types.ts';
import { encryptionStatus, requestEncryption } from './encryption-service.ts';

export const encryptionHandlers: HandlersOf<typeof encryptionChannels> = {
  'encryption.status': (ctx) => encryptionStatus(ctx),
  'encryption.turnOn': (ctx, input) => requestEncryption(ctx, input),
};
