import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { keyFilePath, pendingKeyFilePath } from '../core/encryption/key-file.ts';
import { render, renderBoth } from '../core/messages.ts';
import type { MessageKey } from '../core/api/messages/catalogue.ts';

// The encryption passphrase for the CLI and `lindung serve`: LINDUNG_PASSPHRASE, or typed at the
// terminal without echo. Never an option on the command line (it would sit in the shell history
// and in the process list).

export const passphraseEnv = 'LINDUNG_PASSPHRASE';

export const isEncrypted = (dataDir: string) => existsSync(keyFilePath(dataDir)) || existsSync(pendingKeyFilePath(dataDir));

/** Typed at the terminal, not shown; null without a terminal. */
export async function askHidden(key: MessageKey): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const question = rl.question(`${render({ key }, 'id')} / ${renderBoth({ key }).en}`);
    muted = true;
    return await question;
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

/** The passphrase an encrypted data folder needs (undefined when it is not encrypted). */
export async function passphraseFor(dataDir: string, env = process.env): Promise<string | undefined> {
  if (!isEncrypted(dataDir)) return undefined;
  return env[passphraseEnv] || ((await askHidden('encryption.askPassphrase')) ?? undefined);
}
