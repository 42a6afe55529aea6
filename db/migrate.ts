import { readMigrationFiles } from 'drizzle-orm/migrator';
import { backupDatabase, restoreDatabaseFile } from './backup.ts';
import { openSqlite, type Sqlite } from './open.ts';

// The only way the schema changes. Order matters and each step is there for a reason:
// 1. refuse a database written by a newer app (its data would be misread);
// 2. back up first, so a failure can always go back;
// 3. foreign keys off OUTSIDE the transaction (inside, the pragma is a no-op, and a
//    table rebuild's DROP TABLE would cascade-delete child rows: drizzle issue 5782);
// 4. all pending migrations in one transaction, then foreign_key_check before commit;
// 5. on any failure: roll back, restore the backup file and throw loudly.

export const migrationsTable = '__drizzle_migrations';

export class DatabaseNewerThanAppError extends Error {
  override name = 'DatabaseNewerThanAppError';
}
export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError';
  readonly backupFile: string | null;
  constructor(message: string, backupFile: string | null, options?: ErrorOptions) {
    super(message, options);
    this.backupFile = backupFile;
  }
}

export interface MigrationReport {
  applied: string[];
  schemaVersion: number;
  backupFile: string | null;
}

interface AppliedRow {
  hash: string;
  created_at: number;
}

function appliedMigrations(sqlite: Sqlite): AppliedRow[] {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(migrationsTable);
  if (!exists) return [];
  return sqlite.prepare(`SELECT hash, created_at FROM "${migrationsTable}" ORDER BY created_at`).all() as AppliedRow[];
}

function isEmptyDatabase(sqlite: Sqlite): boolean {
  const row = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  return row.n === 0;
}

export function pendingMigrations(sqlite: Sqlite, migrationsFolder: string) {
  const known = readMigrationFiles({ migrationsFolder });
  const applied = appliedMigrations(sqlite);
  const newestKnown = known.at(-1)?.folderMillis ?? 0;
  const newer = applied.filter((row) => Number(row.created_at) > newestKnown);
  if (newer.length > 0) {
    throw new DatabaseNewerThanAppError(
      `Basis data ini dibuat oleh versi Lindung yang lebih baru (${applied.length} migrasi, aplikasi ini mengenal ${known.length}). ` +
        'Perbarui aplikasi; basis data tidak diubah. / This database was written by a newer Lindung; update the app. Nothing was changed.',
    );
  }
  const last = applied.at(-1);
  const lastMillis = last ? Number(last.created_at) : -1;
  return { known, pending: known.filter((m) => m.folderMillis > lastMillis) };
}

type Migration = ReturnType<typeof readMigrationFiles>[number];

/** Steps 3 and 4: foreign keys off outside, one transaction, foreign_key_check, keys on. */
export function applyPending(sqlite: Sqlite, pending: Migration[], schemaVersion: number): string[] {
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "${migrationsTable}" (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
    const record = sqlite.prepare(`INSERT INTO "${migrationsTable}" (hash, created_at) VALUES (?, ?)`);
    const applied: string[] = [];
    sqlite.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
        record.run(migration.hash, migration.folderMillis);
        applied.push(String(migration.folderMillis));
      }
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new Error(`foreign_key_check found ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 5))}`);
      }
      sqlite.pragma(`user_version = ${schemaVersion}`);
    })();
    return applied;
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

/** Migrates the database file in place. The caller must not hold it open. */
export function migrateDatabaseFile(
  file: string,
  options: { migrationsFolder: string; backupDir: string },
): MigrationReport {
  const sqlite = openSqlite(file);
  let backupFile: string | null = null;
  try {
    const { known, pending } = pendingMigrations(sqlite, options.migrationsFolder);
    if (pending.length === 0) return { applied: [], schemaVersion: known.length, backupFile: null };
    if (!isEmptyDatabase(sqlite)) backupFile = backupDatabase(sqlite, options.backupDir, `before-v${known.length}`);

    const applied = applyPending(sqlite, pending, known.length);
    return { applied, schemaVersion: known.length, backupFile };
  } catch (error) {
    if (error instanceof DatabaseNewerThanAppError) throw error;
    sqlite.close();
    if (backupFile) restoreDatabaseFile(backupFile, file);
    throw new MigrationFailedError(
      `Migrasi basis data gagal; ${backupFile ? `cadangan dipulihkan dari ${backupFile}` : 'tidak ada yang diubah'}. ` +
        `Aplikasi berhenti agar data aman. / Database migration failed; ${backupFile ? `restored ${backupFile}` : 'nothing was changed'}. ` +
        `Cause: ${(error as Error).message}`,
      backupFile,
      { cause: error },
    );
  } finally {
    if (sqlite.open) sqlite.close();
  }
}
