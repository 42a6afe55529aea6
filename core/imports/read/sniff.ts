// What a file really is, from its bytes (never from its extension), and for text files their
// encoding and delimiter.
import { existsSync } from 'node:fs';
import { sourceHead, sourceStat } from './source-bytes.ts';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { ImportReadError, baseName, describeCause, readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import type { Message } from '../../api/messages/message.ts';
import { msg } from '../../messages.ts';
import { resolveLimits } from './limits.ts';
import type { ReadLimits } from './limits.ts';
import { officeDocument } from './ooxml-package.ts';
import type { CsvDelimiter, FileFormat, SourceInfo, TextEncoding } from './types.ts';
import { mapZipError, openGuardedZip } from './zip-guard.ts';
import type { GuardedZip } from './zip-guard.ts';

/** How many bytes of a file are looked at to decide its kind, encoding and delimiter. */
export const SNIFF_BYTES = 64 * 1024;

export type Container =
  | { kind: 'zip' }
  | { kind: 'ole2' }
  | { kind: 'biff' }
  | { kind: 'text'; encoding: TextEncoding; bomBytes: number }
  | { kind: 'other'; what: Message };

/** What a file that is not a spreadsheet really is, in words (read.kinds.*). */
const KINDS = {
  pdf: msg('read.kinds.pdf'),
  exe: msg('read.kinds.exe'),
  elf: msg('read.kinds.elf'),
  png: msg('read.kinds.png'),
  jpeg: msg('read.kinds.jpeg'),
  gif: msg('read.kinds.gif'),
  rar: msg('read.kinds.rar'),
  sevenZip: msg('read.kinds.sevenZip'),
  gzip: msg('read.kinds.gzip'),
  rtf: msg('read.kinds.rtf'),
  utf32: msg('read.kinds.utf32'),
  binary: msg('read.kinds.binary'),
  html: msg('read.kinds.html'),
  xml2003: msg('read.kinds.xml2003'),
  xml: msg('read.kinds.xml'),
  xlsb: msg('read.kinds.xlsb'),
  odf: msg('read.kinds.odf'),
  iwork: msg('read.kinds.iwork'),
  docx: msg('read.kinds.docx'),
  pptx: msg('read.kinds.pptx'),
  zip: msg('read.kinds.zip'),
  ole2: msg('read.kinds.ole2'),
} satisfies Record<string, Message>;

export const FORMAT_KINDS: Readonly<Record<keyof typeof KINDS, Message>> = KINDS;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The container a file's first bytes announce. */
export function sniffContainer(head: Uint8Array): Container {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]) || startsWith(head, [0x50, 0x4b, 0x07, 0x08])) {
    return { kind: 'zip' };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole2' };
  // A bare BIFF2-BIFF5 stream (Excel 2.x-5.0 saved outside a compound file): BOF record.
  if (head[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(head[1] ?? -1) && head.length >= 4 && head[3] === 0x00) {
    return { kind: 'biff' };
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return { kind: 'other', what: KINDS.pdf };
  if (startsWith(head, [0x4d, 0x5a])) return { kind: 'other', what: KINDS.exe };
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return { kind: 'other', what: KINDS.elf };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'other', what: KINDS.png };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'other', what: KINDS.jpeg };
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return { kind: 'other', what: KINDS.gif };
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21])) return { kind: 'other', what: KINDS.rar };
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { kind: 'other', what: KINDS.sevenZip };
  if (startsWith(head, [0x1f, 0x8b])) return { kind: 'other', what: KINDS.gzip };
  if (startsWith(head, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { kind: 'other', what: KINDS.rtf };
  if (startsWith(head, [0xff, 0xfe, 0x00, 0x00]) || startsWith(head, [0x00, 0x00, 0xfe, 0xff])) return { kind: 'other', what: KINDS.utf32 };

  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8-bom', bomBytes: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomBytes: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomBytes: 2 };

  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  const n = Math.min(head.length, 4096) & ~1;
  let zeroEven = 0;
  let zeroOdd = 0;
  let zeros = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros++;
  for (let i = 0; i < n; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) zeroEven++;
    else zeroOdd++;
  }
  const pairs = n / 2;
  if (pairs >= 2 && zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.05) return { kind: 'text', encoding: 'utf-16le', bomBytes: 0 };
  if (pairs >= 2 && zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.05) return { kind: 'text', encoding: 'utf-16be', bomBytes: 0 };
  if (zeros > 0) return { kind: 'other', what: KINDS.binary };

  return { kind: 'text', encoding: isValidUtf8Prefix(head) ? 'utf-8' : 'windows-1252', bomBytes: 0 };
}

/** Whether bytes are valid UTF-8, allowing an incomplete character cut off at the very end. */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  const cut = completeUtf8Length(bytes);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, cut));
  } catch {
    return false;
  }
  // The cut-off tail must at least be the start of a valid sequence.
  return cut === bytes.length || bytes.length - cut < 4;
}

/** Length of the prefix that ends on a UTF-8 character boundary (a trailing partial sequence excluded). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const len = bytes.length;
  for (let back = 1; back <= Math.min(4, len); back++) {
    const b = bytes[len - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? len - back : len;
  }
  return len;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (a cut-off sequence at the end counts), or -1. */
export function utf8InvalidAt(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= n) return i;
    for (let k = 1; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

export function textDecoderFor(encoding: TextEncoding, fatal: boolean): TextDecoder {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // ignoreBOM: the BOM is skipped by byte count before decoding, never twice.
  return new TextDecoder(label, { fatal, ignoreBOM: true });
}

/** Text files that are really something else (a web page or XML saved with an .xls name). */
export function sniffTextKind(text: string): Message | null {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table') || /^<(meta|head|body|style)\b/.test(head)) {
    return KINDS.html;
  }
  if (head.startsWith('<?xml') || head.startsWith('<')) {
    if (head.includes('urn:schemas-microsoft-com:office:spreadsheet') || head.includes('<workbook')) return KINDS.xml2003;
    if (head.includes('<html')) return KINDS.html;
    if (head.startsWith('<?xml')) return KINDS.xml;
  }
  // Control characters other than tab, CR, LF, FF: a binary file that happens to decode.
  let controls = 0;
  const sample = text.slice(0, 16384);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.01) return KINDS.binary;
  return null;
}

/** Excel's `sep=;` first line, which tells the delimiter and is not data. */
export function sepLine(text: string): CsvDelimiter | null {
  const m = /^"?sep=(.)"?\r?\n/i.exec(text);
  if (!m) return null;
  const d = m[1];
  return d === ',' || d === ';' || d === '\t' || d === '|' ? d : null;
}

const CANDIDATES: CsvDelimiter[] = [';', ',', '\t', '|'];

/**
 * The delimiter that splits the first records most consistently (quotes respected). Ties go
 * to `;` (Indonesian Excel's default), then `,`, tab, `|`. A file with no delimiter at all
 * (one column) gets `,`.
 */
export function detectDelimiter(text: string, maxRecords = 50): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number[]>(CANDIDATES.map((d) => [d, []]));
  let current = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  let records = 0;
  let nonEmpty = false;
  const endRecord = () => {
    if (nonEmpty) {
      for (const d of CANDIDATES) counts.get(d)!.push(current.get(d)!);
      records++;
    }
    current = new Map(CANDIDATES.map((d) => [d, 0]));
    nonEmpty = false;
  };
  // A quote opens a quoted field only at the start of a field (`Koperasi "Tani"` unquoted is text).
  let atFieldStart = true;
  for (let i = 0; i < text.length && records < maxRecords; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      nonEmpty = true;
      atFieldStart = false;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      atFieldStart = true;
    } else if (ch === ';' || ch === ',' || ch === '\t' || ch === '|') {
      current.set(ch, current.get(ch)! + 1);
      nonEmpty = true;
      atFieldStart = true;
    } else if (ch !== ' ') {
      nonEmpty = true;
      atFieldStart = false;
    }
  }
  endRecord();

  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const list = counts.get(d)!;
    const positive = list.filter((c) => c > 0);
    if (positive.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of positive) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let modeCount = 0;
    for (const [c, k] of freq) if (k > modeCount || (k === modeCount && c > mode)) [mode, modeCount] = [c, k];
    // Share of records split into exactly `mode + 1` fields, weighted a little by the field count.
    const consistency = modeCount / list.length;
    const score = consistency * 100 + Math.min(mode, 50) / 10;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  return sourceHead(path, Math.min(bytes, SNIFF_BYTES));
}

/**
 * Decides what a file is: checks its size, its first bytes, for a ZIP its central directory
 * (zip-guard), for text its encoding and delimiter. Throws ImportReadError for anything that
 * cannot be read (EMPTY_FILE, FILE_TOO_LARGE, UNSUPPORTED_FORMAT, CORRUPT_FILE, ZIP_BOMB, ...).
 */
export async function sniffFile(path: string, limitsIn?: Partial<ReadLimits> | ReadLimits): Promise<SourceInfo> {
  const limits = resolveLimits(limitsIn);
  const fileName = baseName(path);
  const where: ReadErrorWhere = { file: fileName };
  let size: number;
  try {
    const st = await sourceStat(path);
    if (st.isDirectory() && isAppleNumbersPackage(path)) throw readErrors.appleNumbers(where);
    if (!st.isFile()) throw new Error('not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof ImportReadError) throw e;
    throw readErrors.fileNotFound(where, describeCause(e));
  }
  if (size === 0) throw readErrors.emptyFile(where);
  if (size > limits.maxFileBytes) throw readErrors.fileTooLarge(where, size, limits.maxFileBytes);

  let head: Uint8Array;
  try {
    head = await readHead(path, size);
  } catch (e) {
    throw readErrors.fileNotFound(where, describeCause(e));
  }
  const c = sniffContainer(head);
  const base = { fileName, bytes: size };
  switch (c.kind) {
    case 'other':
      throw readErrors.unsupportedFormat(where, c.what);
    case 'ole2':
    case 'biff':
      return { ...base, format: 'xls' };
    case 'zip': {
      const format = await zipFormat(path, fileName, limits, where);
      return { ...base, format };
    }
    case 'text': {
      if (c.encoding === 'windows-1252') {
        // Not UTF-8 — unless valid UTF-8 letters come before the first bad byte: then the file
        // mixes encodings and decoding it either way would garble part of it.
        const bad = utf8InvalidAt(head.subarray(0, completeUtf8Length(head)));
        if (bad > 0 && head.subarray(0, bad).some((b) => b >= 0x80)) {
          throw readErrors.encoding(where, `valid UTF-8 before an invalid byte at ${bad}`);
        }
      }
      const body = head.subarray(c.bomBytes);
      const usable = c.encoding === 'utf-16le' || c.encoding === 'utf-16be' ? body.subarray(0, body.length & ~1) : body;
      let text: string;
      try {
        text = textDecoderFor(c.encoding, false).decode(usable);
      } catch (e) {
        throw readErrors.encoding(where, describeCause(e));
      }
      if (text.trim() === '') throw readErrors.emptyFile(where, 'sheet');
      if (isFlatOpenDocumentSpreadsheet(text)) return { ...base, format: 'fods', encoding: c.encoding };
      const other = sniffTextKind(text);
      if (other) throw readErrors.unsupportedFormat(where, other);
      const sep = sepLine(text);
      const delimiter = sep ?? detectDelimiter(text);
      const info: SourceInfo = { ...base, format: 'csv', encoding: c.encoding, delimiter };
      if (c.bomBytes > 0) info.bom = true;
      if (sep) info.sepLine = true;
      return info;
    }
  }
}


/**
 * What a ZIP file is, from its central directory (checked by zip-guard) and, where needed, its
 * small package parts: an XLSX (wherever its relationships put the workbook) or an OpenDocument
 * spreadsheet is read; anything else is refused, named as well as it can be.
 */
async function zipFormat(path: string, fileName: string, limits: ReadLimits, where: ReadErrorWhere): Promise<FileFormat> {
  const zip = await openGuardedZip(path, limits, where);
  try {
    const names = new Set(zip.entries.map((e) => e.name.toLowerCase()));
    if (names.has('xl/workbook.xml')) {
      if (!names.has('[content_types].xml')) throw readErrors.corrupt(where, 'XLSX without [Content_Types].xml');
      return 'xlsx';
    }
    if (names.has('_rels/.rels')) {
      const main = await officeDocument(zip).catch((e: unknown) => {
        throw mapZipError(e, where);
      });
      if (main?.kind === 'workbook') {
        if (!names.has('[content_types].xml')) throw readErrors.corrupt(where, 'XLSX without [Content_Types].xml');
        return 'xlsx';
      }
      if (main?.kind === 'binaryWorkbook') throw readErrors.unsupportedFormat(where, KINDS.xlsb);
      if (main?.kind === 'word') throw readErrors.unsupportedFormat(where, KINDS.docx);
      if (main?.kind === 'presentation') throw readErrors.unsupportedFormat(where, KINDS.pptx);
    }
    if (names.has('xl/workbook.bin')) throw readErrors.unsupportedFormat(where, KINDS.xlsb);
    if (names.has('content.xml') && (names.has('mimetype') || names.has('meta-inf/manifest.xml'))) {
      if (await isOpenDocumentSpreadsheet(zip)) return 'ods';
      throw readErrors.unsupportedFormat(where, KINDS.odf);
    }
    if (names.has('word/document.xml')) throw readErrors.unsupportedFormat(where, KINDS.docx);
    if (names.has('ppt/presentation.xml')) throw readErrors.unsupportedFormat(where, KINDS.pptx);
    if ([...names].some((n) => /^index\/.+\.iwa$/.test(n)) || names.has('index.zip')) {
      // Pages and Keynote are the same kind of package; the name tells them apart.
      if (/\.(pages|key)$/i.test(fileName)) throw readErrors.unsupportedFormat(where, KINDS.iwork);
      throw readErrors.appleNumbers(where);
    }
    throw readErrors.unsupportedFormat(where, KINDS.zip);
  } finally {
    zip.close();
  }
}

const ODS_TYPES = /^application\/vnd\.oasis\.opendocument\.spreadsheet(?:-template)?$/;

/** The `mimetype` entry (or, without one, the manifest's root entry) of an OpenDocument package says what it is. */
async function isOpenDocumentSpreadsheet(zip: GuardedZip): Promise<boolean> {
  const small = async (name: string, max: number): Promise<string | null> => {
    const entry = zip.find(name);
    if (!entry || entry.uncompressedSize > max) return null;
    const s = await zip.open(entry.name);
    s.setEncoding('utf8');
    let text = '';
    for await (const chunk of s as AsyncIterable<string>) text += chunk;
    return text;
  };
  const mimetype = await small('mimetype', 200);
  if (mimetype !== null) return ODS_TYPES.test(mimetype.trim());
  const manifest = (await small('META-INF/manifest.xml', 1024 * 1024)) ?? '';
  const root = /<manifest:file-entry\b[^>]*manifest:full-path="\/"[^>]*>/.exec(manifest)?.[0] ?? '';
  return /media-type="application\/vnd\.oasis\.opendocument\.spreadsheet(?:-template)?"/.test(root);
}

/** A flat OpenDocument spreadsheet (.fods): one XML file whose root says it is a spreadsheet. */
export function isFlatOpenDocumentSpreadsheet(text: string): boolean {
  const start = text.search(/<office:document[\s>]/);
  if (start < 0 || start > 4096) return false;
  const end = text.indexOf('>', start);
  const root = end < 0 ? '' : text.slice(start, end);
  return /office:mimetype="application\/vnd\.oasis\.opendocument\.spreadsheet(?:-template)?"/.test(root);
}

/** An Apple Numbers package picked as a folder (how macOS keeps older .numbers files). */
export function isAppleNumbersPackage(dir: string): boolean {
  return /\.numbers\/?$/i.test(dir) || existsSync(join(dir, 'Index.zip')) || existsSync(join(dir, 'Index', 'Document.iwa'));
}
