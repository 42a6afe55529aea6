import ExcelJS from 'exceljs';
import { neutralise } from './neutralise.ts';

// Writes XLSX files with exceljs' streaming writer (flat memory for big exports). Text is
// neutralised against formula injection; identity-number columns are typed and formatted
// as text so Excel never turns a NIK or NPWP into 5.10312E+15.

export type OutCell = string | number | null;

export interface OutSheet {
  name: string;
  /** Lines above the table (office name, filter, time); bold first line. */
  preamble?: string[];
  header: string[];
  /** 0-based columns that hold identity numbers (always text). */
  textColumns?: number[];
  widths?: number[];
  rows: Iterable<OutCell[]> | AsyncIterable<OutCell[]>;
}

export async function writeXlsx(path: string, sheets: OutSheet[], onRow?: (n: number) => void): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
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

async function writeSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheets: OutSheet[], onRow?: (n: number) => void): Promise<number> {
  let written = 0;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31));
    const text = new Set(spec.textColumns ?? []);
    sheet.columns = spec.header.map((_, i) => ({ width: spec.widths?.[i] ?? 18, ...(text.has(i) ? { style: { numFmt: '@' } } : {}) }));
    // One style object per column, shared by its cells: exceljs caches a style by object, and a
    // fresh copy per cell (its default) costs a JSON.stringify each, half of an export's time.
    const textStyle: Partial<ExcelJS.Style> = { numFmt: '@' };
    const plainStyle: Partial<ExcelJS.Style> = {};
    const cellStyles = spec.header.map((_, i) => (text.has(i) ? textStyle : plainStyle));
    spec.preamble?.forEach((line, i) => {
      const row = sheet.addRow([neutralise(line)]);
      if (i === 0) row.font = { bold: true, size: 13 };
      row.commit();
    });
    if (spec.preamble?.length) sheet.addRow([]).commit();
    const header = sheet.addRow(spec.header.map(neutralise));
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FA' } };
    header.commit();
    for await (const values of spec.rows) {
      const row = sheet.addRow(values.map((v, i) => (v === null ? null : typeof v === 'number' && !text.has(i) ? v : neutralise(String(v)))));
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.style = cellStyles[column - 1] ?? plainStyle;
      });
      row.commit();
      written += 1;
      if (onRow && written % 1000 === 0) onRow(written);
    }
    sheet.commit();
  }
  return written;
}
