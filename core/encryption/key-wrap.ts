import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

// The database key (32 random bytes) never lies on disk as it is: it is wrapped, by a
// passphrase (the CLI, `lindung serve`, and the desktop app's way back in) and by the OS
// keystore (the desktop app, through Electron's safeStorage: electron/ passes a KeyWrapper).

/** The OS keystore, as the desktop app gives it. Core never imports Electron. */
export interface KeyWrapper {
  /** False where the OS offers no keystore (Linux without a secret service): use the passphrase. */
  available(): boolean;
  wrap(key: Buffer): string;
  /** Throws when this computer's keystore cannot open it (another user, another computer). */
  unwrap(wrapped: string): Buffer;
}

export interface PassphraseWrap {
  by: 'passphrase';
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}
export interface KeystoreWrap {
  by: 'keystore';
  data: string;
}
export type KeyWrap = PassphraseWrap | KeystoreWrap;

/** OWASP's scrypt setting (128 MiB, about a quarter second): once per start, not per call. */
const cost = { N: 2 ** 17, r: 8, p: 1 };
const maxmem = 256 * 1024 * 1024;
const b64 = (b: Buffer) => b.toString('base64');

function kek(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem });
}

export function wrapWithPassphrase(key: Buffer, passphrase: string, params = cost): PassphraseWrap {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek(passphrase, salt, params), iv);
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { by: 'passphrase', kdf: 'scrypt', ...params, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** The key, or null when the passphrase is not the one it was wrapped with (GCM's tag says so). */
export function unwrapWithPassphrase(wrap: PassphraseWrap, passphrase: string): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', kek(passphrase, Buffer.from(wrap.salt, 'base64'), wrap), Buffer.from(wrap.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrap.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
