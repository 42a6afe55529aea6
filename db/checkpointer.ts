import { Worker } from 'node:worker_threads';
import { workerCode } from './worker-code.ts';
import { databaseKeyFor } from './database-key.ts';
import type { Sqlite } from './open.ts';

// A write's COMMIT is durable once the write-ahead log is synced; copying the log back into
// the database file (a checkpoint) can come later. SQLite does it inside the COMMIT that
// crosses 1,000 pages: half the commit time of a 20,000-row import. Here a worker thread with
// its own connection does it instead, off the thread that serves the screens.

export interface Checkpointer {
  /** Resolves once the worker has opened the file. */
  ready: Promise<void>;
  /** Stops the worker; the connection `sqlite` checkpoints by itself again. */
  close(): Promise<void>;
}

/** Moves the checkpoints of `sqlite` (a WAL connection to `file`) to a worker thread. */
export function checkpointInBackground(sqlite: Sqlite, file: string, options: { intervalMs?: number } = {}): Checkpointer {
  let worker: Worker;
  try {
    worker = new Worker(workerCode('checkpoint-worker'), { workerData: { file, intervalMs: options.intervalMs ?? 1000, key: databaseKeyFor(file)?.toString('hex') ?? null } });
  } catch {
    return { ready: Promise.resolve(), close: () => Promise.resolve() }; // the connection keeps checkpointing itself
  }
  worker.unref();
  // Until the worker is up, and if it ever stops, the connection checkpoints itself as before.
  const selfCheckpoint = () => {
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  };
  const ready = new Promise<void>((resolve) => {
    worker.once('message', () => {
      // A host closed (or a restore swapped) before the worker was up: nothing to hand over.
      if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 0');
      resolve();
    });
    worker.once('exit', () => resolve());
  });
  worker.on('error', () => {}); // reported by 'exit'
  worker.once('exit', selfCheckpoint);
  return {
    ready,
    close: async () => {
      selfCheckpoint();
      worker.postMessage('close');
      await new Promise((resolve) => (worker.threadId === -1 ? resolve(undefined) : worker.once('exit', resolve)));
    },
  };
}
