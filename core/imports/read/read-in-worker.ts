// Reads a file in a worker thread with a heap cap and a time limit, and hands its rows to the
// caller in batches. Hostile files can at worst kill the worker: every way it can end (bad
// file, limit, out of memory, time, cancel) becomes one ImportReadError.
import { Worker } from 'node:worker_threads';
import { ImportReadError, baseName, describeCause, readErrors } from './errors.ts';
import type { ImportReadErrorData, ReadErrorWhere } from './errors.ts';
import { resolveLimits } from './limits.ts';
import type { ReadLimits } from './limits.ts';
import type { RawRow, ReadOptions, ReadProgress, SheetInfo, SourceInfo } from './types.ts';
import type { FromWorker, ToWorker, WorkerJob } from './worker-protocol.ts';

/**
 * Where the worker's code is. Node 24 runs the .ts file itself (type stripping), under vitest
 * too (the worker is a plain Node thread, outside vite). A bundled host (electron-vite) must
 * emit parse-worker as its own entry and pass its URL as `workerUrl`.
 */
export const DEFAULT_WORKER_URL = new URL('./parse-worker.ts', import.meta.url);
let configuredWorkerUrl: URL | string | null = null;

/** For bundled hosts: where the built parse worker is (electron/main.ts sets it once). */
export function setParseWorkerUrl(url: URL | string): void {
  configuredWorkerUrl = url;
}

export interface WorkerReadOptions extends ReadOptions {
  /** Rows per message; default 1,000. */
  batchSize?: number;
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
}

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

    let worker: Worker;
    try {
      worker = new Worker(options.workerUrl ?? configuredWorkerUrl ?? DEFAULT_WORKER_URL, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: this.#limits.maxWorkerHeapMb },
      });
    } catch (e) {
      this.#fail(readErrors.internal(this.#where, `cannot start the parse worker: ${describeCause(e)}`));
      resolveExited();
      return;
    }
    this.#worker = worker;
    worker.on('message', (m: FromWorker) => {
      if (onMessage?.(m)) return;
      this.#onMessage(m);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') this.#fail(readErrors.memoryLimit(this.#where, this.#limits.maxWorkerHeapMb, describeCause(e)));
      else this.#fail(readErrors.internal(this.#where, `parse worker failed: ${describeCause(e)}`));
    });
    worker.on('messageerror', (e) => this.#fail(readErrors.internal(this.#where, `message could not be decoded: ${describeCause(e)}`)));
    worker.on('exit', (code) => {
      this.#cleanup();
      this.#worker = null;
      if (this.#state === 'running') this.#fail(readErrors.internal(this.#where, `parse worker exited with code ${code} before finishing`));
      resolveExited();
    });
    this.#timer = setTimeout(() => this.#fail(readErrors.timeLimit(this.#where, this.#limits.maxTimeMs)), this.#limits.maxTimeMs);
    this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  cancel(): void {
    this.#fail(readErrors.cancelled(this.#where));
  }

  #onMessage(m: FromWorker): void {
    if (this.#state !== 'running') return;
    switch (m.type) {
      case 'opened':
        this.#resolveOpened({ source: m.source, sheet: m.sheet, sheets: m.sheets });
        break;
      case 'batch':
        this.progress = m.progress;
        this.#queue.push({ seq: m.seq, batch: { rows: m.rows, progress: m.progress } });
        this.#onProgress?.(m.progress);
        this.#notify();
        break;
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
  const job: WorkerJob = {
    op: 'read',
    file,
    sheet: options.sheet,
    limits,
    batchSize: Math.max(1, Math.floor(options.batchSize ?? 1000)),
    maxBatchesInFlight: Math.max(1, Math.floor(options.maxBatchesInFlight ?? 4)),
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
  const job = new WorkerReadJob(file, options, { op: 'list', file, limits }, (m) => {
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
