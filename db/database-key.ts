import { resolve } from 'node:path';
import type Database from 'better-sqlite3';

// The keys of encrypted SQLite files, in this process's memory only (never on disk, never in a
// log). Every connection to a file opens through openSqlite (open.ts), which asks here: the
// app's database (its key unwrapped at start) and a dry run's scratch plan (a random key per
// job). A worker thread has its own memory: its starter passes `databaseKeys()` along.

/**
 * AEGIS (SQLite3 Multiple Ciphers): authenticated like ChaCha20-Poly1305 (a page changed in the
 * file is refused, not read), and on the AES instructions of every office PC of the last decade
 * a page read from the OS cache costs ~1.1× a plain one against ChaCha20's ~2.6× (a 300,000-row
 * scan, this machine). The key file names the cipher: a file of another cipher is refused by name.
 */
export const databaseCipher = 'aegis';

const keys = new Map<string, Buffer>();
const place = (file: string) => resolve(file);

export function setDatabaseKey(file: string, key: Buffer | null): void {
  if (key) keys.set(place(file), Buffer.from(key));
  else keys.delete(place(file));
}

export function databaseKeyFor(file: string): Buffer | null {
  return keys.get(place(file)) ?? null;
}

/** Every key, for a worker thread's workerData (its own memory). */
export function databaseKeys(): [string, string][] {
  return [...keys].map(([file, key]) => [file, key.toString('hex')]);
}
export function takeDatabaseKeys(list: readonly [string, string][] | undefined): void {
  for (const [file, hex] of list ?? []) keys.set(file, Buffer.from(hex, 'hex'));
}

/** The first statement on a connection to an encrypted file: the cipher, then the raw key. */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma(`cipher = '${databaseCipher}'`);
  sqlite.pragma(`hexkey = '${key.toString('hex')}'`);
}

/** The 16 bytes every plain SQLite file starts with: an encrypted one never does. */
export const plainHeader = Buffer.from('SQLite format 3\0', 'latin1');
