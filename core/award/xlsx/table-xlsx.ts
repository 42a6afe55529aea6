import ExcelJS from 'exceljs';
import type { FrozenTable } from '../package/package-source.ts';
import { fixedXlsxBytes } from './fixed-xlsx.ts';

// One frozen table as an XLSX annex: the title on top, the context lines (edition, frozen month),
// the header row (frozen, repeated when printed), the rows with real numbers (so the jury can
// sum them) and real dates (so they sort), then the notes: the denominators, their sources, the data date.

const formats: Record<FrozenTable['columns'][number]['kind'], string> = {
  text: '@',
  integer: '#,##0',
  percent: '0.00" %"', // two decimals, as the coverage page and the brief show a figure
  rupiah: '"Rp "#,##0',
  date: 'dd/mm/yyyy',
};

/** An ISO date as an Excel date (midnight UTC: exceljs counts days from UTC, so any zone gives the same serial); anything else stays text. */
function cellValue(value: string | number | null | undefined, kind: FrozenTable['columns'][number]['kind']): string | number | Date | null {
  if (value === undefined || value === null) return null;
  const iso = kind === 'date' && typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : value;
}

/** A sheet name Excel and LibreOffice accept (no \ / ? * [ ] :, at most 31 characters). */
const sheetNameOf = (title: string) => title.replace(/[\\/?*[\]:]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Tabel';

export function addTableSheet(workbook: ExcelJS.Workbook, table: FrozenTable, context: string[], name = table.title): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetNameOf(name), { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  let row = 1;
  const titleRow = sheet.getRow(row++);
  titleRow.getCell(1).value = table.title;
  titleRow.getCell(1).font = { bold: true, size: 14 };
  for (const line of context) {
    const r = sheet.getRow(row++);
    r.getCell(1).value = line;
    r.getCell(1).font = { italic: true, size: 9, color: { argb: 'FF555555' } };
  }
  row++;
  const headerRow = row++;
  const header = sheet.getRow(headerRow);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FA' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA7B4' } } };
  });
  for (const data of table.rows) {
    const r = sheet.getRow(row++);
    table.columns.forEach((c, i) => {
      const value = cellValue(data[c.key], c.kind);
      const cell = r.getCell(i + 1);
      cell.value = value;
      cell.numFmt = typeof value === 'number' || value instanceof Date ? formats[c.kind] : '@';
    });
  }
  if (table.notes.length) {
    row++;
    const label = sheet.getRow(row++);
    label.getCell(1).value = 'Catatan';
    label.getCell(1).font = { bold: true };
    for (const note of table.notes) sheet.getRow(row++).getCell(1).value = note;
  }
  table.columns.forEach((c, i) => {
    const longest = Math.max(c.label.length, ...table.rows.slice(0, 500).map((r) => String(r[c.key] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return sheet;
}

/** The annex's bytes, identical for the same table and approval time. */
export function tableXlsx(table: FrozenTable, context: string[], at: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = table.title;
  addTableSheet(workbook, table, context);
  return fixedXlsxBytes(workbook, at);
}
