import { parentPort, workerData } from 'node:worker_threads';
import { inflatedTotal } from './inflate-guard.ts';

// The PDF reader's thread: it gets the bytes and the limits, reads the text of every page with
// pdfjs-dist, and answers with the pages or with the kind of failure. It runs with a small heap
// (resourceLimits) and is terminated by its caller past the time limit. No network, no eval, no
// fonts: only text is read, from bytes in memory.

export interface ExtractJob {
  bytes: Uint8Array;
  maxPages: number;
  maxInflatedBytes: number;
}

export type ExtractFailure = 'damaged' | 'encrypted' | 'tooManyPages' | 'bomb';
export type FromExtractWorker =
  | { ok: true; pages: string[] }
  | { ok: false; failure: ExtractFailure; pages?: number; reason?: string };

/** Most text a single page keeps (a page of a regulation is a few KB). */
const maxPageChars = 200_000;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, maxPageChars);

async function extract(job: ExtractJob): Promise<FromExtractWorker> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if ((await inflatedTotal(bytes, job.maxInflatedBytes)) > job.maxInflatedBytes) return { ok: false, failure: 'bomb' };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of what it is given
    useWasm: false, // v6 has no eval; no WebAssembly either (text only needs neither)
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, failure: 'encrypted' };
    return { ok: false, failure: 'damaged', reason: name ?? 'error' };
  }
  try {
    if (doc.numPages > job.maxPages) return { ok: false, failure: 'tooManyPages', pages: doc.numPages };
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(clean(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('')));
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (error) {
    return { ok: false, failure: 'damaged', reason: (error as { name?: string }).name ?? 'error' };
  } finally {
    await task.destroy();
  }
}

extract(workerData as ExtractJob).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ ok: false, failure: 'damaged', reason: (error as { name?: string }).name ?? 'error' } satisfies FromExtractWorker),
);
