import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BackupManifest } from '../api/backups.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { fsyncDir, fsyncFile } from './backup-files.ts';
import { sha256InWorker } from './hash-in-worker.ts';
import { readManifest } from './backup-list.ts';

// Putting a backup file in the database's place. The old database's -wal and -shm go first:
// left beside the restored file, SQLite would replay the old log into it ("database disk image
// is malformed"). The copy is verified and synced under a temporary name, then renamed.

/** The backup's manifest, once its checksum matches; a clear refusal otherwise. */
export async function verifiedManifest(backupPath: string): Promise<BackupManifest> {
  if (!existsSync(backupPath)) throw new AppError('NOT_FOUND', msg('backups.notFound', { file: backupPath }));
  const manifest = readManifest(backupPath);
  if (!manifest) throw new AppError('CONFLICT', msg('backups.noManifest', { file: backupPath }));
  if ((await sha256InWorker(backupPath)) !== manifest.sha256) throw new AppError('CONFLICT', msg('backups.checksumMismatch', { file: manifest.file }));
  return manifest;
}

/** Replaces a closed database file with a verified backup. */
export async function replaceDatabaseFile(backupPath: string, databaseFile: string, sha256: string): Promise<void> {
  const tmp = `${databaseFile}.restoring`;
  await copyFile(backupPath, tmp); // on libuv's threads: the screens' thread stays free
  if (process.platform !== 'win32') chmodSync(tmp, 0o600);
  fsyncFile(tmp);
  if ((await sha256InWorker(tmp)) !== sha256) {
    rmSync(tmp, { force: true });
    throw new AppError('CONFLICT', msg('backups.checksumMismatch', { file: backupPath }));
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true });
  renameSync(tmp, databaseFile);
  fsyncDir(dirname(databaseFile));
}
