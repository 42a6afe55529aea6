import type { AppInfo } from './api/contract.ts';
import { createRouter, type Router } from './router.ts';
import { createRuntime, type Runtime } from './runtime.ts';
import { prepareData } from './startup.ts';
import { checkpointInBackground } from '../db/checkpointer.ts';
import { openDatabase, openReader, type OpenDatabase } from '../db/database.ts';
import { disposeParseWorkers, warmParseWorker } from './imports/read/read-in-worker.ts';
import { warmRegionResolver } from './reference/regions/region-service.ts';

// What every host (desktop app, `lindung serve`, the CLI) does to start: open and migrate
// the database, load reference data, sweep old staged files (and those of processes that are
// gone), and build the router; closing removes this process's staged files.

export interface Core {
  database: OpenDatabase;
  runtime: Runtime;
  router: Router;
}

export function startCore(options: {
  dataDir: string;
  migrationsFolder?: string;
  version: string;
  host: AppInfo['host'];
  /**
   * Get the first import's tools ready now (default: not for the CLI): a parse worker, and the
   * region-name index (0.15 s to build) once the host has finished starting.
   */
  warm?: boolean;
  /** Checkpoints in a worker thread, not inside commits (default: not for the CLI, which exits soon). */
  backgroundCheckpoints?: boolean;
}): Core {
  const database = openDatabase({ dataDir: options.dataDir, ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}) });
  prepareData({ db: database.db, sqlite: database.sqlite, now: () => new Date() });
  const runtime = createRuntime(options.dataDir);
  runtime.files.sweep();
  const reader = openReader(database.file);
  const router = createRouter({
    db: database.db,
    sqlite: database.sqlite,
    reader,
    runtime,
    info: () => ({ version: options.version, schemaVersion: database.migration.schemaVersion, dataDir: options.dataDir, host: options.host }),
  });
  if (options.warm ?? options.host !== 'cli') {
    void warmParseWorker();
    setImmediate(() => warmRegionResolver({ sqlite: database.sqlite }));
  }
  const checkpointer = (options.backgroundCheckpoints ?? options.host !== 'cli') ? checkpointInBackground(database.sqlite, database.file) : null;
  const close = database.close;
  database.close = () => {
    void checkpointer?.close();
    runtime.reads.dispose();
    void disposeParseWorkers();
    reader.sqlite.close();
    close();
    runtime.files.removeOwn();
  };
  return { database, runtime, router };
}
