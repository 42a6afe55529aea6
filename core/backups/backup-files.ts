import type * as nodeCrypto from 'node:crypto';
import { createHash } from 'node:crypto';
import type * as nodeFs from 'node:fs';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// The file work of a backup: names, private modes, fsync, checksums, atomic renames. A backup is
// written under a temporary name, synced, then renamed: a killed run leaves a `.tmp` (swept),
// never a half-written file under a backup's name.

export const backupsFolderName = 'backups';
export const tmpSuffix = '.tmp';

export const backupsDirOf = (dataDir: string) => join(dataDir, backupsFolderName);

/**
 * lindung-20261203T004600+0800-daily.db: the office's own date and time (WITA here, so a backup
 * taken on the morning of the 3rd is not named the 2nd), with its offset; UTC ('Z') before the
 * office has a time zone. The kind says why it was taken.
 */
export function backupFileName(at: Date, kind: string, utcOffsetMinutes = 0): string {
  const local = new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
  const offset = Math.abs(utcOffsetMinutes);
  const zone = utcOffsetMinutes === 0 ? 'Z' : `${utcOffsetMinutes < 0 ? '-' : '+'}${String(Math.floor(offset / 60)).padStart(2, '0')}${String(offset % 60).padStart(2, '0')}`;
  return `lindung-${local}${zone}-${kind}.db`;
}

export const manifestPathOf = (backupFile: string) => backupFile.replace(/\.db$/, '.json');

/** A folder only the user can read (0700 on POSIX; Windows keeps the profile's ACL). */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable (the folder's entry); a no-op where folders cannot be opened (Windows). */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on some platforms: the rename is still atomic, only its durability is the OS's
  } finally {
    closeSync(fd);
  }
}

/**
 * SHA-256 of a file, read in 4 MB pieces. It is given its modules and names nothing else outside
 * itself, so that hash-in-worker.ts runs this same function's text on a worker thread.
 */
export function sha256FileWith(crypto: Pick<typeof nodeCrypto, 'createHash'>, fs: Pick<typeof nodeFs, 'openSync' | 'readSync' | 'closeSync'>, file: string): string {
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  const fd = fs.openSync(file, 'r');
  try {
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** SHA-256 of a file on this thread (sha256InWorker for big files on the screens' thread). */
export const sha256File = (file: string): string => sha256FileWith({ createHash }, { openSync, readSync, closeSync }, file);

/** Writes a small file under a temporary name, syncs it and renames it into place (mode 0600). */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = file + tmpSuffix;
  writeFileSync(tmp, content, { mode: 0o600 });
  fsyncFile(tmp);
  renameSync(tmp, file);
  fsyncDir(dirname(file));
}

export const isBackupName = (name: string) => /^lindung-\d{8}T\d{6}(?:Z|[+-]\d{4})-[\w-]+\.db$/.test(basename(name));
