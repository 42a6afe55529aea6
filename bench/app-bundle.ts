// Core as the app ships it, for a bench to measure: an entry bundled the way electron-vite builds
// the main process (scripts/main-bundle.ts: the same dependencies bundled, the same worker
// entries beside it), into a scratch folder under node_modules/.cache (so the external
// dependencies resolve), removed by `remove`. Node's TypeScript loader and the ~450 modules of
// drizzle-orm loaded one by one are not what an office PC runs, and they cost a process some
// 120 MB of memory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { bundledDependencies, workerInputs } from '../scripts/main-bundle.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface AppBundle {
  /** The bundled entry, to run with `node`. */
  entry: string;
  /** The folder of the workers (pass to useBuiltWorkers). */
  folder: string;
  remove(): void;
}

/** Bundles `entry` (a path from the repository's root) with the app's workers. */
export async function bundleForBench(entry: string): Promise<AppBundle> {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(join(cache, 'lindung-bench-app-'));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    ssr: { noExternal: bundledDependencies },
    build: {
      ssr: true,
      outDir: folder,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: { input: { 'bench-entry': entry, ...workerInputs }, output: { format: 'es', entryFileNames: '[name].js' } },
    },
  });
  // ES modules: under node_modules Node looks for no package scope of ours.
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  return { entry: join(folder, 'bench-entry.js'), folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
