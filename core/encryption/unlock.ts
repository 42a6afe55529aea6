import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { databaseCipher, setDatabaseKey } from '../../db/database-key.ts';
import { databaseFileName } from '../../db/data-dir.ts';
import { DatabaseKeyError } from '../../db/open.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { encryptBackupsIn, encryptFileInPlace, isPlainSqlite } from './convert.ts';
import { dropPendingKeyFile, keyFilePath, pendingKeyFilePath, promotePendingKeyFile, readKeyFile, writeKeyFile, type KeyFile } from './key-file.ts';
import { unwrapWithPassphrase, wrapWithPassphrase, type KeyWrap, type KeyWrapper } from './key-wrap.ts';
import { setEncryptionOn, setHostKeystore } from './state.ts';

// At every start, before the database is opened: is it encrypted (a key file), and with what
// key? The key goes to database-key.ts (memory) and nowhere else. A conversion a crash cut
// short (a pending key file) is finished here, before anything reads the file.

export interface KeySources {
  /** LINDUNG_PASSPHRASE or what was typed at the terminal. */
  passphrase?: string | null | undefined;
  /** The desktop app's OS keystore (electron/ passes it). */
  keystore?: KeyWrapper | null | undefined;
}

export const minPassphraseLength = 12;
export const backupsFolder = (dataDir: string) => join(dataDir, 'backups');

export function encryptionState(dataDir: string): { on: boolean; pending: boolean; wrappedBy: KeyWrap['by'][] } {
  const file = readKeyFile(keyFilePath(dataDir));
  const pending = file ? null : readKeyFile(pendingKeyFilePath(dataDir));
  return { on: !!file, pending: !!pending, wrappedBy: (file ?? pending)?.wraps.map((w) => w.by) ?? [] };
}

function unwrap(file: KeyFile, sources: KeySources): Buffer {
  const keystore = sources.keystore?.available() ? sources.keystore : null;
  for (const wrap of file.wraps) {
    if (wrap.by !== 'keystore' || !keystore) continue;
    try {
      return keystore.unwrap(wrap.data);
    } catch {
      // another user's or computer's keystore: the passphrase may still open it
    }
  }
  const byPassphrase = file.wraps.find((w) => w.by === 'passphrase');
  if (byPassphrase && sources.passphrase) {
    const key = unwrapWithPassphrase(byPassphrase, sources.passphrase);
    if (!key) throw new AppError('FORBIDDEN', msg('encryption.wrongPassphrase'));
    return key;
  }
  throw new AppError('FORBIDDEN', msg('encryption.locked'));
}

/** Unlocks the data folder's database for this process; false when it is not encrypted. */
export function unlockDatabase(dataDir: string, sources: KeySources): boolean {
  setHostKeystore(sources.keystore);
  const file = readKeyFile(keyFilePath(dataDir));
  const pending = file ? null : readKeyFile(pendingKeyFilePath(dataDir));
  const keyFile = file ?? pending;
  if (!keyFile) {
    setEncryptionOn(false);
    return false;
  }
  // One cipher for every file of a process (the scratch plan ATTACHes under the database's):
  // a key file of another cipher would open nothing, so it is refused by name.
  if (keyFile.cipher !== databaseCipher) throw new Error(`lindung.key names cipher "${keyFile.cipher}"; this Lindung uses "${databaseCipher}"`);
  const key = unwrap(keyFile, sources);
  if (pending) finishConversion(dataDir, key);
  setDatabaseKey(join(dataDir, databaseFileName), key);
  setEncryptionOn(true);
  return true;
}

function finishConversion(dataDir: string, key: Buffer): string[] {
  encryptFileInPlace(join(dataDir, databaseFileName), key, { wal: true });
  const backups = encryptBackupsIn(backupsFolder(dataDir), key);
  promotePendingKeyFile(dataDir);
  return backups;
}

/** A new random key, wrapped, in the pending key file: the next open converts the database. */
export function writePendingKey(dataDir: string, sources: KeySources & { passphrase: string }): Buffer {
  if (sources.passphrase.length < minPassphraseLength) throw new AppError('INVALID_INPUT', msg('encryption.passphraseTooShort', { min: minPassphraseLength }));
  const key = randomBytes(32);
  const wraps: KeyWrap[] = [wrapWithPassphrase(key, sources.passphrase)];
  if (sources.keystore?.available()) wraps.push({ by: 'keystore', data: sources.keystore.wrap(key) });
  writeKeyFile(pendingKeyFilePath(dataDir), { format: 1, cipher: databaseCipher, wraps });
  return key;
}

/**
 * Turns encryption on for a data folder whose database is closed (the CLI, or a host at its
 * next start): a new random key, wrapped by the passphrase (and the keystore when there is
 * one), the database and the plain backups in the backups folder encrypted under it.
 */
export function turnOnEncryption(dataDir: string, sources: KeySources & { passphrase: string }): { backupsEncrypted: string[] } {
  if (readKeyFile(keyFilePath(dataDir))) throw new AppError('CONFLICT', msg('encryption.alreadyOn'));
  const key = writePendingKey(dataDir, sources);
  try {
    return { backupsEncrypted: finishConversion(dataDir, key) };
  } catch (error) {
    // Still plain (the rekey is one transaction): nothing needs the key. Encrypted: the pending
    // file is the only way in, kept; the next start finishes the backups.
    if (isPlainSqlite(join(dataDir, databaseFileName))) dropPendingKeyFile(dataDir);
    throw error;
  }
}

/** Opens with `open`; a key that opens nothing is a coded message, never a crash loop. */
export function openEncrypted<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof DatabaseKeyError) throw new AppError('FORBIDDEN', msg('encryption.wrongKey'));
    throw error;
  }
}
