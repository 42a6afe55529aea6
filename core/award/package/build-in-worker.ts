import { Worker } from 'node:worker_threads';
import { workerCode } from '../../../db/worker-code.ts';
import { AppError } from '../../app-error.ts';
import { outgoingWriteStream } from '../../files/sealed-file.ts';
import { msg } from '../../messages.ts';
import { discardPartial, PackageDocumentError, type BuildOptions, type PackageWritten } from './build-package.ts';
import type { PackageSource } from './package-source.ts';
import type { FromPackageWorker, ToPackageWorker } from './package-worker.ts';

// The app builds the evidence package on a worker thread (package-worker.ts): laying out the PDFs
// held the app's event loop for half a second at a time (bench/award.ts), and a package that
// needed more memory than its heap limit would take the app down with it; here it fails with a
// message. This thread writes the bytes it is sent (sealed while encryption is on) and hands each
// batch's buffer back once written. A cancel terminates the worker; a cancel or a failure removes
// the partial file.
//
// A worker that finished a package stays warm for the next one a while: each new thread loads
// pdfkit, fontkit and exceljs again (about 60 MB), and a terminated thread's memory is not all
// given back to the system, so five packages in a row each on a new thread grew the app from
// 343 to 386 MB between packages and peaked at 406 MB (bench/award.ts).

/**
 * The worker's heap: its old generation bounded, its young generation small (it allocates in
 * bursts, page by page). 8 MB rather than 16: the app's peak during a package job 374 MB instead
 * of 406 (bench/award.ts), no slower.
 */
export const packageWorkerLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };

/** How long a worker waits for the next package before it is ended. */
export const packageWorkerKeptMs = 60_000;

interface Warm {
  worker: Worker;
  limits: typeof packageWorkerLimits;
  timer: NodeJS.Timeout;
  /** Forgets the worker if it stops while idle. */
  onExit: () => void;
}

/** At most one idle worker; a second package built meanwhile gets its own thread. */
let warm: Warm | null = null;

function endWarm(): void {
  if (!warm) return;
  clearTimeout(warm.timer);
  void warm.worker.terminate();
  warm = null;
}

/** The warm worker when it was made with these limits, or a new one. */
function takeWorker(limits: typeof packageWorkerLimits): Worker {
  if (warm && warm.limits.maxOldGenerationSizeMb === limits.maxOldGenerationSizeMb && warm.limits.maxYoungGenerationSizeMb === limits.maxYoungGenerationSizeMb) {
    const { worker, timer, onExit } = warm;
    clearTimeout(timer);
    worker.off('exit', onExit).off('error', ignore);
    worker.ref();
    warm = null;
    return worker;
  }
  return new Worker(workerCode('package-worker'), { resourceLimits: limits });
}

const ignore = () => {};

/** Keeps a worker that built its package (its job's listeners removed) for the next one; it does not hold the app open, and ends after a while unused. */
function keepWorker(worker: Worker, limits: typeof packageWorkerLimits, keptMs: number): void {
  if (warm || keptMs <= 0) return void worker.terminate();
  const timer = setTimeout(endWarm, keptMs);
  timer.unref();
  const onExit = () => {
    if (warm?.worker !== worker) return;
    clearTimeout(warm.timer);
    warm = null;
  };
  warm = { worker, limits, timer, onExit };
  worker.once('exit', onExit).on('error', ignore);
  // After the listeners: an idle worker never keeps the process alive.
  worker.unref();
}

/** Ends the warm worker now (a host that closes; tests). */
export const endWarmPackageWorker = endWarm;

/** The thread id of the worker kept warm, or null (tests). */
export const warmPackageWorkerId = (): number | null => warm?.worker.threadId ?? null;

function failureOf(m: Extract<FromPackageWorker, { type: 'failed' }>): Error {
  if (m.document) return new PackageDocumentError(m.document.reason, m.document.documentName, m.document.itemTitle);
  if (m.appError) return new AppError(m.appError.code, m.appError.said);
  return new Error(`package worker: ${m.message ?? 'failed'}`);
}

export function buildPackageInWorker(source: PackageSource, outPath: string, opts: BuildOptions, limits = packageWorkerLimits, keptMs = packageWorkerKeptMs): Promise<PackageWritten> {
  opts.signal.throwIfAborted();
  const out = outgoingWriteStream(outPath);
  const worker = takeWorker(limits);
  const tell = (m: ToPackageWorker) => worker.postMessage(m);
  return new Promise<PackageWritten>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      opts.signal.removeEventListener('abort', cancel);
      // Never reused after a failure or a cancel: what it was doing is unknown.
      void worker.terminate();
      void discardPartial(out, outPath).then(
        () => reject(error),
        () => reject(error),
      );
    };
    const cancel = () => fail(opts.signal.reason);
    opts.signal.addEventListener('abort', cancel, { once: true });
    out.once('error', fail);
    const onMessage = (m: FromPackageWorker) => {
      if (settled) return;
      switch (m.type) {
        case 'bytes':
          // Handed back once written (its bytes consumed), to be filled again.
          out.write(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength), (error) => {
            if (!error && !settled) worker.postMessage({ type: 'written', buffer: m.bytes.buffer } satisfies ToPackageWorker, [m.bytes.buffer]);
          });
          return;
        case 'end':
          out.end(() => tell({ type: 'closed' }));
          return;
        case 'progress':
          opts.onProgress(m.done, m.total, m.phase);
          return;
        case 'done':
          settled = true;
          opts.signal.removeEventListener('abort', cancel);
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          keepWorker(worker, limits, keptMs);
          resolve({ files: m.files, bytes: m.bytes, sha256: m.sha256 });
          return;
        case 'failed':
          fail(failureOf(m));
          return;
      }
    };
    const onError = (error: Error & { code?: string }) =>
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('CONFLICT', msg('award.package.outOfMemory')) : error);
    const onExit = (code: number) => fail(new AppError('INTERNAL', msg('award.package.workerStopped', { code })));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    tell({ type: 'build', source });
  });
}
