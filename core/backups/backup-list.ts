import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupManifest } from '../api/backups.ts';
import { isBackupName, manifestPathOf, tmpSuffix } from './backup-files.ts';

// The complete backups of a folder: a .db with its manifest beside it (the manifest is written
// last). Newest first.

export function readManifest(file: string): BackupManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(manifestPathOf(file), 'utf8')) as BackupManifest;
    return manifest.format === 1 && typeof manifest.sha256 === 'string' ? manifest : null;
  } catch {
    return null;
  }
}

export function listBackups(dir: string): BackupManifest[] {
  if (!existsSync(dir)) return [];
  const found: BackupManifest[] = [];
  for (const name of readdirSync(dir)) {
    if (!isBackupName(name)) continue;
    const manifest = readManifest(join(dir, name));
    if (manifest && manifest.file === name) found.push(manifest);
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Removes a backup and its manifest. */
export function removeBackup(dir: string, file: string): void {
  rmSync(manifestPathOf(join(dir, file)), { force: true });
  rmSync(join(dir, file), { force: true });
}

/** Leftovers of a killed run: temporary files not touched for hours (another process may be writing a fresh one). */
export function sweepIncomplete(dir: string, now = Date.now()): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('lindung-') || !name.endsWith(tmpSuffix)) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > 6 * 3_600_000) rmSync(path, { force: true });
    } catch {
      // gone already
    }
  }
}
