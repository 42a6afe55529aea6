// XLSX through exceljs's streaming reader, fed from zip-guard instead of exceljs's own unzipper:
// - parts are read through the central directory that zip-guard checked (never from local
//   headers that may say something else), each stopped at its declared size;
// - parts are read in the order parsing needs (workbook, relationships, shared strings,
//   styles, then only the chosen sheet), so no sheet is spooled to a temp file and the styles
//   that date detection needs are always there;
// - every part is decoded to text by Node's stream decoder before the XML parser sees it
//   (exceljs decodes each chunk alone, which turns a character split between two chunks into
//   U+FFFD).
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import type { ReadLimits } from './limits.ts';
import type { CellValue, RowSource, SheetInfo } from './types.ts';
import { mapZipError, openGuardedZip } from './zip-guard.ts';
import type { GuardedZip } from './zip-guard.ts';

// The parts of exceljs's WorkbookReader used here (internal methods of exceljs 4.4).
interface ExcelJsRel {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}
interface ExcelJsCell {
  value: unknown;
}
interface ExcelJsRow {
  number: number;
  eachCell(opt: { includeEmpty: boolean }, cb: (cell: ExcelJsCell, col: number) => void): void;
}
interface ExcelJsWorksheetReader {
  parse(): AsyncIterable<Array<{ eventType: string; value: unknown }>>;
}
interface ExcelJsReaderInternals {
  workbookRels?: ExcelJsRel[];
  model?: { sheets?: Array<{ id?: number; name?: string; rId?: string; state?: string }> };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Iterable<{ eventType: string; value: ExcelJsWorksheetReader }>;
}

const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

interface SheetEntry {
  info: SheetInfo;
  part: string;
}

export interface XlsxBook {
  sheets: SheetInfo[];
  openRows(sheet: SheetInfo): Promise<RowSource>;
  close(): void;
}

function newReader(path: string): ExcelJsReaderInternals {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Needed for dates: a date is a number whose cell style has a date number format.
    styles: 'cache',
    entries: 'ignore',
  });
  return reader as unknown as ExcelJsReaderInternals;
}

/** Resolves a relationship target against `xl/` (targets are relative, or absolute from the root). */
function partName(target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return t.slice(1);
  const parts = ['xl'];
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

async function textPart(zip: GuardedZip, name: string, onBytes?: (n: number) => void): Promise<Readable> {
  const s = await zip.open(name, onBytes);
  s.setEncoding('utf8');
  return s;
}

/** Reads the start of a sheet part for `<dimension ref="A1:L100001"/>`; the last row, or null. */
async function dimensionHint(zip: GuardedZip, part: string): Promise<number | null> {
  const s = await textPart(zip, part);
  let head = '';
  try {
    for await (const chunk of s as AsyncIterable<string>) {
      head += chunk;
      if (head.length >= 8192 || /<(\w+:)?sheetData[\s>/]/.test(head)) break;
    }
  } finally {
    s.destroy();
  }
  const m = /<(?:\w+:)?dimension\s+ref="\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?"/.exec(head);
  if (!m) return null;
  const last = Number(m[2] ?? m[1]);
  return Number.isSafeInteger(last) ? last : null;
}

export async function openXlsx(path: string, limits: ReadLimits, where: ReadErrorWhere): Promise<XlsxBook> {
  const zip = await openGuardedZip(path, limits, where);
  try {
    const reader = newReader(path);
    const relsPart = 'xl/_rels/workbook.xml.rels';
    if (!zip.find(relsPart) || !zip.find('xl/workbook.xml')) {
      throw readErrors.corrupt(where, 'xl/workbook.xml or its relationships are missing');
    }
    try {
      await reader._parseRels(await textPart(zip, relsPart));
      await reader._parseWorkbook(await textPart(zip, 'xl/workbook.xml'));
    } catch (e) {
      throw mapZipError(e, where);
    }
    const rels = reader.workbookRels ?? [];
    const relById = new Map(rels.map((r) => [r.Id, r]));
    const sheets: SheetEntry[] = [];
    for (const s of reader.model?.sheets ?? []) {
      const rel = s.rId === undefined ? undefined : relById.get(s.rId);
      if (!rel || !REL_WORKSHEET.test(rel.Type) || rel.TargetMode === 'External') continue; // chart sheets, macro sheets
      const part = partName(rel.Target);
      const entry = zip.find(part);
      if (!entry) continue;
      sheets.push({
        part: entry.name,
        info: {
          name: String(s.name ?? `Sheet${sheets.length + 1}`),
          index: sheets.length,
          rowCountHint: null,
          hidden: s.state === 'hidden' || s.state === 'veryHidden',
        },
      });
    }
    for (const s of sheets) {
      try {
        s.info.rowCountHint = await dimensionHint(zip, s.part);
      } catch {
        s.info.rowCountHint = null; // a hint only; reading the sheet will report a real problem
      }
    }
    const relPart = (re: RegExp, fallback: string) => {
      const rel = rels.find((r) => re.test(r.Type));
      const name = rel ? partName(rel.Target) : fallback;
      return zip.find(name)?.name ?? null;
    };
    const sharedStringsPart = relPart(REL_SHARED_STRINGS, 'xl/sharedStrings.xml');
    const stylesPart = relPart(REL_STYLES, 'xl/styles.xml');

    let opened = false;
    return {
      sheets: sheets.map((s) => s.info),
      close: () => zip.close(),
      async openRows(sheet: SheetInfo): Promise<RowSource> {
        if (opened) throw new Error('openRows may be called once per book');
        opened = true;
        const entry = sheets.find((s) => s.info.index === sheet.index);
        if (!entry) throw readErrors.corrupt(where, `sheet ${sheet.name} has no part`);
        const sheetWhere = { ...where, sheet: sheet.name };
        try {
          if (sharedStringsPart) {
            for await (const _ of reader._parseSharedStrings(await textPart(zip, sharedStringsPart))) {
              // 'cache' mode yields nothing; the loop drives the parse.
            }
          }
          if (stylesPart) await reader._parseStyles(await textPart(zip, stylesPart));
        } catch (e) {
          zip.close();
          throw mapZipError(e, where);
        }
        const bytesTotal = zip.find(entry.part)?.uncompressedSize ?? 0;
        let bytesRead = 0;
        const stream = await textPart(zip, entry.part, (n) => {
          bytesRead = n;
        });
        const close = () => {
          stream.destroy();
          zip.close();
        };
        return {
          sheet,
          bytesTotal,
          bytesRead: () => bytesRead,
          rows: sheetRows(reader, watchMarkup(stream, sheetWhere), sheetWhere, close),
          close,
        };
      },
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

interface MarkupWatch {
  iterable: AsyncIterable<string>;
  /** The XML had at least one cell element. */
  sawCell(): boolean;
}

/**
 * Passes the sheet's text through, noticing two things exceljs would silently get wrong:
 * element names with a namespace prefix (`<x:row>`, written by some non-Excel tools), which it
 * does not recognise and would read as zero rows; and whether there was any cell at all.
 */
function watchMarkup(stream: Readable, where: ReadErrorWhere): MarkupWatch {
  let sawCell = false;
  let checked = 0;
  async function* iterate(): AsyncGenerator<string> {
    for await (const chunk of stream as AsyncIterable<string>) {
      if (checked < 1_048_576) {
        checked += chunk.length;
        if (/<[A-Za-z_][\w.-]*:(?:sheetData|row|c)[\s>/]/.test(chunk)) {
          throw readErrors.unsupportedFormat(where, {
            id: 'XLSX yang ditulis program lain dengan nama elemen berawalan (mis. <x:row>)',
            en: 'an XLSX written by another program with prefixed element names (e.g. <x:row>)',
          });
        }
      }
      if (!sawCell && /<c[\s>/]/.test(chunk)) sawCell = true;
      yield chunk;
    }
  }
  return { iterable: iterate(), sawCell: () => sawCell };
}

async function* sheetRows(
  reader: ExcelJsReaderInternals,
  watch: MarkupWatch,
  where: ReadErrorWhere,
  close: () => void,
): AsyncGenerator<{ rowNumber: number; cells: Array<CellValue | undefined> }> {
  let emitted = 0;
  let lastRow = 0;
  try {
    let ws: ExcelJsWorksheetReader | undefined;
    for (const ev of reader._parseWorksheet(watch.iterable, '1')) if (ev.eventType === 'worksheet') ws = ev.value;
    if (!ws) throw readErrors.internal(where, 'exceljs did not create a worksheet reader');
    for await (const events of ws.parse()) {
      for (const { eventType, value } of events) {
        if (eventType !== 'row') continue;
        const row = value as ExcelJsRow;
        // `r` is optional in the XML: a row without it follows the previous one.
        const rowNumber = Number.isSafeInteger(row.number) && row.number > 0 ? row.number : lastRow + 1;
        lastRow = rowNumber;
        const cells: Array<CellValue | undefined> = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = fromExcelJs(cell.value);
        });
        emitted++;
        yield { rowNumber, cells };
      }
    }
    if (emitted === 0 && watch.sawCell()) {
      throw readErrors.corrupt(where, 'the sheet has cells but none could be read');
    }
  } catch (e) {
    throw mapZipError(e, { ...where, row: lastRow + 1 });
  } finally {
    close();
  }
}

/** ISO date (or date-time) of a Date that exceljs built from an Excel serial in UTC. */
export function isoFromUtc(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const x = new Date(Math.round(t / 1000) * 1000);
  const y = x.getUTCFullYear();
  if (y < 1 || y > 9999) return null;
  const iso = x.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function scalar(v: unknown): string | number | boolean | null {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return isoFromUtc(v);
  if (v && typeof v === 'object' && 'richText' in v) return richText(v.richText);
  return null;
}

function richText(parts: unknown): string {
  if (!Array.isArray(parts)) return '';
  let s = '';
  for (const p of parts) if (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string') s += (p as { text: string }).text;
  return s;
}

/** exceljs's cell value to ours. */
export function fromExcelJs(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : { error: '#NUM!' };
    case 'object':
      break;
    default:
      return null;
  }
  if (v instanceof Date) {
    const iso = isoFromUtc(v);
    return iso === null ? { error: '#VALUE!' } : { date: iso };
  }
  const o = v as Record<string, unknown>;
  if (typeof o.formula === 'string' || typeof o.sharedFormula === 'string') {
    return { formula: String(o.formula ?? o.sharedFormula), result: scalar(o.result) };
  }
  if (typeof o.error === 'string') return { error: o.error };
  if ('richText' in o) return richText(o.richText);
  if (typeof o.text === 'string') return o.text;
  return null;
}

