import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyWrap } from './key-wrap.ts';

// The small file beside the database that says it is encrypted: the cipher and the wrapped
// key(s), readable by the user alone. Without it (or without its passphrase or this computer's
// keystore) the database cannot be read by anyone.

export const keyFileName = 'lindung.key';
/** Written before a plain database is converted; renamed to lindung.key once it is (crash-safe). */
export const pendingKeyFileName = 'lindung.key.pending';

export interface KeyFile {
  format: 1;
  cipher: string;
  wraps: KeyWrap[];
}

export const keyFilePath = (dataDir: string) => join(dataDir, keyFileName);
export const pendingKeyFilePath = (dataDir: string) => join(dataDir, pendingKeyFileName);

export function readKeyFile(path: string): KeyFile | null {
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  if (parsed.format !== 1 || !Array.isArray(parsed.wraps)) throw new Error(`${path}: not a Lindung key file`);
  return parsed;
}

/** Written whole or not at all (a temporary file renamed), mode 0600. */
export function writeKeyFile(path: string, file: KeyFile): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600); // the umask cannot widen it, an older file's mode does not carry over
  renameSync(temporary, path);
}

export function promotePendingKeyFile(dataDir: string): void {
  renameSync(pendingKeyFilePath(dataDir), keyFilePath(dataDir));
}
export function dropPendingKeyFile(dataDir: string): void {
  rmSync(pendingKeyFilePath(dataDir), { force: true });
}
