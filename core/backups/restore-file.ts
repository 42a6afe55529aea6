import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupManifest } from '../api/backups.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { fsyncDir, fsyncFile, sha256File } from './backup-files.ts';
import { readManifest } from './backup-list.ts';

// Putting a backup file in the database's place. The old database's -wal and -shm go first:
// left beside the restored file, SQLite would replay the old log into it ("database disk image
// is malformed"). The copy is verified and synced under a temporary name, then renamed.

/** The backup's manifest, once its checksum matches; a clear refusal otherwise. */
export function verifiedManifest(backupPath: string): BackupManifest {
  if (!existsSync(backupPath)) throw new AppError('NOT_FOUND', msg('backups.notFound', { file: backupPath }));
  const manifest = readManifest(backupPath);
  if (!manifest) throw new AppError('CONFLICT', msg('backups.noManifest', { file: backupPath }));
  if (sha256File(backupPath) !== manifest.sha256) throw new AppError('CONFLICT', msg('backups.checksumMismatch', { file: manifest.file }));
  return manifest;
}

/** Replaces a closed database file with a verified backup. */
export function replaceDatabaseFile(backupPath: string, databaseFile: string, sha256: string): void {
  const tmp = `${databaseFile}.restoring`;
  copyFileSync(backupPath, tmp);
  if (process.platform !== 'win32') chmodSync(tmp, 0o600);
  fsyncFile(tmp);
  if (sha256File(tmp) !== sha256) {
    rmSync(tmp, { force: true });
    throw new AppError('CONFLICT', msg('backups.checksumMismatch', { file: backupPath }));
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true });
  renameSync(tmp, databaseFile);
  fsyncDir(dirname(databaseFile));
}
