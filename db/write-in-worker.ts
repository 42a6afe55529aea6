import { Worker } from 'node:worker_threads';
import { workerCode } from './worker-code.ts';
import { databaseKeys } from './database-key.ts';
import type { Sqlite } from './open.ts';
import { ProgramGuardFailed, ProgramStopped, runProgram, type ProgramOutcome, type WriteProgram } from './write-program.ts';
import type { FromWriteWorker } from './write-worker.ts';

// Runs a long write program (write-program.ts) on a worker thread with its own connection to
// the database file: the thread that serves the screens stays free for the whole write and its
// COMMIT (seconds at a million rows). The caller holds the app's write gate meanwhile; reads go
// to the read-only connection. A database the worker cannot open (in memory) runs the program
// on the caller's connection, pausing between chunks.

export interface RunOptions {
  progress(phase: string, done: number, total: number | null): void;
  signal: AbortSignal;
}

/** Workers that answered and still tidy up (statistics, a checkpoint): a restore waits for them. */
const finishing = new Set<Promise<unknown>>();

/** Resolves once every write worker has ended (before a restore closes the database's connections). */
export async function writeWorkersEnded(): Promise<void> {
  await Promise.all([...finishing]);
}

const onDisk = (sqlite: Sqlite) => !sqlite.memory && sqlite.name !== '' && sqlite.name !== ':memory:';

export async function runWriteProgram(sqlite: Sqlite, program: WriteProgram, options: RunOptions): Promise<ProgramOutcome> {
  if (!onDisk(sqlite)) {
    return runProgram(sqlite, program, { progress: options.progress, stopped: () => options.signal.aborted, pause: () => new Promise((resolve) => setImmediate(resolve)) });
  }
  // The previous program's worker may still be copying its log into the file: this one writes
  // after it, to a short log (pages found in a log of gigabytes are slow to read).
  await writeWorkersEnded();
  const stop = new SharedArrayBuffer(4);
  const stopFlag = new Int32Array(stop);
  const worker = new Worker(workerCode('write-worker'), { workerData: { file: sqlite.name, program, stop, keys: databaseKeys() } });
  const ended = new Promise((resolve) => worker.once('exit', resolve));
  finishing.add(ended);
  void ended.then(() => finishing.delete(ended));
  const onAbort = () => Atomics.store(stopFlag, 0, 1);
  options.signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await new Promise<ProgramOutcome>((resolve, reject) => {
      let settled = false;
      worker.on('message', (message: FromWriteWorker) => {
        if (message.kind === 'progress') options.progress(message.phase, message.done, message.total);
        else if (message.kind === 'done') {
          settled = true;
          resolve({ counts: message.counts, results: message.results });
        } else {
          settled = true;
          reject(message.reason === 'stopped' ? new ProgramStopped() : message.reason === 'guard' ? new ProgramGuardFailed(message.message) : new Error(`write program failed: ${message.message}`));
        }
      });
      worker.on('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`the write worker stopped (exit ${code}) before it finished; nothing was written`));
      });
    });
  } finally {
    options.signal.removeEventListener('abort', onAbort);
    // The worker closes its connection and ends by itself once it has answered (after its
    // tidying up: the caller does not wait for that; a restore does, writeWorkersEnded).
  }
}
