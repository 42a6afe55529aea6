// Shapes shared by every reader (XLSX, XLS, ODS, CSV), the worker and the callers.
import type { ReadLimits } from './limits.ts';
import type { MergedDown } from './merged-down.ts';

/**
 * One cell as the file stored it. Nothing is converted beyond what the format itself says:
 * - `number` only when the cell was numeric in the file (an XLSX/XLS number cell). A NIK that
 *   Excel shows as `5.10312E+15` arrives as the number 5103120101900001; the same NIK typed as
 *   text arrives as the string. CSV has no types: every CSV cell is a string.
 * - `{ date }` for a numeric XLSX/XLS cell whose number format is a date format: ISO
 *   `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` when the value has a time part (no time zone: Excel
 *   has none).
 * - `{ formula, result }` for a formula cell: the formula text as stored (without the leading
 *   `=`) and the result the writing program cached. Formulas are never evaluated.
 * - `{ error }` for an error cell (`#DIV/0!`, `#N/A`, ...) or a number the file spells wrongly.
 * - `null` for an empty cell (and for an empty CSV field).
 */
export type CellValue =
  | string
  | number
  | boolean
  | null
  | { date: string }
  | { formula: string; result: string | number | boolean | null }
  | { error: string };

export interface SheetInfo {
  name: string;
  /** 0-based position among the readable sheets of the file. */
  index: number;
  /** Rows the file claims to have (XLSX `<dimension>`, the last row number), or null if unknown. A hint only: never trusted. */
  rowCountHint: number | null;
  /** Hidden (or very hidden) in Excel; such a sheet is never chosen by default. */
  hidden: boolean;
}

export interface RawRow {
  sheet: string;
  /** 1-based, the row number the user sees in Excel (for CSV: the record number; `sep=` lines excluded). */
  rowNumber: number;
  /** Index 0 is column A. Trailing empty cells are trimmed; rows with no value at all are not emitted. */
  cells: CellValue[];
  /** Hidden in the sheet (by hand, or by a filter): XLSX, XLS and ODS say so; a CSV never. */
  hidden?: true;
}

/** `ods` is an OpenDocument spreadsheet, `fods` the same as one XML file. */
export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'fods' | 'csv';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** What was found out about a file before reading it. */
export interface SourceInfo {
  /** Base name only (never the full path: it goes into messages shown to the user). */
  fileName: string;
  bytes: number;
  format: FileFormat;
  /** CSV only. */
  encoding?: TextEncoding;
  /** CSV only. */
  delimiter?: CsvDelimiter;
  /** CSV only: the file starts with a byte order mark (skipped). */
  bom?: boolean;
  /** CSV only: the file started with an Excel `sep=;` line (skipped, not counted as a row). */
  sepLine?: boolean;
}

export interface ReadProgress {
  /** For CSV and XLS: bytes of the file. For XLSX: bytes of the sheet's XML inflated so far. */
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
}

export interface ReadOptions {
  /** Sheet name or 0-based index; default: the first visible sheet. */
  sheet?: string | number;
  limits?: Partial<ReadLimits>;
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

export interface ListOptions {
  limits?: Partial<ReadLimits>;
  signal?: AbortSignal;
}

/** What a format reader hands to the common guard (internal to core/imports/read). */
export interface RowSource {
  sheet: SheetInfo;
  bytesTotal: number;
  bytesRead(): number;
  /** Cells may be sparse or hold `undefined`; the guard trims, checks limits and fills nulls. */
  rows: AsyncIterable<{ rowNumber: number; cells: Array<CellValue | undefined>; hidden?: boolean }>;
  /** Cells merged down a column, known before the rows: the guard fills their value into the rows below. */
  mergedDown?: readonly MergedDown[];
  /** Columns hidden in the sheet (0-based, ascending, under the column limit), known before the rows: XLSX, XLS and ODS say so; a CSV never. */
  hiddenColumns?: readonly number[];
  /** Releases files and streams; safe to call twice. */
  close(): void;
}
