import { parentPort } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { AppError } from '../../app-error.ts';
import { PackageDocumentError, writePackage } from './build-package.ts';
import type { PackageSource } from './package-source.ts';

// The evidence package built on a worker thread (build-in-worker.ts starts it): the PDFs, the
// XLSX annexes and the ZIP are made in this thread's own heap, under its limits, off the app's
// event loop. The bytes go to the main thread, which writes (and seals) the file: the sealing key
// never leaves it. Each batch of bytes waits until the main thread has written it and handed its
// buffer back, so one batch is in flight, one buffer is reused, and memory stays flat. A thread
// builds one package at a time and may be given the next one (build-in-worker.ts keeps it warm).

/** 'build' starts a package; 'written' hands the batch's buffer back, to be filled again: two buffers at most, whatever the package weighs. */
export type ToPackageWorker = { type: 'build'; source: PackageSource } | { type: 'written'; buffer: ArrayBuffer } | { type: 'closed' };

export type FromPackageWorker =
  | { type: 'bytes'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'end' }
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'done'; files: number; bytes: number; sha256: string }
  | { type: 'failed'; document?: { reason: 'missing' | 'changed'; documentName: string; itemTitle: string }; appError?: { code: AppError['code']; said: AppError['said'] }; message?: string };

const port = parentPort!;
const post = (message: FromPackageWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** Called back when the main thread says it has written the last batch (or closed the file). */
let answered: (() => void) | null = null;
/** The buffer the main thread handed back, filled again by the next batch. */
let spare: ArrayBuffer | null = null;
port.on('message', (m: ToPackageWorker) => {
  if (m.type === 'build') return void build(m.source);
  if (m.type === 'written') spare = m.buffer;
  const resume = answered;
  answered = null;
  resume?.();
});
const answer = () => new Promise<void>((resolve) => (answered = resolve));
/** Room for a document's 1 MB chunk with its ZIP header: the buffer is rarely made again. */
const bufferBytes = 1024 * 1024 + 64 * 1024;

/** A stream whose bytes the main thread writes: chunks queued meanwhile go over together, copied once. */
const streamToMain = () =>
  new Writable({
    highWaterMark: 1024 * 1024,
    writev(chunks, callback) {
      const size = chunks.reduce((sum, c) => sum + (c.chunk as Buffer).length, 0);
      const buffer = spare && spare.byteLength >= size ? spare : new ArrayBuffer(Math.max(size, bufferBytes));
      spare = null;
      const bytes = new Uint8Array(buffer, 0, size);
      let at = 0;
      for (const { chunk } of chunks) {
        bytes.set(chunk as Buffer, at);
        at += (chunk as Buffer).length;
      }
      void answer().then(() => callback());
      post({ type: 'bytes', bytes }, [bytes.buffer]);
    },
    final(callback) {
      void answer().then(() => callback());
      post({ type: 'end' });
    },
  });

async function build(source: PackageSource): Promise<void> {
  try {
    const built = await writePackage(source, streamToMain(), { onProgress: (done, total, phase) => post({ type: 'progress', done, total, phase }), signal: new AbortController().signal });
    post({ type: 'done', ...built });
  } catch (error) {
    if (error instanceof PackageDocumentError) post({ type: 'failed', document: { reason: error.reason, documentName: error.documentName, itemTitle: error.itemTitle } });
    else if (error instanceof AppError) post({ type: 'failed', appError: { code: error.code, said: error.said } });
    else post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
