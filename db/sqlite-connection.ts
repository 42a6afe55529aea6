import { auditHash } from './audit-hash.ts';
import { foldText } from './fold.ts';
import { newUid } from './ids.ts';
import { nameHasPrefixes, nameWordsJson } from './name-words.ts';
import { applyKey, databaseKeyFor } from './database-key.ts';
import { newSqlite, type Sqlite } from './sqlite-driver.ts';

// A connection with its key, the pragmas and the functions these records need, without
// drizzle: worker threads (the write worker) open only this; drizzle and the schema cost a
// thread ~200 MB of memory while they load.

export type { Sqlite };

/** The file is encrypted and the key given (or none) does not open it: SQLITE_NOTADB. */
export class DatabaseKeyError extends Error {
  override name = 'DatabaseKeyError';
}

export class DatabaseCorruptError extends Error {
  override name = 'DatabaseCorruptError';
}

/** Opens (or creates) a database file with the pragmas these records need. */
export function openSqlite(file: string | Buffer, options: { readonly?: boolean; skipQuickCheck?: boolean; cacheMib?: number } = {}): Sqlite {
  // A Buffer is a serialized database opened in memory (tests copy a prepared template).
  const sqlite = newSqlite(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  // An encrypted file's key comes first: nothing else can read a page before it.
  const key = typeof file === 'string' ? databaseKeyFor(file) : null;
  if (key) applyKey(sqlite, key);
  try {
    sqlite.pragma('schema_version', { simple: true });
  } catch (error) {
    sqlite.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new DatabaseKeyError(`${key ? 'the key does not open' : 'no key for the encrypted file'} ${String(file)}`);
    throw error;
  }
  if (!options.readonly && typeof file === 'string') {
    sqlite.pragma('journal_mode = WAL');
    // After a big write is checkpointed the log file shrinks back to this (it stayed gigabytes).
    sqlite.pragma('journal_size_limit = 67108864');
  }
  sqlite.pragma('synchronous = FULL'); // registers people file with the government: durability over speed
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache by default (SQLite's default is 2 MB): an import writes a register's
  // rows, its indexes, the FTS index and the audit log in one transaction; a small cache spills.
  // The screens' connections (database.ts: screensCacheMib) and the write worker ask for less.
  sqlite.pragma(`cache_size = -${Math.round((options.cacheMib ?? 64) * 1024)}`);
  sqlite.function('fold', { deterministic: true }, (v: unknown) => foldText(v));
  // The words of a name for the quick search (person_word's triggers and its pages).
  sqlite.function('name_words', { deterministic: true }, nameWordsJson);
  sqlite.function('name_has_prefixes', { deterministic: true }, nameHasPrefixes);
  // Set-based writes (an import's audit rows) give each row its uid in SQL.
  sqlite.function('new_uid', { deterministic: false }, () => newUid());
  // The audit log's hash chain (audit-hash.ts): every connection, workers too, writes rows with it.
  sqlite.function('audit_hash', { deterministic: false, varargs: true }, (...values: unknown[]) => auditHash(values[0], ...values.slice(1)));
  if (!options.skipQuickCheck) {
    const result = sqlite.pragma('quick_check', { simple: true });
    if (result !== 'ok') {
      sqlite.close();
      throw new DatabaseCorruptError(`quick_check failed for ${file}: ${String(result)}`);
    }
  }
  // Keep the planner's statistics fresh on long-lived connections (SQLite's advice).
  if (!options.readonly && typeof file === 'string') sqlite.pragma('optimize = 0x10002');
  return sqlite;
}
