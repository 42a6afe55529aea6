import { z } from 'zod';
import { read, write } from '../channel.ts';

// Encryption at rest, for the administrator: whether it is on, and turning it on (the database
// is converted at the app's next start, before anything opens it).

export interface EncryptionStatus {
  on: boolean;
  /** Turned on, converted at the next start. */
  pending: boolean;
  wrappedBy: ('passphrase' | 'keystore')[];
  /** This computer's keystore can hold the key (the desktop app on most systems). */
  keystoreAvailable: boolean;
}

export const encryptionTurnOnInput = z
  .object({
    passphrase: z.string().min(12).max(200),
    /** The administrator read that a lost passphrase (and keystore) means data nobody can read. */
    confirmLostKey: z.literal(true),
  })
  .strict();

export const encryptionChannels = {
  'encryption.status': read(z.object({}).strict(), 'backups.manage')<EncryptionStatus>(),
  'encryption.turnOn': write(encryptionTurnOnInput, 'backups.manage')<EncryptionStatus>(),
} as const;
