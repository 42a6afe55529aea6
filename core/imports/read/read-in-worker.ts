// Reads a file in a worker thread with a heap cap and a time limit, and hands its rows to the
// caller in batches. Hostile files can at worst kill the worker: every way it can end (bad
// file, limit, out of memory, time, cancel) becomes one ImportReadError.
//
// Starting a worker and loading a reader takes about 0.1 s before the first row, so one spare
// worker is kept ready, its readers loaded: a read takes it (or starts a worker when there is
// none), and when the last read running ends, the next spare is started (never during a parse:
// it would take a core from it). Each worker still reads exactly ONE file and exits: a hostile
// file never shares a thread with the next file.
import { sealKeyFor } from '../../files/sealed-file.ts';
import { Worker } from 'node:worker_threads';
import { workerCode } from '../../../db/worker-code.ts';
import { ImportReadError, baseName, describeCause, readErrors } from './errors.ts';
import type { ImportReadErrorData, ReadErrorWhere } from './errors.ts';
import { resolveLimits } from './limits.ts';
import type { ReadLimits } from './limits.ts';
import type { RawRow, ReadOptions, ReadProgress, SheetInfo, SourceInfo } from './types.ts';
import type { FromWorker, ToWorker, WorkerJob, WorkerStart } from './worker-protocol.ts';

export interface WorkerReadOptions extends ReadOptions {
  /** Rows per message; default 1,000. */
  batchSize?: number;
  /** Rows in the first message; default 200 or batchSize if smaller (a short first batch: the caller starts on rows sooner). */
  firstBatchSize?: number;
  /** Batches the worker may send ahead of the caller before it waits; default 4. */
  maxBatchesInFlight?: number;
  workerUrl?: URL | string;
}

export interface RowBatch {
  rows: RawRow[];
  progress: ReadProgress;
}

export interface OpenedInfo {
  source: SourceInfo;
  sheet: SheetInfo;
  sheets: SheetInfo[];
  /** Columns hidden in the sheet (0-based, ascending; none in a CSV). */
  hiddenColumns: number[];
  /** The worker thread that reads the file (`Worker.threadId`). */
  threadId: number;
}

export interface WorkerRead extends AsyncIterable<RowBatch> {
  /** What the file is and which sheet is read; rejects with the read's error. */
  readonly opened: Promise<OpenedInfo>;
  /** Resolves once the worker thread is gone (after the end, an error, or a cancel). */
  readonly exited: Promise<void>;
  /** The latest progress the worker reported. */
  readonly progress: ReadProgress;
  /** Stops the read: the worker is terminated and iteration throws CANCELLED. */
  cancel(): void;
  /** Whether the read keeps the process alive (default yes; a read put aside for later does not). */
  keepAlive(on: boolean): void;
}

// ---------------------------------------------------------------------------------------------
// The spare worker. resourceLimits are fixed when a worker starts, so a spare fits a read only
// if it was started for the same worker file and heap cap.

interface Spare {
  worker: Worker;
  key: string;
  /** Settles when the spare has loaded everything (or died). */
  ready: Promise<void>;
  /** Hands the worker over: the spare's own listeners are removed. */
  detach(): void;
}

let spare: Spare | null = null;
/** Reads that hold a worker now; a new spare is started when this drops to zero. */
let busy = 0;
/** Off after disposeParseWorkers() (shutdown), on again with warmParseWorker(). */
let autoSpare = true;
/** How long after the last read ends the next spare starts. */
const spareDelayMs = 1500;
let spareTimer: NodeJS.Timeout | undefined;
/** Writes under way that asked for no spare beside them (parkSpareParseWorker). */
let parked = 0;
/** The worker file and heap of the last spare, to start the next one like it. */
let lastSpare: { url: URL | string; heapMb: number } | null = null;

/** A spare like the last one, `spareDelayMs` from now, if nothing reads or writes by then. */
function spareLater(): void {
  clearTimeout(spareTimer);
  spareTimer = setTimeout(() => {
    if (busy === 0 && parked === 0 && autoSpare && lastSpare) void startSpare(lastSpare.url, lastSpare.heapMb);
  }, spareDelayMs).unref();
}

function workerUrlFor(options: { workerUrl?: URL | string }): URL | string {
  return options.workerUrl ?? workerCode('parse-worker');
}

function keyOf(url: URL | string, heapMb: number): string {
  return `${heapMb} ${String(url)}`;
}

function startWorker(url: URL | string, heapMb: number, preload: boolean): Worker {
  return new Worker(url, {
    workerData: { preload } satisfies WorkerStart,
    // A young generation of 16 MB: left to itself V8 grew it to 128 MB while reading 100,000
    // rows, 45 MB more at the import's peak, for no faster a read.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
  });
}

function startSpare(url: URL | string, heapMb: number): Promise<void> {
  lastSpare = { url, heapMb };
  const key = keyOf(url, heapMb);
  if (spare?.key === key) return spare.ready;
  void dropSpare();
  let worker: Worker;
  try {
    worker = startWorker(url, heapMb, true);
  } catch {
    return Promise.resolve(); // the read that needs a worker will report it
  }
  let settle!: () => void;
  const ready = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const onMessage = (m: FromWorker) => {
    if (m?.type === 'ready') settle();
  };
  // A spare that fails to start or dies while idle is simply gone: the next read starts a fresh worker.
  const onError = () => {};
  const onExit = () => {
    settle();
    if (spare === s) spare = null;
  };
  const s: Spare = {
    worker,
    key,
    ready,
    detach: () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      settle();
    },
  };
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  // An idle spare never keeps the process alive (after the listeners: a 'message' listener refs the port again).
  worker.unref();
  spare = s;
  return ready;
}

/** The spare, if it fits; it is no longer the spare afterwards. */
function takeSpare(url: URL | string, heapMb: number): Worker | null {
  const s = spare;
  if (!s || s.key !== keyOf(url, heapMb)) return null;
  spare = null;
  s.detach();
  if (s.worker.threadId === -1) return null; // already stopped
  s.worker.ref();
  return s.worker;
}

function dropSpare(): Promise<void> {
  const s = spare;
  spare = null;
  if (!s) return Promise.resolve();
  s.detach();
  // Ignore its errors from now on (an 'error' without a listener would throw).
  s.worker.on('error', () => {});
  return s.worker.terminate().then(
    () => {},
    () => {},
  );
}

/**
 * Starts the spare worker now (a host calls this at start, so the first import does not wait
 * for exceljs to load). Resolves when it is ready; never rejects. Waiting for it does not keep
 * the process alive.
 */
export function warmParseWorker(options: { workerUrl?: URL | string; limits?: Partial<ReadLimits> } = {}): Promise<void> {
  autoSpare = true;
  const url = workerUrlFor(options);
  const heapMb = resolveLimits(options.limits).maxWorkerHeapMb;
  // During a long write: started when it ends (parkSpareParseWorker's release).
  if (parked > 0) {
    lastSpare = { url, heapMb };
    return Promise.resolve();
  }
  return startSpare(url, heapMb);
}

/**
 * Terminates the spare worker and starts no new one until warmParseWorker() (tests, shutdown).
 * Reads still running are not touched; reads from now on start their own worker.
 */
export function disposeParseWorkers(): Promise<void> {
  autoSpare = false;
  clearTimeout(spareTimer);
  return dropSpare();
}

/**
 * For a long write (an import's commit, its undo): the idle spare goes and none starts until the
 * returned function is called; the spare then comes back a moment later. An idle spare holds
 * some 30 MB, which a million-row commit's peak does not need beside it.
 */
export function parkSpareParseWorker(): () => void {
  parked++;
  clearTimeout(spareTimer);
  void dropSpare();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    parked--;
    if (parked === 0 && busy === 0 && autoSpare) spareLater();
  };
}

/** For tests: the idle spare worker, if there is one. */
export function spareParseWorker(): Worker | null {
  return spare?.worker ?? null;
}

// ---------------------------------------------------------------------------------------------

type State = 'running' | 'done' | 'failed';

class WorkerReadJob implements WorkerRead {
  readonly opened: Promise<OpenedInfo>;
  readonly exited: Promise<void>;
  progress: ReadProgress = { bytesRead: 0, bytesTotal: 0, rowsRead: 0 };

  #worker: Worker | null = null;
  #state: State = 'running';
  #error: ImportReadError | null = null;
  #queue: Array<{ seq: number; batch: RowBatch }> = [];
  #wake: (() => void) | null = null;
  #iterating = false;
  #resolveOpened!: (o: OpenedInfo) => void;
  #rejectOpened!: (e: ImportReadError) => void;
  #where: ReadErrorWhere;
  #limits: ReadLimits;
  #timer: NodeJS.Timeout | null = null;
  #signal: AbortSignal | undefined;
  #onAbort = () => this.#fail(readErrors.cancelled(this.#where));
  #onProgress: ((p: ReadProgress) => void) | undefined;
  #onOther: ((m: FromWorker) => boolean) | undefined;
  #resolveExited!: () => void;
  #url!: URL | string;
  #job!: WorkerJob;
  #threadId = -1;
  #keepAlive = true;

  constructor(file: string, options: WorkerReadOptions, job: WorkerJob, onMessage?: (m: FromWorker) => boolean) {
    this.#where = { file: baseName(file) };
    this.#limits = job.limits;
    this.#signal = options.signal;
    this.#onProgress = options.onProgress;
    this.opened = new Promise<OpenedInfo>((resolve, reject) => {
      this.#resolveOpened = resolve;
      this.#rejectOpened = reject;
    });
    // Nobody may be listening to `opened`: the iterator reports the same error.
    this.opened.catch(() => {});

    let resolveExited!: () => void;
    this.exited = new Promise<void>((resolve) => {
      resolveExited = resolve;
    });

    if (this.#signal?.aborted) {
      this.#fail(readErrors.cancelled(this.#where));
      resolveExited();
      return;
    }

    this.#resolveExited = resolveExited;
    this.#url = workerUrlFor(options);
    this.#job = job;
    this.#onOther = onMessage;
    this.#timer = setTimeout(() => this.#fail(readErrors.timeLimit(this.#where, this.#limits.maxTimeMs)), this.#limits.maxTimeMs);
    this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
    busy++;
    this.#start(true);
  }

  /** Gives the job to the spare (if `useSpare` and one fits) or to a new worker. */
  #start(useSpare: boolean): void {
    const heapMb = this.#limits.maxWorkerHeapMb;
    let worker = useSpare ? takeSpare(this.#url, heapMb) : null;
    const fromSpare = worker !== null;
    if (!worker) {
      try {
        worker = startWorker(this.#url, heapMb, false);
      } catch (e) {
        this.#fail(readErrors.internal(this.#where, `cannot start the parse worker: ${describeCause(e)}`));
        this.#ended();
        return;
      }
    }
    this.#worker = worker;
    this.#threadId = worker.threadId;
    let accepted = false;
    // A spare may have died while idle (crashed, killed) before it saw the job: the job then
    // goes to a fresh worker, and the read never notices.
    const lostSpare = () => fromSpare && !accepted && this.#state === 'running';
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') return;
      if (m.type === 'accepted') {
        accepted = true;
        return;
      }
      if (this.#onOther?.(m)) return;
      this.#onMessage(m);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (lostSpare()) return;
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') this.#fail(readErrors.memoryLimit(this.#where, this.#limits.maxWorkerHeapMb, describeCause(e)));
      else this.#fail(readErrors.internal(this.#where, `parse worker failed: ${describeCause(e)}`));
    });
    worker.on('messageerror', (e) => this.#fail(readErrors.internal(this.#where, `message could not be decoded: ${describeCause(e)}`)));
    worker.on('exit', (code) => {
      if (lostSpare()) {
        this.#start(false);
        return;
      }
      this.#worker = null;
      if (this.#state === 'running') this.#fail(readErrors.internal(this.#where, `parse worker exited with code ${code} before finishing`));
      this.#cleanup();
      this.#ended();
    });
    worker.postMessage({ type: 'job', job: this.#job } satisfies ToWorker);
    // After the listeners: a 'message' listener refs the worker again.
    if (!this.#keepAlive) worker.unref();
  }

  /** The job holds no worker any more. */
  #ended(): void {
    this.#resolveExited();
    busy--;
    // The next read should find a worker ready. Started a moment later, it takes no core from a
    // parse nor from what often follows a read at once (an import's commit: 0.15 s slower).
    lastSpare = { url: this.#url, heapMb: this.#limits.maxWorkerHeapMb };
    if (busy === 0 && parked === 0 && autoSpare) spareLater();
  }

  cancel(): void {
    this.#fail(readErrors.cancelled(this.#where));
  }

  keepAlive(on: boolean): void {
    this.#keepAlive = on;
    if (on) {
      this.#worker?.ref();
      this.#timer?.ref();
    } else {
      this.#worker?.unref();
      this.#timer?.unref();
    }
  }

  #onMessage(m: FromWorker): void {
    if (this.#state !== 'running') return;
    switch (m.type) {
      case 'opened':
        this.#resolveOpened({ source: m.source, sheet: m.sheet, sheets: m.sheets, hiddenColumns: m.hiddenColumns, threadId: this.#threadId });
        break;
      case 'batch': {
        const rows: RawRow[] = new Array(m.cells.length);
        for (let i = 0; i < rows.length; i++) rows[i] = { sheet: m.sheet, rowNumber: m.rowNumbers[i]!, cells: m.cells[i]! };
        if (m.hiddenRows.length) {
          const hidden = new Set(m.hiddenRows);
          for (const row of rows) if (hidden.has(row.rowNumber)) row.hidden = true;
        }
        this.progress = m.progress;
        this.#queue.push({ seq: m.seq, batch: { rows, progress: m.progress } });
        this.#onProgress?.(m.progress);
        this.#notify();
        break;
      }
      case 'done':
        this.progress = m.progress;
        this.#onProgress?.(m.progress);
        this.#state = 'done';
        this.#cleanup();
        this.#notify();
        break;
      case 'error':
        this.#fail(ImportReadError.fromData(m.error as ImportReadErrorData));
        break;
      case 'sheets':
      case 'ready':
      case 'accepted':
        break;
    }
  }

  /** Ends the read with an error (first error wins) and stops the worker. */
  #fail(e: ImportReadError): void {
    if (this.#state !== 'running') return;
    this.#state = 'failed';
    this.#error = e;
    this.#queue = [];
    this.#rejectOpened(e);
    this.#cleanup();
    void this.#worker?.terminate();
    this.#notify();
  }

  #cleanup(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#signal?.removeEventListener('abort', this.#onAbort);
  }

  #notify(): void {
    const w = this.#wake;
    this.#wake = null;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RowBatch> {
    if (this.#iterating) throw new Error('a WorkerRead can be iterated once');
    this.#iterating = true;
    try {
      for (;;) {
        if (this.#state === 'failed') throw this.#error;
        const next = this.#queue.shift();
        if (next) {
          if (this.#state === 'running') this.#worker?.postMessage({ type: 'ack', seq: next.seq } satisfies ToWorker);
          yield next.batch;
          continue;
        }
        if (this.#state === 'done') return;
        await new Promise<void>((resolve) => {
          this.#wake = resolve;
        });
      }
    } finally {
      // The caller stopped early (break, or its own error): nothing more is wanted.
      if (this.#state === 'running') this.#fail(readErrors.cancelled(this.#where));
    }
  }
}

/**
 * Reads one sheet of `file` in a worker thread. Iterate the result for batches of rows; pass
 * `onProgress` for progress and `signal` to cancel. Throws (from the iteration, and through
 * `opened`) ImportReadError only.
 */
export function readInWorker(file: string, options: WorkerReadOptions = {}): WorkerRead {
  const limits = resolveLimits(options.limits);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 1000));
  const job: WorkerJob = {
    op: 'read',
    file,
    sheet: options.sheet,
    limits,
    batchSize,
    firstBatchSize: Math.max(1, Math.floor(options.firstBatchSize ?? Math.min(batchSize, 200))),
    maxBatchesInFlight: Math.max(1, Math.floor(options.maxBatchesInFlight ?? 4)),
    sealKey: sealKeyFor(file),
  };
  return new WorkerReadJob(file, options, job);
}

/** Lists the sheets of `file` in a worker thread (an XLS is parsed to list it: never on the main thread). */
export async function listSheetsInWorker(
  file: string,
  options: { limits?: Partial<ReadLimits>; signal?: AbortSignal; workerUrl?: URL | string } = {},
): Promise<SheetInfo[]> {
  const limits = resolveLimits(options.limits);
  let sheets: SheetInfo[] | null = null;
  const job = new WorkerReadJob(file, options, { op: 'list', file, limits, sealKey: sealKeyFor(file) }, (m) => {
    if (m.type === 'sheets') sheets = m.sheets;
    return false;
  });
  try {
    for await (const _ of job) {
      // a list job sends no batches, only its sheets and 'done'
    }
  } finally {
    await job.exited;
  }
  if (!sheets) throw readErrors.internal({ file: baseName(file) }, 'the worker listed no sheets');
  return sheets;
}
