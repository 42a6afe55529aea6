// A bench script run from core bundled as the app ships it (bench/app-bundle.ts): the parent
// bundles it and passes the built workers, the migrations and the bench folder in the
// environment (`bundledEnv`); the script calls `asShipped()` first, which points core at the
// built workers when they are named. Node's TypeScript loader and drizzle's modules loaded one by
// one cost a process some 120 MB that an office PC never holds.
// Usage, to run one script so: node bench/bundled-run.ts bench/import-only.ts employer 1000000
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { useBuiltWorkers } from '../db/worker-code.ts';

const benchFolder = fileURLToPath(new URL('.', import.meta.url));

/** The environment that tells a bundled script where the workers, migrations and bench files are. */
export function bundledEnv(workersFolder: string): NodeJS.ProcessEnv {
  return { ...process.env, BENCH_APP_WORKERS: workersFolder, BENCH_MIGRATIONS: fileURLToPath(new URL('../db/migrations', import.meta.url)), BENCH_FOLDER: benchFolder };
}

/** In a script: where its bench files are, the migrations to pass to startCore, and how core runs. */
export function asShipped(): { benchFolder: string; core: { migrationsFolder?: string }; how: string } {
  const workers = process.env.BENCH_APP_WORKERS;
  if (workers) useBuiltWorkers(pathToFileURL(`${workers}/`));
  const migrationsFolder = process.env.BENCH_MIGRATIONS;
  return {
    benchFolder: process.env.BENCH_FOLDER ?? benchFolder,
    core: migrationsFolder ? { migrationsFolder } : {},
    how: workers ? 'core bundled as the app ships it' : "core from source through Node's TypeScript loader (some 120 MB more than the app)",
  };
}

// Run as a command (never from inside a bundle, whose entry this module is part of).
if (import.meta.url.endsWith('/bench/bundled-run.ts') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [script, ...args] = process.argv.slice(2);
  if (!script) throw new Error('usage: node bench/bundled-run.ts <bench script> [arguments]');
  const { bundleForBench } = await import('./app-bundle.ts');
  const app = await bundleForBench(script);
  try {
    execFileSync(process.execPath, [...process.execArgv, app.entry, ...args], { stdio: 'inherit', env: bundledEnv(app.folder) });
  } finally {
    app.remove();
  }
}
