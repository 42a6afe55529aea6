// The worker side of read-in-worker.ts: takes ONE job by message, reads that file, streams its
// rows back in batches (never more than `maxBatchesInFlight` ahead of the main thread), and
// exits. A spare (`preload`) loads every reader first, so a job it takes starts at once.
// Started on this .ts file directly: Node 24 strips the types itself (erasable syntax only).
import { parentPort, workerData } from 'node:worker_threads';
import { baseName, readErrors } from './errors.ts';
import { listSheets, openSheet, toReadError } from './reader.ts';
import { holdInMemory } from './source-bytes.ts';
import { unseal } from '../../files/sealed-file.ts';
import type { FromWorker, ToWorker, WorkerJob, WorkerStart } from './worker-protocol.ts';
import type { CellValue } from './types.ts';

if (!parentPort) throw new Error('parse-worker.ts runs only as a worker thread');
const port = parentPort;
const post = (m: FromWorker) => port.postMessage(m);

let taken = false;
let acked = 0;
let wake: (() => void) | null = null;
const onMessage = (m: ToWorker) => {
  if (!m || typeof m !== 'object') return;
  if (m.type === 'job' && !taken) {
    taken = true;
    post({ type: 'accepted' });
    void serve(m.job);
  } else if (m.type === 'ack' && typeof m.seq === 'number') {
    acked = Math.max(acked, m.seq);
    const w = wake;
    wake = null;
    w?.();
  }
};
port.on('message', onMessage);
// Not a top-level await: the port delivers no message before this module has finished.
void preload().then(() => post({ type: 'ready' }));

/**
 * A spare loads the readers that reader.ts imports on first use, so that use finds them in the
 * module cache; XLSX first, the usual file. Only while no job has come: a job loads what it
 * needs itself, and the rest would only hold it up.
 */
async function preload(): Promise<void> {
  if (!(workerData as WorkerStart | undefined)?.preload) return;
  // Loading a module holds the thread: a job's message gets in only between two loads.
  const messagesFirst = () => new Promise((resolve) => setImmediate(resolve));
  await messagesFirst();
  if (!taken) await import('./xlsx-reader.ts');
  await messagesFirst();
  if (!taken) await import('./xls-reader.ts');
}

async function run(job: WorkerJob): Promise<void> {
  // A staged copy sealed at rest: decrypted into this worker's memory, never back to disk.
  if (job.sealKey) holdInMemory(job.file, await unseal(job.file, job.sealKey));
  if (job.op === 'list') {
    post({ type: 'sheets', sheets: await listSheets(job.file, { limits: job.limits }) });
    post({ type: 'done', progress: { bytesRead: 0, bytesTotal: 0, rowsRead: 0 } });
    return;
  }
  const opened = await openSheet(job.file, { sheet: job.sheet, limits: job.limits });
  post({ type: 'opened', source: opened.source, sheet: opened.sheet, sheets: opened.sheets, hiddenColumns: opened.hiddenColumns });
  let seq = 0;
  let rowNumbers: number[] = [];
  let cells: CellValue[][] = [];
  let hiddenRows: number[] = [];
  const flush = async () => {
    seq++;
    post({ type: 'batch', seq, sheet: opened.sheet.name, rowNumbers, cells, hiddenRows, progress: opened.progress() });
    rowNumbers = [];
    cells = [];
    hiddenRows = [];
    while (seq - acked >= job.maxBatchesInFlight) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  try {
    for await (const row of opened.rows) {
      rowNumbers.push(row.rowNumber);
      cells.push(row.cells);
      if (row.hidden) hiddenRows.push(row.rowNumber);
      if (cells.length >= (seq === 0 ? job.firstBatchSize : job.batchSize)) await flush();
    }
    if (cells.length > 0) await flush();
  } finally {
    opened.close();
  }
  post({ type: 'done', progress: opened.progress() });
}

async function serve(job: WorkerJob): Promise<void> {
  try {
    await run(job);
  } catch (e) {
    const where = { file: baseName(job.file) };
    const err = e === undefined ? readErrors.internal(where) : toReadError(e, where, job.limits);
    post({ type: 'error', error: err.toData() });
  } finally {
    // One job per worker: nothing keeps the thread alive any more, so it exits.
    port.off('message', onMessage);
    port.unref();
  }
}
