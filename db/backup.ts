import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Sqlite } from './open.ts';

const stamp = (d = new Date()) => d.toISOString().replace(/[-:]/g, '').replace(/\..+/, 'Z');

/**
 * A consistent copy of a live database (VACUUM INTO works under WAL and takes the
 * read lock for us). Returns the backup's path.
 */
export function backupDatabase(sqlite: Sqlite, targetDir: string, label = 'backup'): string {
  mkdirSync(targetDir, { recursive: true });
  const target = join(targetDir, `${basename(sqlite.name, '.db')}-${stamp()}-${label}.db`);
  if (existsSync(target)) rmSync(target);
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Puts a backup back in place of a closed database file, dropping its WAL files. */
export function restoreDatabaseFile(backupFile: string, databaseFile: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  copyFileSync(backupFile, databaseFile);
}
