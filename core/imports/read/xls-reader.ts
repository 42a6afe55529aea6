// XLS (Excel 97-2003 BIFF, and bare BIFF2-5) through SheetJS. An XLS sheet holds at most
// 65,536 rows, so the workbook is parsed whole (in the worker, under its memory cap), with
// `sheetRows` so a bigger sheet than the limit is never materialised.
import { sourceBytes } from './source-bytes.ts';
import * as XLSX from 'xlsx';
import { ImportReadError, describeCause, isOutOfMemory, readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import type { ReadLimits } from './limits.ts';
import { FORMAT_KINDS } from './sniff.ts';
import type { CellValue, RowSource, SheetInfo, SourceInfo } from './types.ts';
import { mergedDownOfSheetJs } from './merged-down.ts';
import { xlsHiddenColumns } from './xls-hidden-columns.ts';

export interface XlsBook {
  sheets: SheetInfo[];
  openRows(sheet: SheetInfo): Promise<RowSource>;
  close(): void;
}

const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** OLE2 containers that are not XLS workbooks: an encrypted XLSX, a Word .doc, an Outlook .msg, ... */
function checkCompoundFile(buf: Buffer, where: ReadErrorWhere): void {
  let paths: string[];
  try {
    paths = XLSX.CFB.read(buf, { type: 'buffer' }).FullPaths.map((p: string) => p.toLowerCase());
  } catch (e) {
    throw readErrors.corrupt(where, describeCause(e));
  }
  const has = (name: string) => paths.some((p) => p.endsWith(`/${name}`));
  if (has('encryptedpackage') || has('encryptioninfo')) throw readErrors.encrypted(where, 'OLE2 EncryptedPackage (encrypted OOXML)');
  if (!has('workbook') && !has('book')) throw readErrors.unsupportedFormat(where, FORMAT_KINDS.ole2, `streams: ${paths.slice(0, 20).join(', ')}`);
}

/** A SheetJS failure as the user should read it. */
export function mapSheetJsError(e: unknown, where: ReadErrorWhere): ImportReadError {
  if (e instanceof ImportReadError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg)) return readErrors.encrypted(where, msg);
  if (isOutOfMemory(e)) return readErrors.memoryLimit(where, undefined, msg);
  return readErrors.corrupt(where, describeCause(e));
}

async function load(path: string, source: SourceInfo, where: ReadErrorWhere): Promise<Buffer> {
  let buf: Buffer;
  try {
    buf = await sourceBytes(path);
  } catch (e) {
    throw readErrors.fileNotFound(where, describeCause(e));
  }
  if (buf.length !== source.bytes) throw readErrors.fileNotFound(where, 'the file changed while it was being read');
  if (buf[0] === 0xd0) checkCompoundFile(buf, where);
  return buf;
}

export async function openXls(path: string, source: SourceInfo, limits: ReadLimits, where: ReadErrorWhere): Promise<XlsBook> {
  let buf: Buffer | null = await load(path, source, where);
  let names: string[];
  let hiddenFlags: unknown[] = [];
  try {
    const wb = XLSX.read(buf, { type: 'buffer', bookSheets: true, WTF: false });
    names = wb.SheetNames.slice();
    hiddenFlags = (wb.Workbook?.Sheets ?? []).map((s) => s.Hidden);
  } catch (e) {
    throw mapSheetJsError(e, where);
  }
  const sheets: SheetInfo[] = names.map((name, index) => ({
    name,
    index,
    rowCountHint: null,
    hidden: typeof hiddenFlags[index] === 'number' && (hiddenFlags[index] as number) > 0,
  }));

  return {
    sheets,
    close: () => {
      buf = null;
    },
    async openRows(sheet: SheetInfo): Promise<RowSource> {
      if (!buf) throw new Error('book closed');
      const sheetWhere = { ...where, sheet: sheet.name };
      // Before the parse: the workbook stream's copy is let go before the cells are built.
      const hiddenColumns = xlsHiddenColumns(buf, sheet.index, limits.maxColumns);
      let wb: XLSX.WorkBook;
      try {
        wb = XLSX.read(buf, {
          type: 'buffer',
          dense: true,
          sheets: [sheet.index],
          // One row past the limit is enough to report TOO_MANY_ROWS; never more is built.
          sheetRows: limits.maxRows + 1,
          cellFormula: true,
          cellNF: true,
          cellText: false,
          cellDates: false,
          cellHTML: false,
          cellStyles: false,
          bookVBA: false,
          WTF: false,
        });
      } catch (e) {
        throw mapSheetJsError(e, sheetWhere);
      }
      buf = null;
      const ws = wb.Sheets[sheet.name];
      const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
      const data = (ws?.['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
      const merges = ws?.['!merges'];
      if (ws) {
        // Rows past `!ref` (from the range header) are noise; the limit needs the full extent.
        const full = ws['!fullref'] ?? ws['!ref'];
        sheet.rowCountHint = full ? XLSX.utils.decode_range(full).e.r + 1 : 0;
      }
      const rowProps = ws?.['!rows'] ?? [];
      async function* rows(): AsyncGenerator<{ rowNumber: number; cells: Array<CellValue | undefined>; hidden?: boolean }> {
        for (let r = 0; r < data.length; r++) {
          const row = data[r];
          if (!row) continue;
          const cells: Array<CellValue | undefined> = new Array(row.length);
          for (let c = 0; c < row.length; c++) {
            const cell = row[c];
            if (cell) cells[c] = fromSheetJs(cell, date1904);
          }
          yield rowProps[r]?.hidden ? { rowNumber: r + 1, cells, hidden: true } : { rowNumber: r + 1, cells };
        }
      }
      return {
        sheet,
        bytesTotal: source.bytes,
        // Parsed whole before the first row: all bytes are read by then.
        bytesRead: () => source.bytes,
        rows: rows(),
        mergedDown: mergedDownOfSheetJs(merges),
        hiddenColumns,
        close: () => {},
      };
    },
  };
}

/** ISO date/date-time of an Excel serial, or null if it is not a date Excel could show. */
export function isoFromSerial(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return null;
  const p = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!p) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
  return p.H === 0 && p.M === 0 && p.S === 0 ? date : `${date}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`;
}

function scalarOf(cell: XLSX.CellObject): string | number | boolean | null {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'n':
      // A formula's date result stays the serial number, as in XLSX (the result type has no date).
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 'd':
      return cell.v instanceof Date && Number.isFinite(cell.v.getTime()) ? cell.v.toISOString().slice(0, 10) : null;
    default:
      return null;
  }
}

export function fromSheetJs(cell: XLSX.CellObject, date1904: boolean): CellValue {
  if (typeof cell.f === 'string' && cell.f !== '') {
    const result = cell.t === 'e' ? null : scalarOf(cell);
    return { formula: cell.f, result };
  }
  switch (cell.t) {
    case 'z':
      return null;
    case 'e':
      return { error: typeof cell.w === 'string' ? cell.w : (ERROR_TEXT[Number(cell.v)] ?? '#ERROR') };
    case 'n': {
      if (typeof cell.v !== 'number' || !Number.isFinite(cell.v)) return { error: '#NUM!' };
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
        const iso = isoFromSerial(cell.v, date1904);
        return iso === null ? cell.v : { date: iso };
      }
      return cell.v;
    }
    case 'd': {
      const v = scalarOf(cell);
      return typeof v === 'string' ? { date: v } : null;
    }
    default:
      return scalarOf(cell);
  }
}
