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

/** Creates the data folder if needed, migrates (with backup) and opens the database. */
export function openDatabase(options: { dataDir: string; migrationsFolder?: string }): OpenDatabase {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, databaseFileName);
  const migration = migrateDatabaseFile(file, {
    migrationsFolder: options.migrationsFolder ?? sourceMigrationsFolder,
    backupDir: join(options.dataDir, 'backups'),
  });
  const sqlite = openSqlite(file);
  return { db: wrapDrizzle(sqlite), sqlite, file, dataDir: options.dataDir, migration, close: () => sqlite.close() };
}

/** An in-memory database with every migration applied: for tests and scratch work. */
/** A second, read-only connection to the same file (WAL: it reads while the other writes). */
export function openReader(file: string): { db: Db; sqlite: Sqlite } {
  const sqlite = openSqlite(file, { readonly: true, skipQuickCheck: true });
  return { db: wrapDrizzle(sqlite), sqlite };
}

export function openMemoryDatabase(migrationsFolder = sourceMigrationsFolder): { db: Db; sqlite: Sqlite } {
  const sqlite = openSqlite(':memory:', { skipQuickCheck: true });
  const { known, pending } = pendingMigrations(sqlite, migrationsFolder);
  applyPending(sqlite, pending, known.length);
  return { db: wrapDrizzle(sqlite), sqlite };
}
