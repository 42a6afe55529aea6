import { readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { arch, freemem, homedir, platform, release, totalmem } from 'node:os';
import { basename } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { AppInfo } from '../api/contract.ts';
import type { DownloadToken } from '../api/imports.ts';
import type { ServiceContext } from '../context.ts';
import { scrub } from './scrub.ts';

// "Kirim laporan masalah": a ZIP for IT with the application log and the versions, offered as a
// download like an export. Never the database, never a staged file or plan, never a backup:
// only the log files (scrubbed once more on the way in) and facts about the program and the
// computer. The data folder's path is shown with the home folder as ~ (it names the OS user).

/** Free and total bytes of the disk under a folder (null where the OS does not say). */
function diskSpace(dir: string): { freeBytes: number; totalBytes: number } | null {
  try {
    const s = statfsSync(dir);
    return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  } catch {
    return null;
  }
}

const withoutHome = (path: string) => {
  const home = homedir();
  return home && path.startsWith(home) ? `~${path.slice(home.length)}` : path;
};

export function problemReportVersions(info: AppInfo, dataDir: string) {
  return {
    createdAt: new Date().toISOString(),
    app: { version: info.version, schemaVersion: info.schemaVersion, host: info.host },
    runtime: { node: process.versions.node, electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null, v8: process.versions.v8, sqlite: process.versions.sqlite ?? null },
    os: { platform: platform(), release: release(), arch: arch(), totalMemoryBytes: totalmem(), freeMemoryBytes: freemem() },
    dataFolder: { path: withoutHome(dataDir), disk: diskSpace(dataDir) },
  };
}

const readme = `Laporan masalah Lindung / Lindung problem report

Berisi: log aplikasi (logs/) dan versi program, sistem operasi dan ruang disk (versions.json).
Tidak berisi basis data, berkas yang diimpor, cadangan, atau data pribadi.
Kirim berkas ini kepada petugas TI yang menangani Lindung.

Contains: the application log (logs/) and the versions of the program, the operating system
and the free disk space (versions.json). It holds no database, imported files, backups or
personal data. Send this file to the IT staff who look after Lindung.
`;

export function writeProblemReport(ctx: ServiceContext, info: AppInfo): DownloadToken {
  const now = new Date();
  const entries: Record<string, Uint8Array> = {
    'BACA-README.txt': strToU8(readme),
    'versions.json': strToU8(JSON.stringify(problemReportVersions(info, ctx.runtime.dataDir), null, 2)),
  };
  for (const file of ctx.runtime.log.files()) {
    try {
      entries[`logs/${basename(file)}`] = strToU8(scrub(readFileSync(file, 'utf8')));
    } catch {
      // rotated away meanwhile
    }
  }
  const stamp = now.toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const out = ctx.runtime.files.reserveOutgoing(`lindung-laporan-masalah-${stamp}.zip`);
  writeFileSync(out.path, zipSync(entries, { level: 6, mtime: now }));
  ctx.runtime.log.info('problemReport', { logFiles: Object.keys(entries).length - 2 });
  return { token: out.token, fileName: out.name };
}
