import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { tempDir } from '../support/test-db.ts';

// On Linux the data folder and everything in it are for the user alone: 0700 folders, 0600
// files, also those an older version left readable by everyone.

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every path under `dir`, the folder included. */
function walk(dir: string): string[] {
  return [dir, ...readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(e.parentPath, e.name)) : [join(e.parentPath, e.name)]))];
}

describe.skipIf(process.platform === 'win32')('private data files', () => {
  it('an old world-readable data folder is made private at start, and what is written later is private', async () => {
    const dir = tempDir().path;
    // As an old version left it: the folder 0755, a staged file of a run that ended 0644.
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'files', 'incoming'), { recursive: true, mode: 0o755 });
    chmodSync(join(dir, 'files'), 0o755);
    chmodSync(join(dir, 'files', 'incoming'), 0o755);
    writeFileSync(join(dir, 'files', 'incoming', 'old.json'), '{}', { mode: 0o644 });
    mkdirSync(join(dir, 'exports'), { mode: 0o755 });
    writeFileSync(join(dir, 'exports', 'pekerja.xlsx'), 'x', { mode: 0o644 });
    process.umask(0o022);

    const core = startCore({ dataDir: dir, version: 'test', host: 'cli' });
    try {
      const staged = await core.runtime.files.stage('data.csv', Readable.from(['NIK\n3171011501900001\n']), 1_000_000);
      const out = core.runtime.files.reserveOutgoing('ekspor.xlsx');
      writeFileSync(out.path, 'xlsx');
      core.database.sqlite.exec("CREATE TABLE IF NOT EXISTS t (x); INSERT INTO t VALUES (1)");
      expect(core.runtime.files.staged(staged.token).path).toBeTruthy();

      const paths = walk(dir);
      expect(paths.some((p) => p.endsWith('lindung.db-wal'))).toBe(true);
      expect(paths.some((p) => p.endsWith('.part') || p.endsWith('data.csv'))).toBe(true);
      for (const path of paths) {
        const wanted = statSync(path).isDirectory() ? 0o700 : 0o600;
        expect(mode(path).toString(8), path).toBe(wanted.toString(8));
      }
    } finally {
      core.database.close();
    }
  });
});
