import type { DocumentMime } from '../../../core/api/documents.ts';
import { request } from '../api/client.ts';

// A stored document's bytes for the viewer, through the read-only documents.content channel
// (the same in Electron and in a browser, under the signed-in account), piece by piece.

export async function documentBytes(documentUid: string): Promise<{ mime: DocumentMime; bytes: Uint8Array }> {
  let offset = 0;
  const pieces: Uint8Array[] = [];
  for (;;) {
    const chunk = await request('documents.content', { documentUid, offset });
    const piece = Uint8Array.from(atob(chunk.base64), (c) => c.charCodeAt(0));
    pieces.push(piece);
    offset += piece.length;
    if (chunk.done || piece.length === 0) {
      const bytes = new Uint8Array(offset);
      let at = 0;
      for (const p of pieces) {
        bytes.set(p, at);
        at += p.length;
      }
      return { mime: chunk.mime, bytes };
    }
  }
}
