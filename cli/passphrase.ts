import { existsSync } from 'node:fs';
import { keyFilePath, pendingKeyFilePath } from '../core/encryption/key-file.ts';
import { render, renderBoth } from '../core/messages.ts';
import type { MessageKey } from '../core/api/messages/catalogue.ts';
import { askHiddenInput } from './hidden-input.ts';

// The encryption passphrase for the CLI and `lindung serve`: LINDUNG_PASSPHRASE, or typed at the
// terminal without echo. Never an option on the command line (it would sit in the shell history
// and in the process list).

export const passphraseEnv = 'LINDUNG_PASSPHRASE';

export const isEncrypted = (dataDir: string) => existsSync(keyFilePath(dataDir)) || existsSync(pendingKeyFilePath(dataDir));

/** Typed at the terminal, not shown; null without a terminal. */
export const askHidden = (key: MessageKey) => askHiddenInput(`${render({ key }, 'id')} / ${renderBoth({ key }).en}`);

/** The passphrase an encrypted data folder needs (undefined when it is not encrypted). */
export async function passphraseFor(dataDir: string, env = process.env): Promise<string | undefined> {
  if (!isEncrypted(dataDir)) return undefined;
  return env[passphraseEnv] || ((await askHidden('encryption.askPassphrase')) ?? undefined);
}
