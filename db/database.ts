import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseFileName } from './data-dir.ts';
import { applyPending, migrateDatabaseFile, pendingMigrations, type MigrationReport } from './migrate.ts';
import { openSqlite, wrapDrizzle, type Db, type Sqlite } from './open.ts';

/** Where the SQL migrations live when running from source (hosts that bundle pass their own). */
export const sourceMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenDatabase {
  db: Db;
  sqlite: Sqlite;
  file: string;
  dataDir: string;
  migration: MigrationReport;
  close(): void;
}

/**
 * The page cache of the connections that serve the screens (the host's own and its reader), in
 * MiB. Bulk writes run on the write worker's connection (16 MB, 64 MB for a commit of 500,000
 * rows or more: core/imports/commit-import.ts). A connection throws its whole
 * cache away on its first read after another connection wrote, and freeing a full 64 MB cache
 * (~16,000 pages) held the event loop ~250 ms after every large import; 16 MB keeps the pages
 * the screens' indexed reads come back to.
 */
export const screensCacheMib = 16;

/** Creates the data folder if needed, migrates (with backup) and opens the database. */
export function openDatabase(options: { dataDir: string; migrationsFolder?: string }): OpenDatabase {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, databaseFileName);
  const migration = migrateDatabaseFile(file, {
    migrationsFolder: options.migrationsFolder ?? sourceMigrationsFolder,
    backupDir: join(options.dataDir, 'backups'),
  });
  const sqlite = openSqlite(file, { cacheMib: screensCacheMib });
  return { db: wrapDrizzle(sqlite), sqlite, file, dataDir: options.dataDir, migration, close: () => sqlite.close() };
}

/** A second, read-only connection to the same file (WAL: it reads while the other writes). */
export function openReader(file: string): { db: Db; sqlite: Sqlite } {
  const sqlite = openSqlite(file, { readonly: true, skipQuickCheck: true, cacheMib: screensCacheMib });
  return { db: wrapDrizzle(sqlite), sqlite };
}

/** An in-memory database with every migration applied: for tests and scratch work. */
export function openMemoryDatabase(migrationsFolder = sourceMigrationsFolder): { db: Db; sqlite: Sqlite } {
  const sqlite = openSqlite(':memory:', { skipQuickCheck: true });
  const { known, pending } = pendingMigrations(sqlite, migrationsFolder);
  applyPending(sqlite, pending, known.length);
  return { db: wrapDrizzle(sqlite), sqlite };
}
