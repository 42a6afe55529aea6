import type { DocumentMime } from '../api/documents.ts';

// What a file really is, from its first bytes (a name or a declared type is not trusted).

export function sniffMime(bytes: Uint8Array): DocumentMime | null {
  // %PDF- within the first KB (the format allows bytes before the header).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

/** A complete PDF ends with %%EOF (a little whitespace or junk after it is tolerated). */
export function pdfLooksComplete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}
