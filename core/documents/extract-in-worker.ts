import { Worker } from 'node:worker_threads';
import { workerCode } from '../../db/worker-code.ts';
import { documentLimits } from '../api/documents.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import type { ExtractJob, FromExtractWorker } from './extract-worker.ts';

// Reads a PDF's text on a worker thread under limits: a heap limit (resourceLimits), a time limit
// (the worker is terminated), a page limit and a limit on decompressed bytes (inside the worker).
// Every way it can fail becomes an AppError that names the file and says what to do.

export interface ExtractLimits {
  maxPages: number;
  maxInflatedBytes: number;
  timeoutMs: number;
  heapMb: number;
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

export function extractPdfText(bytes: Uint8Array, name: string, limits: ExtractLimits = documentLimits): Promise<string[]> {
  const job: ExtractJob = { bytes, maxPages: limits.maxPages, maxInflatedBytes: limits.maxInflatedBytes };
  const worker = new Worker(workerCode('extract-worker'), {
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: true, // pdfjs may print warnings: they are not ours to show
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise<string[]>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new AppError('INVALID_INPUT', msg('documents.tooSlow', { name, seconds: Math.round(limits.timeoutMs / 1000) })))), limits.timeoutMs);
    worker.on('message', (m: FromExtractWorker) =>
      finish(() => {
        if (m.ok) return resolve(m.pages);
        if (m.failure === 'encrypted') return reject(new AppError('INVALID_INPUT', msg('documents.encrypted', { name })));
        if (m.failure === 'tooManyPages') return reject(new AppError('INVALID_INPUT', msg('documents.tooManyPages', { name, pages: m.pages ?? 0, limit: limits.maxPages })));
        if (m.failure === 'bomb') return reject(new AppError('INVALID_INPUT', msg('documents.bomb', { name, limit: megabytes(limits.maxInflatedBytes) })));
        return reject(new AppError('INVALID_INPUT', msg('documents.damaged', { name })));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('INVALID_INPUT', msg('documents.tooMuchMemory', { name }))
            : new AppError('INVALID_INPUT', msg('documents.extractFailed', { name, reason: error.code ?? error.name })),
        ),
      ),
    );
    worker.on('exit', () => finish(() => reject(new AppError('INVALID_INPUT', msg('documents.extractFailed', { name, reason: 'exit' })))));
  });
}
