import { Worker } from 'node:worker_threads';
import { workerCode } from '../../../db/worker-code.ts';
import { AppError } from '../../app-error.ts';
import { outgoingWriteStream } from '../../files/sealed-file.ts';
import { msg } from '../../messages.ts';
import { discardPartial, PackageDocumentError, type BuildOptions, type PackageWritten } from './build-package.ts';
import type { PackageSource } from './package-source.ts';
import type { FromPackageWorker, PackageJob, ToPackageWorker } from './package-worker.ts';

// The app builds the evidence package on a worker thread (package-worker.ts): laying out the PDFs
// held the app's event loop for half a second at a time (bench/award.ts), and a package that
// needed more memory than its heap limit would take the app down with it; here it fails with a
// message. This thread writes the bytes it is sent (sealed while encryption is on) and hands each
// batch's buffer back once written. A cancel terminates the worker; a cancel or a failure removes
// the partial file.

/**
 * The worker's heap: its old generation bounded, its young generation small (it allocates in
 * bursts, page by page). 8 MB rather than 16: the app's peak during a package job 374 MB instead
 * of 406 (bench/award.ts), no slower.
 */
export const packageWorkerLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };

function failureOf(m: Extract<FromPackageWorker, { type: 'failed' }>): Error {
  if (m.document) return new PackageDocumentError(m.document.reason, m.document.documentName, m.document.itemTitle);
  if (m.appError) return new AppError(m.appError.code, m.appError.said);
  return new Error(`package worker: ${m.message ?? 'failed'}`);
}

export function buildPackageInWorker(source: PackageSource, outPath: string, opts: BuildOptions, limits = packageWorkerLimits): Promise<PackageWritten> {
  opts.signal.throwIfAborted();
  const out = outgoingWriteStream(outPath);
  const worker = new Worker(workerCode('package-worker'), { workerData: { source } satisfies PackageJob, resourceLimits: limits });
  const tell = (m: ToPackageWorker) => worker.postMessage(m);
  return new Promise<PackageWritten>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      opts.signal.removeEventListener('abort', cancel);
      void worker.terminate();
      void discardPartial(out, outPath).then(
        () => reject(error),
        () => reject(error),
      );
    };
    const cancel = () => fail(opts.signal.reason);
    opts.signal.addEventListener('abort', cancel, { once: true });
    out.once('error', fail);
    worker.on('message', (m: FromPackageWorker) => {
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
          void worker.terminate();
          resolve({ files: m.files, bytes: m.bytes, sha256: m.sha256 });
          return;
        case 'failed':
          fail(failureOf(m));
          return;
      }
    });
    worker.on('error', (error: Error & { code?: string }) =>
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('CONFLICT', msg('award.package.outOfMemory')) : error),
    );
    worker.on('exit', (code) => fail(new AppError('INTERNAL', msg('award.package.workerStopped', { code }))));
  });
}
