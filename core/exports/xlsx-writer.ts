import ExcelJS from 'exceljs';
import { neutralise } from './neutralise.ts';
import { outgoingWriteStream } from '../files/sealed-file.ts';

// Writes XLSX files with exceljs' streaming writer (flat memory for big exports). Text is
// neutralised against formula injection; identity-number columns are typed and formatted
// as text so Excel never turns a NIK or NPWP into 5.10312E+15. Dates are real date cells
// (serial numbers with a dd/mm/yyyy format), so Excel sorts and filters them as dates.
// Every sheet prints as a table: A4 landscape, fitted to the page width, the header row
// repeated on each page, frozen on screen and with a filter button on each heading.

export type OutCell = string | number | null;

export interface OutSheet {
  name: string;
  /** Lines above the table (office name, filter, time); bold first line. */
  preamble?: string[];
  header: string[];
  /** 0-based columns that hold identity numbers (always text). */
  textColumns?: number[];
  /** A number given for a text column stays a number cell, formatted as text (the error file: a cell as the file had it). */
  numbersStay?: boolean;
  /** 0-based columns of calendar days: their cells are Excel serials (excelDate). */
  dateColumns?: number[];
  /** 0-based columns of moments: their cells are Excel serials of the office's clock (excelDateTime). */
  dateTimeColumns?: number[];
  widths?: number[];
  rows: Iterable<OutCell[]> | AsyncIterable<OutCell[]>;
}

export const dateFormat = 'dd/mm/yyyy';
export const dateTimeFormat = 'dd/mm/yyyy hh:mm';

const dayMs = 86_400_000;
/** 1970-01-01 as an Excel serial (1900 date system). */
const unixEpochSerial = 25_569;
/** 1900-03-01: before it, Excel's 1900 calendar (with its 29 Feb 1900) is a day off. */
const firstSafeSerial = 61;

/** 'YYYY-MM-DD' as an Excel date serial; null for anything else (or a day before March 1900). */
export function excelDate(iso: string | null | undefined): number | null {
  if (!iso || iso.length < 10) return null;
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const serial = ms / dayMs + unixEpochSerial;
  return Number.isFinite(serial) && serial >= firstSafeSerial ? serial : null;
}

/** An ISO instant as an Excel serial of the wall-clock time `utcOffsetMinutes` from UTC (the office's zone). */
export function excelDateTime(iso: string | null | undefined, utcOffsetMinutes: number): number | null {
  if (!iso) return null;
  const serial = (Date.parse(iso) + utcOffsetMinutes * 60_000) / dayMs + unixEpochSerial;
  return Number.isFinite(serial) && serial >= firstSafeSerial ? serial : null;
}

export async function writeXlsx(path: string, sheets: OutSheet[], onRow?: (n: number) => void): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: outgoingWriteStream(path), useStyles: true, useSharedStrings: false });
  let written: number;
  try {
    written = await writeSheets(workbook, sheets, onRow);
  } catch (error) {
    // Rows stopped coming (a cancel): finish the zip so its file is closed, for the caller to remove.
    await workbook.commit().catch(() => undefined);
    throw error;
  }
  await workbook.commit();
  return written;
}

/**
 * What the streaming writer takes only when the sheet is added (it writes the sheet's
 * properties and views first): page setup with the print titles (a defined name the
 * workbook writes at the end), and the frozen header.
 */
function sheetOptions(headerRow: number): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&L&A&RHalaman &P dari &N' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  };
}

/**
 * A sheet name Excel and LibreOffice accept: none of \ / ? * [ ] : (a "Desa/kelurahan" sheet
 * made the whole file unreadable to LibreOffice), at most 31 characters, unique in the book.
 */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

async function writeSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheets: OutSheet[], onRow?: (n: number) => void): Promise<number> {
  let written = 0;
  const taken = new Set<string>();
  for (const spec of sheets) {
    const headerRow = (spec.preamble?.length ? spec.preamble.length + 1 : 0) + 1;
    const sheet = workbook.addWorksheet(sheetName(spec.name, taken), sheetOptions(headerRow));
    // One style object per column, shared by its cells: exceljs caches a style by object, and a
    // fresh copy per cell (its default) costs a JSON.stringify each, half of an export's time.
    const textStyle: Partial<ExcelJS.Style> = { numFmt: '@' };
    const dateStyle: Partial<ExcelJS.Style> = { numFmt: dateFormat };
    const dateTimeStyle: Partial<ExcelJS.Style> = { numFmt: dateTimeFormat };
    const plainStyle: Partial<ExcelJS.Style> = {};
    const text = new Set(spec.textColumns ?? []);
    const dates = new Set(spec.dateColumns ?? []);
    const dateTimes = new Set(spec.dateTimeColumns ?? []);
    const cellStyles = spec.header.map((_, i) => (text.has(i) ? textStyle : dates.has(i) ? dateStyle : dateTimes.has(i) ? dateTimeStyle : plainStyle));
    const numeric = spec.header.map((_, i) => spec.numbersStay === true || !text.has(i));
    sheet.columns = spec.header.map((_, i) => ({ width: spec.widths?.[i] ?? 18, ...(cellStyles[i] === plainStyle ? {} : { style: cellStyles[i] }) }));
    spec.preamble?.forEach((line, i) => {
      const row = sheet.addRow([neutralise(line)]);
      if (i === 0) row.font = { bold: true, size: 13 };
      row.commit();
    });
    if (spec.preamble?.length) sheet.addRow([]).commit();
    const header = sheet.addRow(spec.header.map(neutralise));
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FA' } };
    header.alignment = { vertical: 'top', wrapText: true };
    // Excel keeps a row's stored height on opening: a wrapped heading needs its lines' room.
    header.height = 15 * Math.max(1, ...spec.header.map((h, i) => wrappedLines(h, (spec.widths?.[i] ?? 18) - 1)));
    header.commit();
    let rowsHere = 0;
    for await (const values of spec.rows) {
      const row = sheet.addRow(values.map((v, i) => (v === null ? null : typeof v === 'number' && numeric[i] ? v : neutralise(String(v)))));
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.style = cellStyles[column - 1] ?? plainStyle;
      });
      row.commit();
      rowsHere += 1;
      written += 1;
      if (onRow && written % 1000 === 0) onRow(written);
    }
    // The filter covers the table as written (the writer puts it after the rows).
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + rowsHere, column: Math.max(1, spec.header.length) } };
    sheet.commit();
  }
  return written;
}

/** How many lines a text takes, wrapped at spaces into a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > width) {
      lines += 1;
      used = word.length;
    } else used += (used > 0 ? 1 : 0) + word.length;
  }
  return lines;
}

/**
 * Column widths from the header and the cells (in characters, within min and max): for
 * sheets small enough to read twice, like an import's error file.
 */
export function contentWidths(header: string[], rows: Iterable<OutCell[]>, options: { min?: number; max?: number | number[] } = {}): number[] {
  const min = options.min ?? 6;
  const maxOf = (i: number) => (Array.isArray(options.max) ? (options.max[i] ?? 60) : (options.max ?? 60));
  // A heading wraps (its row is set to wrap), so its longest word counts, not its whole length.
  const widths = header.map((h) => Math.max(...h.split(/\s+/).map((w) => w.length)));
  for (const row of rows) {
    row.forEach((v, i) => {
      const length = v === null ? 0 : typeof v === 'number' ? String(v).length : v.length;
      if (length > (widths[i] ?? 0)) widths[i] = length;
    });
  }
  return widths.map((w, i) => Math.min(maxOf(i), Math.max(min, w + 2)));
}
