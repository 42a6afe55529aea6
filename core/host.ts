import type { AppInfo } from './api/contract.ts';
import { createRouter, type Router, type RouterDeps } from './router.ts';
import { createRuntime, type Runtime } from './runtime.ts';
import { afterStart, prepareData } from './startup.ts';
import { scheduleBackups } from './backups/schedule.ts';
import { checkpointInBackground } from '../db/checkpointer.ts';
import { writeWorkersEnded } from '../db/write-in-worker.ts';
import { openDatabase, openReader, type OpenDatabase } from '../db/database.ts';
import type { Sqlite } from '../db/open.ts';
import { openEncrypted, unlockDatabase, type KeySources } from './encryption/unlock.ts';
import { disposeParseWorkers, warmParseWorker } from './imports/read/read-in-worker.ts';
import { endWarmPackageWorker } from './award/package/build-in-worker.ts';
import { warmRegionResolver } from './reference/regions/region-service.ts';
import { makePrivate, restrictUmask } from './platform/private-files.ts';
import { keepHeapGrowthSmall } from './platform/heap-growth.ts';
import { releaseFreedHeap } from './platform/heap-release.ts';
import { join } from 'node:path';
import { openAppLog } from './logs/app-log.ts';

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
  /** Scheduled backups (core/backups/schedule.ts; default: not for the one-shot CLI). */
  scheduleBackups?: boolean;
  /** Where an encrypted database's key comes from (a passphrase, the OS keystore). */
  keys?: KeySources;
}): Core {
  keepHeapGrowthSmall(); // before the reference data's first load and any import
  // Before anything is written: the data folder and all in it for this user alone.
  restrictUmask();
  makePrivate(options.dataDir);
  const log = openAppLog(join(options.dataDir, 'logs'), { host: options.host });
  log.info('start', { host: options.host, version: options.version, node: process.versions.node, electron: process.versions.electron ?? null, platform: process.platform });
  let database: OpenDatabase;
  try {
    unlockDatabase(options.dataDir, options.keys ?? {});
    database = openEncrypted(() => openDatabase({ dataDir: options.dataDir, ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}) }));
    const loaded = prepareData({ db: database.db, sqlite: database.sqlite, now: () => new Date() });
    // A first start (or new regions) read the reference data: the pages that took are given back.
    if (loaded.regions !== null || loaded.kbli !== null) releaseFreedHeap();
  } catch (error) {
    log.error('start.failed', error);
    throw error;
  }
  const { migration } = database;
  if (migration.applied.length) log.info('migrations', { applied: migration.applied.join(' '), schemaVersion: migration.schemaVersion, backup: migration.backupFile ? 'made' : 'none' });
  const runtime = createRuntime(options.dataDir, undefined, log);
  runtime.files.sweep();
  let reader = openReader(database.file);
  // The router reads its connections from `deps` at each call: a restore replaces them there.
  const deps: RouterDeps = {
    db: database.db,
    sqlite: database.sqlite,
    reader,
    runtime,
    logError: (channel, error) => log.error('call.failed', error, { channel }),
    info: () => ({ version: options.version, schemaVersion: database.migration.schemaVersion, dataDir: options.dataDir, host: options.host }),
  };
  const router = createRouter(deps);
  // The app and `lindung serve` stay up: a month is frozen once it ends (checked every hour, on the
  // connection the router uses now: a restore replaces it). A one-shot CLI command starts no such work.
  if (options.host !== 'cli') {
    const monthEndWork = () => void afterStart({ db: deps.db, sqlite: deps.sqlite, runtime, now: () => new Date() }, (error) => log.error('coverage.freeze.failed', error));
    monthEndWork();
    setInterval(monthEndWork, 60 * 60 * 1000).unref();
  }
  if (options.warm ?? options.host !== 'cli') {
    void warmParseWorker();
    setImmediate(() => warmRegionResolver({ sqlite: database.sqlite }));
  }
  const background = options.backgroundCheckpoints ?? options.host !== 'cli';
  let checkpointer = background ? checkpointInBackground(database.sqlite, database.file) : null;
  const reopen = (whenOpened?: (sqlite: Sqlite) => void) => {
    const opened = openDatabase({ dataDir: options.dataDir, ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}) });
    whenOpened?.(opened.sqlite);
    prepareData({ db: opened.db, sqlite: opened.sqlite, now: () => new Date() });
    Object.assign(database, { db: opened.db, sqlite: opened.sqlite, migration: opened.migration });
    reader = openReader(database.file);
    Object.assign(deps, { db: database.db, sqlite: database.sqlite, reader });
    checkpointer = background ? checkpointInBackground(database.sqlite, database.file) : null;
  };
  runtime.database = {
    file: database.file,
    appVersion: options.version,
    current: () => ({ db: database.db, sqlite: database.sqlite }),
    async swap(replace, rollback, whenOpened) {
      // Reads wait at the gate (held by the caller) until the new connections are in place.
      delete deps.reader;
      runtime.reads.dispose();
      await checkpointer?.close();
      checkpointer = null;
      await writeWorkersEnded(); // a commit's worker may still be checkpointing the file
      reader.sqlite.close();
      database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      database.sqlite.close();
      try {
        await replace();
        reopen(whenOpened);
      } catch (error) {
        if (database.sqlite.open) database.sqlite.close();
        try {
          await rollback();
        } catch (rollbackError) {
          // The file was never replaced (e.g. Windows refused the rename): it is still there to reopen.
          console.error('[lindung] restore: putting the previous database back failed:', rollbackError);
        }
        reopen();
        throw error;
      }
      return { db: database.db, sqlite: database.sqlite, schemaVersion: database.migration.schemaVersion };
    },
  };
  const schedule = (options.scheduleBackups ?? options.host !== 'cli') ? scheduleBackups(runtime, { onError: (error) => console.error('[lindung] scheduled backup:', error) }) : null;
  database.close = () => {
    schedule?.stop();
    void checkpointer?.close();
    runtime.reads.dispose();
    runtime.imports.endAll();
    void disposeParseWorkers();
    endWarmPackageWorker();
    if (reader.sqlite.open) reader.sqlite.close();
    if (database.sqlite.open) database.sqlite.close();
    runtime.files.removeOwn();
    log.info('stop', { host: options.host });
  };
  return { database, runtime, router };
}
