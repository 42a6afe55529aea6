import { userInfo } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Actor } from '../core/context.ts';
import { createRouter } from '../core/router.ts';
import { prepareData } from '../core/startup.ts';
import { createRuntime } from '../core/runtime.ts';
import { openDatabase } from '../db/database.ts';
import { resolveDataDir } from '../db/data-dir.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The person at this computer: accounts come later, so the OS user name stands in. */
export function localActor(via: 'cli' | 'serve'): Actor {
  let name = 'operator';
  try {
    name = userInfo().username || name;
  } catch {
    // no user database (some containers): keep the generic name
  }
  return { id: `${via}:${name}`, name };
}

/** Opens the data folder (migrating with backup) and a router over it, for the CLI hosts. */
export function openHost(options: { dataDir?: string | undefined; host: 'serve' | 'cli' }) {
  const dataDir = resolveDataDir({ flag: options.dataDir });
  const database = openDatabase({ dataDir });
  prepareData({ db: database.db, sqlite: database.sqlite, now: () => new Date() });
  const runtime = createRuntime(dataDir);
  runtime.files.sweep();
  const router = createRouter({
    db: database.db,
    sqlite: database.sqlite,
    runtime,
    info: () => ({ version: pkg.version, schemaVersion: database.migration.schemaVersion, dataDir, host: options.host }),
  });
  return { database, router, runtime, dataDir, version: pkg.version };
}
