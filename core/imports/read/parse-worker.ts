// The worker side of read-in-worker.ts: reads one file and streams its rows back in batches,
// never running further ahead of the main thread than `maxBatchesInFlight` batches.
// Started on this .ts file directly: Node 24 strips the types itself (erasable syntax only).
import { parentPort, workerData } from 'node:worker_threads';
import { baseName, readErrors } from './errors.ts';
import { listSheets, openSheet, toReadError } from './reader.ts';
import type { FromWorker, ToWorker, WorkerJob } from './worker-protocol.ts';
import type { RawRow } from './types.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread');

const job = workerData as WorkerJob;
const post = (m: FromWorker) => port.postMessage(m);

let acked = 0;
let wake: (() => void) | null = null;
const onMessage = (m: ToWorker) => {
  if (m && m.type === 'ack' && typeof m.seq === 'number') {
    acked = Math.max(acked, m.seq);
    const w = wake;
    wake = null;
    w?.();
  }
};
port.on('message', onMessage);

async function run(): Promise<void> {
  if (job.op === 'list') {
    post({ type: 'sheets', sheets: await listSheets(job.file, { limits: job.limits }) });
    post({ type: 'done', progress: { bytesRead: 0, bytesTotal: 0, rowsRead: 0 } });
    return;
  }
  const opened = await openSheet(job.file, { sheet: job.sheet, limits: job.limits });
  post({ type: 'opened', source: opened.source, sheet: opened.sheet, sheets: opened.sheets });
  let seq = 0;
  let batch: RawRow[] = [];
  const flush = async () => {
    seq++;
    post({ type: 'batch', seq, rows: batch, progress: opened.progress() });
    batch = [];
    while (seq - acked >= job.maxBatchesInFlight) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  try {
    for await (const row of opened.rows) {
      batch.push(row);
      if (batch.length >= job.batchSize) await flush();
    }
    if (batch.length > 0) await flush();
  } finally {
    opened.close();
  }
  post({ type: 'done', progress: opened.progress() });
}

run()
  .catch((e: unknown) => {
    const where = { file: baseName(job.file) };
    const err = e === undefined ? readErrors.internal(where) : toReadError(e, where, job.limits);
    post({ type: 'error', error: err.toData() });
  })
  .finally(() => {
    port.off('message', onMessage);
    port.unref();
  });
