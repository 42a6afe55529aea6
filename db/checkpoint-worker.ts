// The worker side of checkpointer.ts: its own connection to the database file, copying the
// write-ahead log back into the file every second (a PASSIVE checkpoint: it never waits for
// readers or writers, and costs next to nothing when there is nothing to copy).
import { parentPort, workerData } from 'node:worker_threads';
import { newSqlite } from './sqlite-driver.ts';
import { applyKey } from './database-key.ts';

if (!parentPort) throw new Error('checkpoint-worker.ts runs only as a worker thread');
const port = parentPort;
const { file, intervalMs, key } = workerData as { file: string; intervalMs: number; key: string | null };
const db = newSqlite(file, { fileMustExist: true });
if (key) applyKey(db, Buffer.from(key, 'hex'));
db.pragma('synchronous = FULL'); // the copied pages are synced before the log is reused
db.pragma('busy_timeout = 100');

const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // busy (another connection's checkpoint): the next tick tries again
  }
};
const timer = setInterval(checkpoint, intervalMs);
port.on('message', (m: unknown) => {
  if (m === 'close') {
    clearInterval(timer);
    db.close();
    port.close();
  }
});
port.postMessage('ready');
