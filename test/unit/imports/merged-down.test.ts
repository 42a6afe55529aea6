// Cells merged down a column (a desa list's kecamatan and desa over several people) read into
// every row they cover, as Excel shows them, in each format and as other programs write them;
// a title merged across a row stays one cell (walk 34: rows 3-4 came in without desa).
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { Readable } from 'node:stream';
import { scanMergedDown } from '../../../core/imports/read/merged-down.ts';
import { readRows } from '../../../core/imports/read/reader.ts';
import type { RawRow } from '../../../core/imports/read/types.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from './fixtures.ts';

const tmp = tempDir('lindung-merged-down-');
const p = tmp.path;

async function rowsOf(file: string): Promise<Array<[number, RawRow['cells']]>> {
  const out: Array<[number, RawRow['cells']]> = [];
  for await (const r of readRows(file)) out.push([r.rowNumber, r.cells]);
  return out;
}

const expected: Array<[number, RawRow['cells']]> = [
  [1, ['Daftar pekerja Desa Pengambengan']],
  [2, ['NIK', 'Nama', 'Kecamatan', 'Desa', 'Segmen']],
  [3, ['5101014507900002', 'Ni Luh Sari', 'Negara', 'Pengambengan', 'BPU']],
  [4, ['5101011203850001', 'I Made Rai', 'Negara', 'Pengambengan', 'BPU']],
  [5, ['5101011509920005', 'I Komang Arta', 'Negara', 'Pengambengan', 'BPU']],
  [6, ['5101011509920006', 'I Ketut Lanang', 'Mendoyo', 'Yehembang', 'BPU']],
];

beforeAll(() => {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Daftar pekerja Desa Pengambengan'],
    ['NIK', 'Nama', 'Kecamatan', 'Desa', 'Segmen'],
    ['5101014507900002', 'Ni Luh Sari', 'Negara', 'Pengambengan', 'BPU'],
    ['5101011203850001', 'I Made Rai', null, null, 'BPU'],
    ['5101011509920005', 'I Komang Arta', null, null, 'BPU'],
    ['5101011509920006', 'I Ketut Lanang', 'Mendoyo', 'Yehembang', 'BPU'],
  ]);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }, // the title across the row
    { s: { r: 2, c: 2 }, e: { r: 4, c: 2 } }, // Kecamatan C3:C5
    { s: { r: 2, c: 3 }, e: { r: 4, c: 3 } }, // Desa D3:D5
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Daftar');
  writeFileSync(p('desa.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  if (!hasLibreOffice) return;
  // LibreOffice's own writers, from the same workbook.
  for (const to of ['ods', 'xls:MS Excel 97']) libreOfficeConvert([p('desa.xlsx')], to, tmp.dir);
  libreOfficeConvert([p('desa.ods')], 'xlsx', p('lo'));
}, 900_000);
afterAll(() => tmp.remove());

describe('cells merged down a column', { timeout: 120_000 }, () => {
  it('an XLSX (its merged cells listed after the rows) reads the value into each row the block covers', async () => {
    expect(await rowsOf(p('desa.xlsx'))).toEqual(expected);
  });

  it.skipIf(!hasLibreOffice)('the same from LibreOffice: .ods, .xls and its .xlsx', async () => {
    expect(await rowsOf(p('desa.ods'))).toEqual(expected);
    expect(await rowsOf(p('desa.xls'))).toEqual(expected);
    expect(await rowsOf(p('lo/desa.xlsx'))).toEqual(expected);
  });
});

describe("an XLSX sheet's merged cells, scanned from its bytes", () => {
  it('finds every block that spans rows however the bytes are cut, with or without a prefix, and never a block within one row', async () => {
    const xml = '<sheetData><row r="1"><c r="A1"/></row></sheetData><mergeCells count="4"><mergeCell ref="A1:E1"/><mergeCell ref="C3:C5"/><x:mergeCell ref="$AB$10:$AB$12"/><mergeCell ref="D3:E9"/></mergeCells>';
    const bytes = Buffer.from(xml);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
      expect(await scanMergedDown(Readable.from(chunks))).toEqual([
        { firstRow: 3, lastRow: 5, column: 2 },
        { firstRow: 10, lastRow: 12, column: 27 },
        { firstRow: 3, lastRow: 9, column: 3 },
      ]);
    }
  });
});
