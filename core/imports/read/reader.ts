// The one entry point for every format: sniff, open, pick the sheet, stream rows through the
// common checks (rows, columns, cell length, cancel). Runs wherever it is called: the app calls
// it through read-in-worker.ts, which runs it in a worker with a memory cap and a time limit.
import { ImportReadError, baseName, describeCause, isOutOfMemory, readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import { resolveLimits } from './limits.ts';
import type { ReadLimits } from './limits.ts';
import { csvSheetInfo, openCsv } from './csv-reader.ts';
import { sniffFile } from './sniff.ts';
import { mergedDownFiller } from './merged-down.ts';
import type { CellValue, ListOptions, RawRow, ReadOptions, ReadProgress, RowSource, SheetInfo, SourceInfo } from './types.ts';

/** How often (in rows) progress is reported while reading. */
export const PROGRESS_EVERY_ROWS = 1000;

export interface OpenedSheet {
  source: SourceInfo;
  sheet: SheetInfo;
  /** Every sheet of the file (CSV: one). */
  sheets: SheetInfo[];
  /** Columns hidden in the sheet (0-based, ascending): imported as any other, so the inspection says which are mapped. */
  hiddenColumns: number[];
  rows: AsyncIterable<RawRow>;
  progress(): ReadProgress;
  /** Releases the file; safe to call at any time, also after the rows ended. */
  close(): void;
}

interface Book {
  sheets: SheetInfo[];
  openRows(sheet: SheetInfo): Promise<RowSource>;
  close(): void;
}

async function openBook(path: string, source: SourceInfo, limits: ReadLimits, where: ReadErrorWhere): Promise<Book> {
  switch (source.format) {
    // Loaded on first use: a worker started for a CSV never loads exceljs or SheetJS (a spare
    // worker loads both while it waits, see parse-worker.ts).
    case 'xlsx':
      return (await import('./xlsx-reader.ts')).openXlsx(path, limits, where);
    case 'xls':
      return (await import('./xls-reader.ts')).openXls(path, source, limits, where);
    case 'ods':
    case 'fods':
      return (await import('./ods-reader.ts')).openOds(path, source, limits, where);
    case 'csv': {
      const sheet = csvSheetInfo(source);
      return { sheets: [sheet], openRows: async () => openCsv(path, source, limits, where), close: () => {} };
    }
  }
}

function checkAborted(signal: AbortSignal | undefined, where: ReadErrorWhere): void {
  if (signal?.aborted) throw readErrors.cancelled(where);
}

/** Any thrown value as an ImportReadError at `where`. */
export function toReadError(e: unknown, where: ReadErrorWhere, limits?: ReadLimits): ImportReadError {
  if (e instanceof ImportReadError) return e;
  if (isOutOfMemory(e)) return readErrors.memoryLimit(where, limits?.maxWorkerHeapMb, describeCause(e));
  return readErrors.corrupt(where, describeCause(e));
}

/** Sniffs and opens `file` (cancel checked before and after the sniff); any failure is an ImportReadError. */
async function openChecked(file: string, options: ListOptions) {
  const limits = resolveLimits(options.limits);
  const where: ReadErrorWhere = { file: baseName(file) };
  checkAborted(options.signal, where);
  const source = await sniffFile(file, limits);
  checkAborted(options.signal, where);
  try {
    return { limits, where, source, book: await openBook(file, source, limits, where) };
  } catch (e) {
    throw toReadError(e, where, limits);
  }
}

/** The sheets of a file, without reading their rows (XLSX: `rowCountHint` from `<dimension>`). */
export async function listSheets(file: string, options: ListOptions = {}): Promise<SheetInfo[]> {
  const { book } = await openChecked(file, options);
  book.close();
  return book.sheets;
}

/** Sheet by name (exact, then ignoring case and surrounding spaces) or 0-based index; default: the first visible one. */
export function pickSheet(sheets: SheetInfo[], wanted: string | number | undefined, where: ReadErrorWhere, csv = false): SheetInfo {
  if (sheets.length === 0) throw readErrors.emptyFile(where, 'sheet');
  let found: SheetInfo | undefined;
  if (wanted === undefined) found = sheets.find((s) => !s.hidden) ?? sheets[0];
  else if (typeof wanted === 'number') found = sheets.find((s) => s.index === wanted);
  else {
    const norm = (s: string) => s.trim().toLowerCase();
    found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => norm(s.name) === norm(wanted));
  }
  if (!found && csv) throw readErrors.csvHasNoSheets(where, wanted ?? 0);
  if (!found) {
    throw readErrors.sheetNotFound(
      where,
      wanted ?? 0,
      sheets.map((s) => s.name),
    );
  }
  return found;
}

/**
 * Opens one sheet for streaming. Nothing but the file's head, its ZIP directory and (XLSX)
 * shared strings and styles are read before the first row is asked for.
 */
export async function openSheet(file: string, options: ReadOptions = {}): Promise<OpenedSheet> {
  const { limits, where, source, book } = await openChecked(file, options);
  let src: RowSource;
  let sheet: SheetInfo;
  try {
    sheet = pickSheet(book.sheets, options.sheet, where, source.format === 'csv');
    checkAborted(options.signal, where);
    src = await book.openRows(sheet);
  } catch (e) {
    book.close();
    throw toReadError(e, where, limits);
  }
  let rowsRead = 0;
  const progress = (): ReadProgress => ({ bytesRead: src.bytesRead(), bytesTotal: src.bytesTotal, rowsRead });
  const closeAll = () => {
    src.close();
    book.close();
  };
  // A CSV has no sheets: its messages name the file alone.
  const sheetWhere: ReadErrorWhere = source.format === 'csv' ? where : { ...where, sheet: sheet.name };

  async function* guarded(): AsyncGenerator<RawRow> {
    let lastRow = 0;
    const fillMergedDown = mergedDownFiller(src.mergedDown ?? []);
    try {
      for await (const raw of src.rows) {
        checkAborted(options.signal, sheetWhere);
        lastRow = raw.rowNumber;
        fillMergedDown?.(raw.rowNumber, raw.cells);
        const row = checkRow(raw.rowNumber, raw.cells, sheet.name, limits, sheetWhere, source.format === 'csv');
        if (!row) continue;
        if (raw.hidden) row.hidden = true;
        rowsRead++;
        yield row;
        if (rowsRead % PROGRESS_EVERY_ROWS === 0) options.onProgress?.(progress());
      }
      if (rowsRead === 0) throw readErrors.emptyFile(sheetWhere, 'sheet');
      options.onProgress?.(progress());
    } catch (e) {
      throw toReadError(e, { ...sheetWhere, row: lastRow + 1 }, limits);
    } finally {
      closeAll();
    }
  }

  return { source, sheet, sheets: book.sheets, hiddenColumns: [...(src.hiddenColumns ?? [])], rows: guarded(), progress, close: closeAll };
}

/** The rows of one sheet, streamed. See `openSheet` for the file and sheet it found. */
export async function* readRows(file: string, options: ReadOptions = {}): AsyncGenerator<RawRow> {
  const opened = await openSheet(file, options);
  try {
    yield* opened.rows;
  } finally {
    opened.close();
  }
}

/**
 * Trims trailing empty cells, fills holes with null, enforces the row, column and cell-length
 * limits. Returns null for a row with no value at all.
 */
export function checkRow(
  rowNumber: number,
  cells: ArrayLike<CellValue | undefined>,
  sheet: string,
  limits: ReadLimits,
  where: ReadErrorWhere,
  csv: boolean,
): RawRow | null {
  let last = cells.length - 1;
  while (last >= 0 && (cells[last] === undefined || cells[last] === null)) last--;
  if (last < 0) return null;
  if (rowNumber > limits.maxRows) throw readErrors.tooManyRows({ ...where, row: rowNumber }, limits.maxRows);
  if (last + 1 > limits.maxColumns) throw readErrors.tooManyColumns({ ...where, row: rowNumber, column: last + 1 }, limits.maxColumns);
  const out: CellValue[] = new Array(last + 1);
  for (let i = 0; i <= last; i++) {
    const v = cells[i] ?? null;
    let length = 0;
    if (typeof v === 'string') length = v.length;
    else if (v !== null && typeof v === 'object' && 'formula' in v) length = Math.max(v.formula.length, typeof v.result === 'string' ? v.result.length : 0);
    if (length > limits.maxCellLength) {
      throw readErrors.cellTooLong({ ...where, row: rowNumber, column: i + 1 }, limits.maxCellLength, csv);
    }
    out[i] = v;
  }
  return { sheet, rowNumber, cells: out };
}
