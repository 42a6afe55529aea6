import type BetterSqlite3 from 'better-sqlite3';
import Cipher from 'better-sqlite3-multiple-ciphers';

// Every connection in the app is made here, with better-sqlite3-multiple-ciphers: a fork of
// better-sqlite3 (same API, same prebuilt N-API binaries) built on SQLite3 Multiple Ciphers.
// One SQLite for all connections: an encrypted file opens only in a build that has the cipher,
// and the workers, the reader and the scratch plans must all read what the main one wrote.
// Types stay better-sqlite3's (drizzle's driver is typed against them; the API is the same).

export type Sqlite = BetterSqlite3.Database;
export type SqliteOptions = BetterSqlite3.Options;

export function newSqlite(file: string | Buffer, options: SqliteOptions = {}): Sqlite {
  return new Cipher(file, options);
}
