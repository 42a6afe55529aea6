// CSV/TSV: streamed from disk, decoded by the encoding sniff found (falling back from UTF-8 to
// Windows-1252 if the first non-ASCII byte proves the file is not UTF-8), parsed by csv-parse.
import type { Readable } from 'node:stream';
import { sourceStream } from './source-bytes.ts';
import { Transform } from 'node:stream';
import type { TextDecoder } from 'node:util';
import type { TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportReadError, describeCause, readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import type { ReadLimits } from './limits.ts';
import { completeUtf8Length, textDecoderFor, utf8InvalidAt } from './sniff.ts';
import type { CellValue, RowSource, SheetInfo, SourceInfo, TextEncoding } from './types.ts';

/** The one "sheet" of a CSV: named after the file, without its extension. */
export function csvSheetInfo(source: SourceInfo): SheetInfo {
  const name = source.fileName.replace(/\.[^.]*$/, '') || source.fileName;
  return { name, index: 0, rowCountHint: null, hidden: false };
}

/**
 * Bytes in, text out. `utf-8` (sniffed from the head only) is decoded strictly; if an invalid
 * sequence turns up before any valid non-ASCII character, the whole file is Windows-1252 (the
 * ASCII already decoded reads the same in both) and decoding switches; after one, the file mixes
 * encodings and fails with ENCODING. `utf-8-bom` and UTF-16 are strict; `windows-1252` decodes
 * any byte.
 */
export class TextDecodeStream extends Transform {
  bytesIn = 0;
  /** The encoding actually used (changes from utf-8 to windows-1252 on fallback). */
  encoding: TextEncoding;
  #skip: number;
  #decoder: TextDecoder;
  #carry: Buffer = Buffer.alloc(0);
  #sawNonAscii = false;
  #tentative: boolean;
  #where: ReadErrorWhere;

  constructor(encoding: TextEncoding, bomBytes: number, where: ReadErrorWhere) {
    super({ decodeStrings: true, encoding: 'utf8' });
    this.encoding = encoding;
    this.#skip = bomBytes;
    this.#tentative = encoding === 'utf-8';
    this.#decoder = textDecoderFor(encoding, encoding !== 'windows-1252');
    this.#where = where;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.bytesIn += chunk.length;
    if (this.#skip > 0) {
      const n = Math.min(this.#skip, chunk.length);
      this.#skip -= n;
      chunk = chunk.subarray(n);
    }
    this.#run(chunk, false, cb);
  }

  override _flush(cb: TransformCallback): void {
    this.#run(Buffer.alloc(0), true, cb);
  }

  #run(chunk: Buffer, final: boolean, cb: TransformCallback): void {
    let out: { text: string; error?: ImportReadError };
    try {
      out = this.#decode(chunk, final);
    } catch (e) {
      cb(e instanceof ImportReadError ? e : readErrors.encoding(this.#where, describeCause(e)));
      return;
    }
    if (!out.error) {
      cb(null, out.text);
      return;
    }
    // Hand over the valid text before the bad byte first, so the parser's record count says
    // which row the bad byte is in when the error arrives.
    if (out.text) this.push(out.text);
    const err = out.error;
    setImmediate(() => cb(err));
  }

  #decode(chunk: Buffer, final: boolean): { text: string; error?: ImportReadError } {
    if (!this.#tentative) {
      try {
        return { text: this.#decoder.decode(chunk, { stream: !final }) };
      } catch (e) {
        return { text: '', error: readErrors.encoding(this.#where, `invalid ${this.encoding} near byte ${this.bytesIn}: ${describeCause(e)}`) };
      }
    }
    const data = this.#carry.length ? Buffer.concat([this.#carry, chunk]) : chunk;
    const cut = final ? data.length : completeUtf8Length(data);
    const part = data.subarray(0, cut);
    try {
      const text = this.#decoder.decode(part);
      this.#carry = Buffer.from(data.subarray(cut));
      if (!this.#sawNonAscii && NON_ASCII.test(text)) this.#sawNonAscii = true;
      return { text };
    } catch {
      // Where is the first bad byte, and was there valid non-ASCII text before it?
      const bad = utf8InvalidAt(part);
      const before = part.subarray(0, Math.max(0, bad));
      const valid = this.#decoder.decode(before);
      if (this.#sawNonAscii || NON_ASCII.test(valid)) {
        const at = this.bytesIn - chunk.length + (bad - this.#carry.length);
        return { text: valid, error: readErrors.encoding(this.#where, `UTF-8 text turns invalid at byte ${at}`) };
      }
      // Everything before was ASCII, which Windows-1252 reads the same way.
      this.#tentative = false;
      this.encoding = 'windows-1252';
      this.#decoder = textDecoderFor('windows-1252', false);
      this.#carry = Buffer.alloc(0);
      return { text: this.#decoder.decode(data, { stream: !final }) };
    }
  }
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export function openCsv(path: string, source: SourceInfo, limits: ReadLimits, where: ReadErrorWhere): RowSource {
  const sheet = csvSheetInfo(source);
  const encoding = source.encoding ?? 'utf-8';
  const bomBytes = !source.bom ? 0 : encoding === 'utf-8-bom' ? 3 : 2;
  // A CSV has no sheets: its messages name the file (and row) alone, never a sheet.
  let file: Readable | null = null;
  let decoder: TextDecodeStream | null = null;
  let parser: ReturnType<typeof parse> | null = null;
  const close = () => {
    file?.destroy();
    decoder?.destroy();
    parser?.destroy();
  };

  async function* rows(): AsyncGenerator<{ rowNumber: number; cells: Array<CellValue | undefined> }> {
    decoder = new TextDecodeStream(encoding, bomBytes, where);
    file = sourceStream(path, { highWaterMark: 256 * 1024 });
    parser = parse({
      delimiter: source.delimiter ?? ',',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: false,
      // Whole records are bounded: a quote opened and never closed swallows the rest of the
      // file into one field, which this stops early.
      max_record_size: limits.maxCellLength * Math.min(limits.maxColumns, 64) + limits.maxColumns,
      from_line: source.sepLine ? 2 : 1,
    });
    const dec = decoder;
    const p = parser;
    file.on('error', (e) => dec.destroy(readErrors.fileNotFound(where, describeCause(e))));
    dec.on('error', (e) => {
      // The parser has taken every record before the bad byte: the next one holds it.
      const row = p.info.records + 1;
      p.destroy(e instanceof ImportReadError && e.where.row === undefined ? e.at({ row }) : e);
    });
    file.pipe(dec).pipe(p);
    let rowNumber = 0;
    try {
      for await (const record of p as AsyncIterable<string[]>) {
        rowNumber++;
        const cells: Array<CellValue | undefined> = new Array(record.length);
        for (let i = 0; i < record.length; i++) {
          const v = record[i];
          cells[i] = v === '' || v === undefined ? null : v;
        }
        yield { rowNumber, cells };
      }
    } catch (e) {
      throw mapCsvError(e, { ...where, row: rowNumber + 1 }, limits);
    } finally {
      close();
    }
  }

  return {
    sheet,
    bytesTotal: source.bytes,
    bytesRead: () => decoder?.bytesIn ?? 0,
    rows: rows(),
    close,
  };
}

function mapCsvError(e: unknown, where: ReadErrorWhere, limits: ReadLimits): ImportReadError {
  if (e instanceof ImportReadError) return e.where.row === undefined ? e.at({ row: where.row, sheet: where.sheet }) : e;
  const info = e as { code?: unknown; records?: unknown } | null;
  // csv-parse counts the records it produced before the failing one.
  const at = typeof info?.records === 'number' ? { ...where, row: info.records + 1 } : where;
  if (info?.code === 'CSV_MAX_RECORD_SIZE') return readErrors.cellTooLong(at, limits.maxCellLength, true);
  return readErrors.corrupt(at, describeCause(e));
}
