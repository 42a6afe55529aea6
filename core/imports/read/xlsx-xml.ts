// What the parts of an XLSX mean, read from saxes events (saxes is the XML parser exceljs uses:
// well-formedness, entities, CDATA are its job). Here: relationships, the workbook's sheet list,
// shared strings and a sheet's rows, straight to our CellValue. This replaces exceljs's
// WorksheetReader, which built a Row and a Cell object with merged styles for every cell (most
// of the time of a read) and then had its values copied out again.
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import { msg } from '../../messages.ts';
import type { CellValue } from './types.ts';

export interface XmlHandler {
  open(tag: SaxesTagPlain): void;
  text(text: string): void;
  close(tag: SaxesTagPlain): void;
}

/**
 * Feeds `chunks` (text: bytes are decoded before, so a character split between two chunks stays
 * whole) to `handler`, yielding after each chunk so the caller can take what it produced. The
 * first XML error is thrown after the chunk that had it; an unclosed element at the end is one.
 */
export async function* parseXml(chunks: AsyncIterable<string>, handler: XmlHandler): AsyncGenerator<void> {
  const parser = new SaxesParser();
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => handler.open(tag));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('closetag', (tag) => handler.close(tag));
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (error) throw error;
    yield;
  }
  parser.close();
  if (error) throw error;
}

/** Parses a whole (small) part with `handler`. */
export async function parseXmlPart(chunks: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  for await (const _ of parseXml(chunks, handler)) {
    // the handler collects
  }
}

// --- xl/_rels/workbook.xml.rels and xl/workbook.xml -------------------------------------------

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationshipsHandler(out: Relationship[]): XmlHandler {
  return {
    open(tag) {
      if (tag.name !== 'Relationship') return;
      const a = tag.attributes;
      out.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' });
    },
    text() {},
    close() {},
  };
}

export interface WorkbookModel {
  sheets: Array<{ name: string; rId: string; state: string }>;
  /** Serial 0 is 1904-01-01 (old Mac Excel) instead of 1899-12-31. */
  date1904: boolean;
}

export function workbookHandler(out: WorkbookModel): XmlHandler {
  return {
    open(tag) {
      const a = tag.attributes;
      if (tag.name === 'sheet') {
        // `r:id`, unless the writer named the relationships namespace's prefix otherwise
        const rId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
        out.sheets.push({ name: a.name ?? '', rId, state: a.state ?? 'visible' });
      }
      else if (tag.name === 'workbookPr') out.date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    text() {},
    close() {},
  };
}

// --- shared strings and inline strings ----------------------------------------------------------

const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

/**
 * A string as OOXML stores it (ST_Xstring) decoded: Excel writes a character XML cannot hold, or
 * chooses not to, as `_xHHHH_` (a carriage return pasted from another program: "Br. Kaja_x000D_"),
 * and a literal "_x" that would read as one with its underscore escaped (`_x005F_`). Decoded
 * left to right in one pass, so "_x005F_x000D_" stays the text "_x000D_" (walk 36: the address
 * "Br. Kaja_x000D_ Gang 2" was stored). A carriage return then becomes a space like any line
 * break in a cell (cell-values.ts `text`), as CSV and ODS line breaks do.
 */
export function unescapeXstring(s: string): string {
  return s.includes('_x') ? s.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : s;
}

/**
 * The text of one string item (`<si>` or `<is>`): its `<t>`, or the `<t>` of each rich-text run
 * `<r>`, joined; phonetic guides (`<rPh>`, furigana) are not part of the value.
 */
class StringItem {
  text: string | null = null;
  #inT = false;
  #phonetic = 0;

  start(): void {
    this.text = null;
    this.#inT = false;
    this.#phonetic = 0;
  }

  /** Returns false for elements that are not its business. */
  open(name: string): boolean {
    if (name === 't') {
      if (this.#phonetic === 0) {
        this.#inT = true;
        this.text ??= '';
      }
    } else if (name === 'rPh') this.#phonetic++;
    else return false;
    return true;
  }

  add(text: string): void {
    if (this.#inT) this.text += text;
  }

  close(name: string): void {
    if (name === 't') this.#inT = false;
    else if (name === 'rPh') this.#phonetic--;
  }
}

export function sharedStringsHandler(out: string[]): XmlHandler {
  const item = new StringItem();
  let inItem = false;
  return {
    open(tag) {
      if (tag.name === 'si') {
        inItem = true;
        item.start();
      } else if (inItem) item.open(tag.name);
    },
    text(text) {
      if (inItem) item.add(text);
    },
    close(tag) {
      if (tag.name === 'si') {
        inItem = false;
        out.push(unescapeXstring(item.text ?? ''));
      } else if (inItem) item.close(tag.name);
    },
  };
}

// --- a sheet's rows -------------------------------------------------------------------------------

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Whether cell style `s` has a date number format. */
  isDateStyle(s: number): boolean;
  date1904: boolean;
  where: ReadErrorWhere;
}

export interface XlsxRow {
  rowNumber: number;
  cells: Array<CellValue | undefined>;
  hidden?: boolean;
}

const TEXT_NONE = 0;
const TEXT_V = 1;
const TEXT_F = 2;
const PREFIXED = /^[A-Za-z_][\w.-]*:(?:sheetData|row|c)$/;
/** Excel's last column, XFD. */
const MAX_COLUMN = 16384;

/**
 * The rows of `<sheetData>`, as they complete: take them from `rows` after each chunk. Row and
 * column come from `r` when present (else: the one after the previous), values from the cell
 * type `t`, numbers with a date style become dates.
 */
export class SheetHandler implements XmlHandler {
  rows: XlsxRow[] = [];
  /** Any `<c>` at all (a sheet with cells but no rows read is corrupt, not empty). */
  sawCell = false;
  /** Rows completed so far. */
  rowCount = 0;

  #ctx: SheetContext;
  #inSheetData = false;
  #cells: Array<CellValue | undefined> | null = null;
  #rowNumber = 0;
  #lastRow = 0;
  #rowHidden = false;
  #inCell = false;
  #col = 0;
  #type = '';
  #style = 0;
  #v: string | null = null;
  #f: string | null = null;
  #textInto = TEXT_NONE;
  #inline = new StringItem();
  #inInline = false;

  constructor(ctx: SheetContext) {
    this.#ctx = ctx;
  }

  open(tag: SaxesTagPlain): void {
    switch (tag.name) {
      case 'c':
        this.sawCell = true;
        if (this.#cells) this.#openCell(tag.attributes);
        return;
      case 'v':
        if (this.#inCell) {
          this.#v = '';
          this.#textInto = TEXT_V;
        }
        return;
      case 'f':
        if (this.#inCell) {
          this.#f = '';
          this.#textInto = TEXT_F;
        }
        return;
      case 'is':
        if (this.#inCell) {
          this.#inInline = true;
          this.#inline.start();
        }
        return;
      case 'row':
        if (this.#inSheetData) {
          const r = tag.attributes.r;
          const n = r === undefined ? NaN : Number(r);
          this.#rowNumber = Number.isSafeInteger(n) && n > 0 ? n : this.#lastRow + 1;
          this.#lastRow = this.#rowNumber;
          this.#cells = [];
          this.#col = 0;
          // Hidden by hand or by a filter (the row stays in the file; the dry run says so).
          this.#rowHidden = tag.attributes.hidden === '1' || tag.attributes.hidden === 'true';
        }
        return;
      case 'sheetData':
        this.#inSheetData = true;
        return;
      default:
        if (this.#inInline) this.#inline.open(tag.name);
        else if (PREFIXED.test(tag.name)) {
          // Refused rather than read as nothing: the workbook and styles are read by unprefixed names too.
          throw readErrors.unsupportedFormat(this.#ctx.where, msg('read.kinds.prefixedXlsx'));
        }
    }
  }

  text(text: string): void {
    if (this.#textInto === TEXT_V) this.#v += text;
    else if (this.#textInto === TEXT_F) this.#f += text;
    else if (this.#inInline) this.#inline.add(text);
  }

  close(tag: SaxesTagPlain): void {
    switch (tag.name) {
      case 'v':
      case 'f':
        this.#textInto = TEXT_NONE;
        return;
      case 'is':
        this.#inInline = false;
        return;
      case 'c':
        if (this.#inCell) this.#closeCell();
        return;
      case 'row':
        if (this.#cells) {
          this.rows.push(this.#rowHidden ? { rowNumber: this.#rowNumber, cells: this.#cells, hidden: true } : { rowNumber: this.#rowNumber, cells: this.#cells });
          this.rowCount++;
          this.#cells = null;
          this.#inCell = false; // (well-formed XML closed it already)
        }
        return;
      case 'sheetData':
        this.#inSheetData = false;
        return;
      default:
        if (this.#inInline) this.#inline.close(tag.name);
    }
  }

  #openCell(a: Record<string, string>): void {
    this.#inCell = true;
    this.#col = a.r === undefined ? this.#col + 1 : columnOf(a.r, this.#ctx.where, this.#rowNumber);
    if (this.#col > MAX_COLUMN) throw readErrors.corrupt({ ...this.#ctx.where, row: this.#rowNumber }, `a row with more than ${MAX_COLUMN} cells`);
    this.#type = a.t ?? 'n';
    const s = a.s === undefined ? 0 : Number(a.s);
    this.#style = Number.isSafeInteger(s) && s >= 0 ? s : 0;
    this.#v = null;
    this.#f = null;
    this.#textInto = TEXT_NONE;
    this.#inInline = false;
    this.#inline.text = null;
  }

  #closeCell(): void {
    this.#inCell = false;
    this.#textInto = TEXT_NONE;
    this.#inInline = false;
    const v = this.#v;
    let value: CellValue | undefined;
    if (this.#f !== null) value = { formula: this.#f, result: v === null ? null : formulaResult(this.#type, v) };
    else if (this.#type === 'inlineStr') {
      const inline = this.#inline.text ?? v;
      value = inline === null ? undefined : unescapeXstring(inline);
    }
    else if (v !== null) value = this.#value(v);
    // A value that appears twice for the same column replaces the first (as exceljs did).
    if (value !== undefined) this.#cells![this.#col - 1] = value;
  }

  #value(v: string): CellValue | undefined {
    switch (this.#type) {
      case 's':
        return this.#ctx.sharedStrings[Number.parseInt(v, 10)];
      case 'str':
        // A string without a formula: only other programs write one, and SheetJS does without
        // escaping ("_x0041_" typed stays so in the XML): taken as written.
        return v;
      case 'b':
        return Number.parseInt(v, 10) !== 0;
      case 'e':
        return { error: v };
      case 'd':
        return isoDateCell(v);
      default: {
        const n = Number.parseFloat(v);
        if (this.#ctx.isDateStyle(this.#style)) {
          const iso = Number.isFinite(n) ? isoFromUtc(excelToDate(n, this.#ctx.date1904)) : null;
          return iso === null ? { error: '#VALUE!' } : { date: iso };
        }
        return Number.isFinite(n) ? n : { error: '#NUM!' };
      }
    }
  }
}

/** The cached result of a formula cell, by the cell's type. */
function formulaResult(type: string, v: string): string | number | boolean | null {
  switch (type) {
    case 'str':
      return unescapeXstring(v);
    case 'b':
      return Number.parseInt(v, 10) !== 0;
    case 'e':
      return null;
    default: {
      const n = Number.parseFloat(v);
      return Number.isFinite(n) ? n : null;
    }
  }
}

/** 1-based column of a cell reference like `AB12` (up to XFD, Excel's last column). */
export function columnOf(ref: string, where: ReadErrorWhere, row: number): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break; // A-Z
    col = col * 26 + (c - 64);
  }
  let ok = i > 0 && col <= MAX_COLUMN;
  for (let j = i; ok && j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    ok = c >= 48 && c <= 57; // the row's digits
  }
  if (!ok) throw readErrors.corrupt({ ...where, row }, `invalid cell reference ${JSON.stringify(ref.slice(0, 20))}`);
  return col;
}

/** The moment an Excel serial date stands for, as a UTC Date (as exceljs computes it). */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** ISO date (or date-time) of a Date built from an Excel serial in UTC; null out of range. */
export function isoFromUtc(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const x = new Date(Math.round(t / 1000) * 1000);
  const y = x.getUTCFullYear();
  if (y < 1 || y > 9999) return null;
  const iso = x.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A `t="d"` cell: the value is an ISO 8601 date or date-time already. */
function isoDateCell(v: string): CellValue {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  if (!m || Number.isNaN(Date.parse(m[1]!))) return { error: '#VALUE!' };
  if (!m[2]) return { date: m[1]! };
  const time = `${m[2]}:${m[3] ?? '00'}`;
  return { date: time === '00:00:00' ? m[1]! : `${m[1]}T${time}` };
}

/** A number format that shows a date or a time (the test exceljs uses). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}
