import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, sourceMigrationsFolder } from '../../db/database.ts';
import { DatabaseNewerThanAppError, MigrationFailedError, migrateDatabaseFile } from '../../db/migrate.ts';
import { tempDir } from './support/test-db.ts';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const scratch = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};

/** Writes a drizzle-style migrations folder from SQL strings. */
function migrationsFolder(root: string, migrations: string[]): string {
  const folder = join(root, 'migrations');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const entries = migrations.map((sql, idx) => {
    const tag = `000${idx}_step`;
    writeFileSync(join(folder, `${tag}.sql`), sql);
    return { idx, version: '6', when: 1_700_000_000_000 + idx, tag, breakpoints: true };
  });
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries }));
  return folder;
}

const parentChild = `CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
--> statement-breakpoint
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE, note TEXT);`;

// What drizzle-kit emits for an SQLite column change: rebuild the table under a new name.
const rebuildParent = `CREATE TABLE __new_parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT);
--> statement-breakpoint
INSERT INTO __new_parent (id, name) SELECT id, name FROM parent;
--> statement-breakpoint
DROP TABLE parent;
--> statement-breakpoint
ALTER TABLE __new_parent RENAME TO parent;`;

function seedParentChild(file: string) {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.exec("INSERT INTO parent VALUES (1, 'Badung'), (2, 'Gianyar'); INSERT INTO child VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c');");
  db.close();
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('migrations', () => {
  it('creates a fresh database, records the schema version, and is idempotent', () => {
    const dir = scratch();
    const first = openDatabase({ dataDir: dir });
    expect(first.migration.applied.length).toBeGreaterThan(0);
    expect(first.migration.backupFile).toBeNull(); // nothing to back up yet
    expect(first.sqlite.pragma('user_version', { simple: true })).toBe(first.migration.schemaVersion);
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(first.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    first.close();
    const again = openDatabase({ dataDir: dir });
    expect(again.migration.applied).toEqual([]);
    again.close();
  });

  it('keeps child rows when a migration rebuilds their parent table (the cascade trap)', () => {
    const dir = scratch();
    const file = join(dir, 'trap.db');
    const v1 = migrationsFolder(join(dir, 'v1'), [parentChild]);
    migrateDatabaseFile(file, { migrationsFolder: v1, backupDir: join(dir, 'backups') });
    seedParentChild(file);
    const v2 = migrationsFolder(join(dir, 'v2'), [parentChild, rebuildParent]);
    const report = migrateDatabaseFile(file, { migrationsFolder: v2, backupDir: join(dir, 'backups') });
    expect(report.applied).toHaveLength(1);
    expect(count(file, 'parent')).toBe(2);
    expect(count(file, 'child')).toBe(3);
    expect(report.backupFile && existsSync(report.backupFile)).toBe(true);
  });

  it('shows the trap is real: the same rebuild with foreign keys on deletes the children', () => {
    const dir = scratch();
    const file = join(dir, 'naive.db');
    migrateDatabaseFile(file, { migrationsFolder: migrationsFolder(join(dir, 'v1'), [parentChild]), backupDir: join(dir, 'b') });
    seedParentChild(file);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    db.transaction(() => db.exec(rebuildParent.replaceAll('--> statement-breakpoint', '')))();
    db.close();
    expect(count(file, 'child')).toBe(0);
  });

  it('stops loudly on a failing migration and restores the backup', () => {
    const dir = scratch();
    const file = join(dir, 'fail.db');
    migrateDatabaseFile(file, { migrationsFolder: migrationsFolder(join(dir, 'v1'), [parentChild]), backupDir: join(dir, 'b') });
    seedParentChild(file);
    const broken = migrationsFolder(join(dir, 'v2'), [
      parentChild,
      `ALTER TABLE parent ADD COLUMN code TEXT;\n--> statement-breakpoint\nINSERT INTO nowhere VALUES (1);`,
    ]);
    let thrown: unknown;
    try {
      migrateDatabaseFile(file, { migrationsFolder: broken, backupDir: join(dir, 'b') });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MigrationFailedError);
    expect((thrown as Error).message).toMatch(/Migrasi basis data gagal.*cadangan dipulihkan/);
    expect((thrown as MigrationFailedError).backupFile).toMatch(/before-v2/);
    const db = new Database(file, { readonly: true });
    const columns = (db.prepare('PRAGMA table_info(parent)').all() as { name: string }[]).map((c) => c.name);
    db.close();
    expect(columns).toEqual(['id', 'name']);
    expect(count(file, 'child')).toBe(3);
  });

  it('refuses a foreign-key violation left by a migration and changes nothing', () => {
    const dir = scratch();
    const file = join(dir, 'fk.db');
    migrateDatabaseFile(file, { migrationsFolder: migrationsFolder(join(dir, 'v1'), [parentChild]), backupDir: join(dir, 'b') });
    seedParentChild(file);
    const orphaning = migrationsFolder(join(dir, 'v2'), [parentChild, 'DELETE FROM parent WHERE id = 2;']);
    expect(() => migrateDatabaseFile(file, { migrationsFolder: orphaning, backupDir: join(dir, 'b') })).toThrow(/foreign_key_check/);
    expect(count(file, 'parent')).toBe(2);
  });

  it('refuses to open a database written by a newer app, without touching it', () => {
    const dir = scratch();
    openDatabase({ dataDir: dir }).close();
    const file = join(dir, 'lindung.db');
    const db = new Database(file);
    db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 4_102_444_800_000);
    db.close();
    expect(() => openDatabase({ dataDir: dir })).toThrow(DatabaseNewerThanAppError);
    expect(count(file, '__drizzle_migrations')).toBe(readdirSync(sourceMigrationsFolder).filter((f) => f.endsWith('.sql')).length + 1);
  });
});
