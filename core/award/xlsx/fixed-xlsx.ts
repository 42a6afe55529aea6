import type ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { zipTime } from '../package/zip-stream.ts';

// An XLSX with the same bytes every time: exceljs stamps the current time into docProps/core.xml
// (unless told the workbook's dates) and into its ZIP entries' times. The workbook's dates are
// set to the approval's, and its bytes re-packed by fflate in the same entry order with that
// time on every entry.

export function stampWorkbook(workbook: ExcelJS.Workbook, at: string): void {
  const date = new Date(at);
  workbook.creator = 'Lindung';
  workbook.company = '';
  workbook.lastModifiedBy = 'Lindung';
  workbook.created = date;
  workbook.modified = date;
  workbook.lastPrinted = date;
}

export async function fixedXlsxBytes(workbook: ExcelJS.Workbook, at: string): Promise<Buffer> {
  stampWorkbook(workbook, at);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const entries = unzipSync(written);
  const mtime = zipTime(at);
  const repacked: Zippable = {};
  // Object key order is insertion order: the order exceljs wrote ([Content_Types].xml first).
  for (const [name, bytes] of Object.entries(entries)) repacked[name] = [bytes, { mtime, level: 6 }];
  return Buffer.from(zipSync(repacked));
}
