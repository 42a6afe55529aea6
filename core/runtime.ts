import { join } from 'node:path';
import type { Db, Sqlite } from '../db/open.ts';
import { FileStore } from './files/file-store.ts';
import { openAppLog, type AppLog } from './logs/app-log.ts';
import { HeldReads } from './imports/held-reads.ts';
import { ImportScratch } from './imports/import-scratch.ts';
import { Gate } from './jobs/gate.ts';
import { JobRegistry } from './jobs/job-registry.ts';
import { appRegisters } from './registers/index.ts';
import type { RegisterDefinition } from './registers/register-definition.ts';
import { createRegistry, type Registry } from './registers/registry.ts';

/** Per-host state beside the database: staged files, running jobs, the write gate. */
export interface Runtime {
  dataDir: string;
  files: FileStore;
  jobs: JobRegistry;
  /** Held by a job that keeps a transaction open across awaits; other calls wait for it. */
  gate: Gate;
  /** The staged files and dry-run plans of imports not yet over (removed when they end). */
  imports: ImportScratch;
  /** An import's inspect read, held for the dry run that follows. */
  reads: HeldReads;
  /** The application log (<data folder>/logs): events and errors, nothing personal. */
  log: AppLog;
  /** The registers this host serves (core/registers/index.ts, or a test's own list). */
  registers: Registry;
  /** Replaces the database under this host's connections (a restore); set by startCore. */
  database?: DatabaseSwitch;
}

/** The open database of a host, and the one way to put another file in its place. */
export interface DatabaseSwitch {
  file: string;
  appVersion: string;
  /** The connections in use now (a restore replaces them). */
  current(): { db: Db; sqlite: Sqlite };
  /**
   * Closes every connection (reader, checkpointer, writer), runs `replace`, reopens (migrating an
   * older file) and points the router at the new connections. The caller holds the write gate.
   * If reopening fails, `rollback` puts the previous file back and it is reopened. `opened` runs on
   * the new file once it is migrated, before the app's own start-up writes (reference data) go in.
   */
  swap(replace: () => Promise<void> | void, rollback: () => Promise<void> | void, opened?: (sqlite: Sqlite) => void): Promise<{ db: Db; sqlite: Sqlite; schemaVersion: number }>;
}

export function createRuntime(dataDir: string, registers: readonly RegisterDefinition[] = appRegisters, log: AppLog = openAppLog(join(dataDir, 'logs'))): Runtime {
  const files = new FileStore(dataDir);
  return { dataDir, files, imports: new ImportScratch(files), log, jobs: new JobRegistry(log), gate: new Gate(), reads: new HeldReads(), registers: createRegistry(registers) };
}
