import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupManifest, BackupResult } from '../api/backups.ts';
import { fsyncDir, fsyncFile, manifestPathOf, sha256File, tmpSuffix, writeFileAtomic } from './backup-files.ts';

// The copy in the second folder (a USB drive), made after the main backup and verified by its
// checksum before it takes its name. A folder that is not there (drive unplugged) is reported.

export function copyToSecondFolder(mainFile: string, manifest: BackupManifest, folder: string | null): BackupResult['secondCopy'] {
  if (!folder) return 'none';
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return 'missing';
  const target = join(folder, manifest.file);
  const tmp = target + tmpSuffix;
  try {
    copyFileSync(mainFile, tmp);
    if (process.platform !== 'win32') chmodSync(tmp, 0o600);
    fsyncFile(tmp);
    if (sha256File(tmp) !== manifest.sha256) {
      rmSync(tmp, { force: true });
      return 'failed';
    }
    renameSync(tmp, target);
    fsyncDir(folder);
    writeFileAtomic(manifestPathOf(target), `${JSON.stringify(manifest, null, 2)}\n`);
    return 'ok';
  } catch {
    rmSync(tmp, { force: true });
    return 'failed';
  }
}
