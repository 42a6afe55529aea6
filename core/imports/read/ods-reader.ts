// OpenDocument spreadsheets (.ods from LibreOffice, WPS, government office suites; .fods, the
// same as one XML file) through SheetJS. The ZIP is never handed to SheetJS: its own unzip would
// inflate a part whatever size it declares. content.xml comes through zip-guard (checked sizes
// and ratio, stopped at its declared size), and SheetJS parses it as the flat form, whose root
// element is the only difference. Parsed whole, like an XLS, in the worker under its heap cap
// and time limit, with `sheetRows` so no more rows than the limit are ever built.
import { sourceText } from './source-bytes.ts';
import * as XLSX from 'xlsx';
import { describeCause, readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import type { ReadLimits } from './limits.ts';
import { fromSheetJs, mapSheetJsError } from './xls-reader.ts';
import type { CellValue, RowSource, SheetInfo, SourceInfo } from './types.ts';
import { mergedDownOfSheetJs } from './merged-down.ts';
import { odsHiddenColumns, odsHiddenRows } from './ods-hidden-rows.ts';
import { mapZipError, openGuardedZip } from './zip-guard.ts';

export interface OdsBook {
  sheets: SheetInfo[];
  openRows(sheet: SheetInfo): Promise<RowSource>;
  close(): void;
}

/** content.xml of an .ods, as text, read through zip-guard. */
async function contentXml(path: string, limits: ReadLimits, where: ReadErrorWhere): Promise<string> {
  const zip = await openGuardedZip(path, limits, where);
  try {
    const entry = zip.find('content.xml');
    if (!entry) throw readErrors.corrupt(where, 'OpenDocument without content.xml');
    const s = await zip.open(entry.name);
    s.setEncoding('utf8');
    const parts: string[] = [];
    for await (const chunk of s as AsyncIterable<string>) parts.push(chunk);
    return parts.join('');
  } catch (e) {
    throw mapZipError(e, where);
  } finally {
    zip.close();
  }
}

/** `<office:document-content>` (a package's content.xml) as `<office:document>` (a flat file), which SheetJS reads from text. */
export function asFlatDocument(content: string): string {
  const head = /<([\w.-]+:)?document-content([\s>])/.exec(content.slice(0, 8192));
  if (!head) return content;
  const prefix = head[1] ?? '';
  const start = head.index;
  const opened = `${content.slice(0, start)}<${prefix}document${head[2]}${content.slice(start + head[0].length)}`;
  const closing = `</${prefix}document-content>`;
  const end = opened.lastIndexOf(closing);
  return end < 0 ? opened : `${opened.slice(0, end)}</${prefix}document>${opened.slice(end + closing.length)}`;
}

export async function openOds(path: string, source: SourceInfo, limits: ReadLimits, where: ReadErrorWhere): Promise<OdsBook> {
  let xml: string;
  if (source.format === 'fods') {
    try {
      xml = await sourceText(path);
    } catch (e) {
      throw readErrors.fileNotFound(where, describeCause(e));
    }
  } else xml = asFlatDocument(await contentXml(path, limits, where));

  let wb: XLSX.WorkBook | null;
  try {
    wb = XLSX.read(xml, {
      type: 'string',
      dense: true,
      // One row past the limit is enough to report TOO_MANY_ROWS; never more is built.
      sheetRows: limits.maxRows + 1,
      cellFormula: true,
      cellNF: true,
      cellText: false,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
      WTF: false,
    });
  } catch (e) {
    throw mapSheetJsError(e, where);
  }
  if (!wb.SheetNames.length) throw readErrors.corrupt(where, 'an OpenDocument spreadsheet without tables');
  // SheetJS does not read which tables of an .ods are hidden: all count as visible.
  const hidden = (wb.Workbook?.Sheets ?? []).map((s) => s.Hidden);
  const sheets: SheetInfo[] = wb.SheetNames.map((name, index) => {
    const ws = wb?.Sheets[name];
    const full = ws?.['!fullref'] ?? ws?.['!ref'];
    return {
      name,
      index,
      rowCountHint: full ? XLSX.utils.decode_range(full).e.r + 1 : null,
      hidden: typeof hidden[index] === 'number' && (hidden[index] as number) > 0,
    };
  });

  return {
    sheets,
    close: () => {
      wb = null;
      xml = '';
    },
    async openRows(sheet: SheetInfo): Promise<RowSource> {
      if (!wb) throw new Error('book closed');
      const hidden = odsHiddenRows(xml, sheet.name);
      const hiddenColumns = odsHiddenColumns(xml, sheet.name, limits.maxColumns);
      xml = ''; // the sheet's rows are parsed: the text is let go
      const ws = wb.Sheets[sheet.name];
      const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
      const data = (ws?.['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
      const merges = ws?.['!merges'];
      wb = null; // only this sheet is kept from here on
      async function* rows(): AsyncGenerator<{ rowNumber: number; cells: Array<CellValue | undefined>; hidden?: boolean }> {
        for (let r = 0; r < data.length; r++) {
          const row = data[r];
          if (!row) continue;
          const cells: Array<CellValue | undefined> = new Array(row.length);
          for (let c = 0; c < row.length; c++) {
            const cell = row[c];
            if (cell) cells[c] = fromSheetJs(cell, date1904);
          }
          yield hidden.has(r + 1) ? { rowNumber: r + 1, cells, hidden: true } : { rowNumber: r + 1, cells };
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
