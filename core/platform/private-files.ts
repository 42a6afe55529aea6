import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

// The data folder holds people's NIKs and wages: on a shared office PC only the user who runs
// Lindung may read it. New files and folders are private by the umask set at start; what an
// older version made (folders 0755, files 0644) is put right by makePrivate at each start.
// Windows keeps rights in ACLs (the user's profile folder is private already): nothing to do.

const applies = (platform: NodeJS.Platform) => platform !== 'win32';

/** New files 0600 and folders 0700 from here on, in this whole process. */
export function restrictUmask(platform = process.platform): void {
  // A worker thread cannot set it (the process's main thread has).
  if (applies(platform) && isMainThread) process.umask(0o077);
}

/** Folders 0700, files 0600, the data folder itself included; symbolic links are left alone. */
export function makePrivate(dataDir: string, platform = process.platform): void {
  if (!applies(platform)) return;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const visit = (path: string) => {
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      return; // gone meanwhile (another process's scratch file)
    }
    if (stat.isSymbolicLink()) return;
    const wanted = stat.isDirectory() ? 0o700 : 0o600;
    try {
      if ((stat.mode & 0o777) !== wanted) chmodSync(path, wanted);
    } catch {
      // not ours (another user's file in a shared folder): left as it is
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        return;
      }
      for (const name of names) visit(join(path, name));
    }
  };
  visit(dataDir);
}
