import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { databaseCipher, plainHeader } from '../../db/database-key.ts';
import { newSqlite } from '../../db/sqlite-driver.ts';

// Turning encryption on rewrites a plain SQLite file in place under the key. SQLite3 Multiple
// Ciphers cannot rekey a plain database in WAL mode, so the file leaves WAL (which copies the
// log into it and deletes the log), is rekeyed inside one rollback-journal transaction (a crash
// leaves it plain or encrypted, never half), and goes back to WAL.

export function isPlainSqlite(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.equals(plainHeader);
  } finally {
    closeSync(fd);
  }
}

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

/** Encrypts a plain file in place (no-op for one already encrypted). `wal`: leave it in WAL mode. */
export function encryptFileInPlace(file: string, key: Buffer, options: { wal: boolean }): boolean {
  if (!isPlainSqlite(file)) return false;
  const sqlite = newSqlite(file, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    // Another connection (the app, `lindung serve`) holds the file: leaving WAL is refused.
    if (sqlite.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new DatabaseInUseError(file);
    sqlite.pragma(`cipher = '${databaseCipher}'`);
    sqlite.pragma(`hexrekey = '${key.toString('hex')}'`);
    if (options.wal) sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close();
  }
  if (isPlainSqlite(file)) throw new Error(`${file} is still plain after rekey`);
  return true;
}

/** Every plain backup in `dir` encrypted under the same key (a restore still works; no plain copy stays). */
export function encryptBackupsIn(dir: string, key: Buffer): string[] {
  if (!existsSync(dir)) return [];
  const done: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.db')).sort()) {
    if (encryptFileInPlace(join(dir, name), key, { wal: false })) done.push(name);
  }
  return done;
}
