// The worker side of write-in-worker.ts: its own connection to the database file runs one write
// program (write-program.ts) and exits. Progress goes back as messages; a stop request is a flag
// in shared memory, read between chunks.
import { parentPort, workerData } from 'node:worker_threads';
import { takeDatabaseKeys } from './database-key.ts';
import { openSqlite } from './sqlite-connection.ts';
import { ProgramGuardFailed, ProgramStopped, runProgram, type WriteProgram } from './write-program.ts';

export type FromWriteWorker =
  | { kind: 'progress'; phase: string; done: number; total: number | null }
  | { kind: 'done'; counts: Record<string, number>; results: Record<string, unknown> }
  | { kind: 'failed'; reason: 'stopped' | 'guard' | 'error'; message: string };

if (!parentPort) throw new Error('write-worker.ts runs only as a worker thread');
const port = parentPort;
const { file, program, stop, keys } = workerData as { file: string; program: WriteProgram; stop: SharedArrayBuffer; keys: [string, string][] };
takeDatabaseKeys(keys); // the database's and the scratch plan's, from the starter's memory
const stopFlag = new Int32Array(stop);
const send = (message: FromWriteWorker) => port.postMessage(message);

let lastProgress = 0;
// 16 MB of page cache unless the program asks for more (WriteProgram.cacheMib): a commit of
// 100,000 employers took the same time with 64 MB, which was 75 MB more at the import's peak.
const sqlite = openSqlite(file, { skipQuickCheck: true, cacheMib: program.cacheMib ?? 16 });
// A big write checkpoints after it has answered (below); SQLite's own checkpoint would run inside
// its COMMIT, copying the whole log into the file while the import still looks unfinished (half
// of a million-row commit's COMMIT, which the WAL's sync alone makes durable: 5.3 s against 2.2 s).
if (program.checkpoint) sqlite.pragma('wal_autocheckpoint = 0');
// One helper thread for SQLite's sorter: an index built anew after a big import sorts in runs
// (index-rebuild.ts) that it sorts and merges beside the writer, ~10 % faster on two cores
// (three indexes on a million rows: 2.6 s against 2.9 s, median of three); 2 threads, no faster.
sqlite.pragma('threads = 1');
try {
  const outcome = await runProgram(sqlite, program, {
    progress: (phase, done, total) => {
      const now = Date.now();
      if (now - lastProgress < 100 && done !== total) return;
      lastProgress = now;
      send({ kind: 'progress', phase, done, total });
    },
    stopped: () => Atomics.load(stopFlag, 0) === 1,
    pause: () => undefined,
  });
  // Many pages changed: the planner's statistics first (ANALYZE writes, so it stays inside the
  // caller's wait: a write from the screens meanwhile would wait for it on their thread). The
  // write is saved already: statistics that cannot be written now (another process holds the
  // lock) are left for the next connection's optimize, never reported as a failed write.
  try {
    sqlite.pragma('optimize');
  } catch {
    // the planner keeps the statistics it had
  }
  // Saved (the COMMIT synced the log): the caller hears it now. The log is then copied back
  // into the file so it does not stay gigabytes (journal_size_limit shrinks it), which cost a
  // million-row commit seconds of waiting: PASSIVE first, blocking no one while it copies; the
  // TRUNCATE after it has little left to do.
  send({ kind: 'done', counts: outcome.counts, results: outcome.results });
  if (program.checkpoint) {
    try {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
      // The screens may write now: a TRUNCATE waiting for readers holds their writes back, so it
      // waits briefly and otherwise leaves the log to the background checkpointer.
      sqlite.pragma('busy_timeout = 100');
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // readers still on the old pages: the background checkpointer copies the rest later
    }
  }
} catch (error) {
  const reason = error instanceof ProgramStopped ? 'stopped' : error instanceof ProgramGuardFailed ? 'guard' : 'error';
  send({ kind: 'failed', reason, message: error instanceof Error ? error.message : String(error) });
} finally {
  sqlite.close();
}
