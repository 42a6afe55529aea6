import type { PDFDocumentProxy } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

// pdfjs-dist in the renderer, loaded when a PDF is first opened. Its worker is a file of the
// app's own bundle (script-src 'self' covers it); no eval (v6 has none), no WebAssembly (the CSP
// allows none), no network: the bytes come from the documents channel.

let worker: Worker | null = null;

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  worker ??= new PdfWorker();
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  return pdfjs.getDocument({ data: bytes, useWasm: false, enableXfa: false, verbosity: 0 }).promise;
}

/** Draws one page on a canvas at `scale` (sharp on high-density screens). */
export async function drawPage(doc: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, scale: number): Promise<void> {
  const page = await doc.getPage(pageNumber);
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}
