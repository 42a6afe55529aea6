// Columns a sheet hides, found by each reader before the rows and passed on with the opened
// sheet (through the worker too): XLSX from the sheet part's head, XLS from the sheet's BIFF
// records, ODS from its column tags; as SheetJS and LibreOffice write them, each sheet its own.
import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { scanHiddenColumns } from '../../../core/imports/read/hidden-columns.ts';
import { odsHiddenColumns } from '../../../core/imports/read/ods-hidden-rows.ts';
import { openSheet } from '../../../core/imports/read/reader.ts';
import { readInWorker } from '../../../core/imports/read/read-in-worker.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from './fixtures.ts';

const tmp = tempDir('lindung-hidden-columns-read-');
const p = tmp.path;

beforeAll(() => {
  // A cover sheet hiding B, then the list hiding D, F and G.
  const cover = XLSX.utils.aoa_to_sheet([['Sampul', 'rahasia', 'Daftar perusahaan']]);
  cover['!cols'] = [{}, { hidden: true }];
  const list = XLSX.utils.aoa_to_sheet([
    ['Nama', 'NIB', 'Kecamatan', 'Kode', 'Desa', 'Catatan', 'NPWP', 'Telepon'],
    ['PT Satu', '9120000000601', 'Kuta Utara', 'X', 'Dalung', '-', '01.234.567.8-907.000', '0361'],
  ]);
  list['!cols'] = [{}, {}, {}, { hidden: true }, {}, { hidden: true }, { hidden: true }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, cover, 'Sampul');
  XLSX.utils.book_append_sheet(book, list, 'Daftar');
  writeFileSync(p('dua lembar.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);
  writeFileSync(p('sheetjs.xls'), XLSX.write(book, { type: 'buffer', bookType: 'biff8', cellStyles: true }) as Buffer);
  writeFileSync(p('polos.csv'), 'Nama;NIB\nPT Satu;9120000000601\n');
  if (!hasLibreOffice) return;
  for (const to of ['xls:MS Excel 97', 'ods', 'fods']) libreOfficeConvert([p('dua lembar.xlsx')], to, tmp.dir);
  libreOfficeConvert([p('dua lembar.ods')], 'xlsx', p('lo'));
}, 900_000);
afterAll(() => tmp.remove());

async function hiddenOf(file: string, sheet: string): Promise<number[]> {
  const opened = await openSheet(file, { sheet });
  opened.close();
  return opened.hiddenColumns;
}

describe('columns hidden in a sheet', { timeout: 120_000 }, () => {
  const files: [string, boolean][] = [['dua lembar.xlsx', false], ['sheetjs.xls', false], ['dua lembar.xls', true], ['dua lembar.ods', true], ['dua lembar.fods', true], ['lo/dua lembar.xlsx', true]];
  for (const [file, byLibreOffice] of files) {
    it.skipIf(byLibreOffice && !hasLibreOffice)(`are each sheet's own (${file})`, async () => {
      expect(await hiddenOf(p(file), 'Sampul')).toEqual([1]);
      expect(await hiddenOf(p(file), 'Daftar')).toEqual([3, 5, 6]);
    });
  }

  it('come through the worker with the opened sheet; a CSV has none', async () => {
    const read = readInWorker(p('dua lembar.xlsx'), { sheet: 'Daftar' });
    expect((await read.opened).hiddenColumns).toEqual([3, 5, 6]);
    read.cancel();
    await read.exited;
    const csv = await openSheet(p('polos.csv'));
    csv.close();
    expect(csv.hiddenColumns).toEqual([]);
  });

  it('an XLSX range of hidden columns stops at the column limit, read from the head only', async () => {
    const xml = '<worksheet><cols><col min="2" max="2" hidden="0"/><col min="3" max="3" width="9"/><col min="5" max="16384" hidden="1" customWidth="1"/></cols><sheetData><row r="1"/></sheetData></worksheet>';
    // Cut anywhere, even inside a tag.
    const chunks = [xml.slice(0, 37), xml.slice(37, 70), xml.slice(70)].map((s) => Buffer.from(s));
    expect(await scanHiddenColumns(Readable.from(chunks), 10)).toEqual([4, 5, 6, 7, 8, 9]);
    // The rows are never decoded: what follows <sheetData> is not looked at.
    const after = Readable.from([Buffer.from('<worksheet><sheetData><row r="1"/>'), Buffer.from('<col min="1" max="1" hidden="1"/>')]);
    expect(await scanHiddenColumns(after, 10)).toEqual([]);
  });

  it('an ODS counts repeated columns, stops at the column limit, and leaves a table inside a cell out', () => {
    const xml = [
      '<office:document><table:table table:name="Daftar">',
      '<table:table-header-columns><table:table-column table:visibility="collapse"/></table:table-header-columns>',
      '<table:table-column table:number-columns-repeated="2"/>',
      '<table:table-column-group><table:table-column table:visibility="collapse" table:number-columns-repeated="3"/></table:table-column-group>',
      '<table:table-column table:visibility="collapse" table:number-columns-repeated="16378"/>',
      '</table:table>',
      '<table:table table:name="Bersarang"><table:table-column table:number-columns-repeated="2"/>',
      '<table:table-row><table:table-cell><table:table table:name="Sel"><table:table-column table:visibility="collapse"/></table:table></table:table-cell></table:table-row>',
      '</table:table><table:table table:name="Lain"><table:table-column/><table:table-column table:visibility="collapse"/></table:table></office:document>',
    ].join('');
    expect(odsHiddenColumns(xml, 'Daftar', 8)).toEqual([0, 3, 4, 5, 6, 7]);
    expect(odsHiddenColumns(xml, 'Bersarang', 8)).toEqual([]);
    expect(odsHiddenColumns(xml, 'Lain', 8)).toEqual([1]);
    expect(odsHiddenColumns(xml, 'Tidak Ada', 8)).toEqual([]);
  });
});
