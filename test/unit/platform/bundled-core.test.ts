import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleForBench } from '../../../bench/app-bundle.ts';
import { workerEntries } from '../../../db/worker-code.ts';
import { tempDir } from '../support/test-db.ts';

// The app ships core bundled (electron.vite.config.ts), with some dependencies inlined and each
// worker thread an entry of its own (scripts/main-bundle.ts). Built the same way here and run
// under Node: an import reads and commits on the built workers, a backup runs, and every worker
// the app names is emitted. The Electron window itself is tested in electron-smoke.spec.ts.

describe('core bundled as the app ships it', { timeout: 300_000 }, () => {
  it('imports, lists and backs up with its workers loaded from the built folder', async () => {
    const app = await bundleForBench('test/unit/platform/bundled-core-entry.ts');
    const data = tempDir();
    try {
      for (const name of Object.keys(workerEntries)) expect(existsSync(join(app.folder, `${name}.js`)), name).toBe(true);
      const migrations = fileURLToPath(new URL('../../../db/migrations', import.meta.url));
      const out = execFileSync(process.execPath, [app.entry, data.path, app.folder, migrations], { encoding: 'utf8', timeout: 240_000 });
      const result = JSON.parse(out.trim().split('\n').at(-1)!) as { rows: number; backup: string; parseWorker: string };
      expect(result.rows).toBe(300);
      expect(result.backup).toBe('done');
      expect(result.parseWorker).toBe(`file://${app.folder}/parse-worker.js`);
    } finally {
      app.remove();
      data.remove();
    }
  });
});
