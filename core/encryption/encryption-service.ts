import type { EncryptionStatus } from '../api/channels/encryption.ts';
import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { dropPendingKeyFile } from './key-file.ts';
import { hostKeystore } from './state.ts';
import { encryptionState, writePendingKey } from './unlock.ts';

// The settings page's side. A running host holds the database open (its reader, the background
// checkpointer), and a plain WAL database is converted only with nobody else on it: turning
// encryption on here writes the wrapped key as pending, and the next start converts the
// database and its backups before anything opens them (unlock.ts), as after a crash.

export function encryptionStatus(ctx: ServiceContext): EncryptionStatus {
  const state = encryptionState(ctx.runtime.dataDir);
  return { ...state, keystoreAvailable: hostKeystore()?.available() ?? false };
}

export function requestEncryption(ctx: ServiceContext, input: { passphrase: string; confirmLostKey: true }): EncryptionStatus {
  const before = encryptionState(ctx.runtime.dataDir);
  if (before.on || before.pending) throw new AppError('CONFLICT', msg('encryption.alreadyOn'));
  const keystore = hostKeystore();
  writePendingKey(ctx.runtime.dataDir, { passphrase: input.passphrase, keystore });
  try {
    writeAudited(ctx, ({ audit }) =>
      audit({ action: 'encrypt', entity: 'database', entityUid: null, label: 'lindung.db', before: { encrypted: false }, after: { encrypted: 'at next start', wrappedBy: keystore?.available() ? ['passphrase', 'keystore'] : ['passphrase'] } }),
    );
  } catch (error) {
    dropPendingKeyFile(ctx.runtime.dataDir); // not recorded: not requested
    throw error;
  }
  return encryptionStatus(ctx);
}
