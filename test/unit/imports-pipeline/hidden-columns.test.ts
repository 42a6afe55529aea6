import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { hiddenColumnsMapped, type Inspection } from '../../../core/api/imports.ts';
import { messageNamespace } from '../../../core/api/messages/message.ts';
import { msg, renderBoth } from '../../../core/messages.ts';
import i18n from '../../../renderer/src/i18n/index.ts';
import { badungApp } from '../employers/support.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from '../imports/fixtures.ts';
import { inspectAndDryRun, stage } from './support.ts';

// A column hidden in the spreadsheet is imported like the others, but said where the mapping is
// chosen: the clerk never saw it (a user test: column L, the NPWP, hidden in an .xlsx, came in
// unsaid). Only a hidden column the mapping imports is worth a word.

const tmp = tempDir('lindung-hidden-columns-');
const p = tmp.path;

const header = ['No', 'Nama Perusahaan', 'NIB', 'Kecamatan', 'Desa/Kelurahan', 'Status BPJS', 'TK Laki-laki', 'TK Perempuan', 'Petugas Input', 'Kode Internal', 'Kolom Bantu', 'NPWP'];
const said = 'Kolom L (NPWP) tersembunyi di berkas; isinya tetap diimpor. Periksa apakah kolom itu memang ingin diimpor.';

beforeAll(() => {
  const sheet = XLSX.utils.aoa_to_sheet([
    header,
    [1, 'PT Kolom Satu', '9120000000501', 'Kuta Utara', 'Dalung', 'terdaftar', 4, 3, 'Made', 'X-1', 'a', '01.234.567.8-905.000'],
    [2, 'PT Kolom Dua', '9120000000502', 'Kuta Utara', 'Dalung', 'terdaftar', 2, 1, 'Made', 'X-2', 'b', '01.234.567.8-906.000'],
  ]);
  // J (Kode Internal) and L (NPWP) hidden; only L is a register's column.
  sheet['!cols'] = header.map((_, i) => (i === 9 || i === 11 ? { hidden: true } : {}));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data');
  writeFileSync(p('kolom tersembunyi.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);
  writeFileSync(p('sheetjs.xls'), XLSX.write(book, { type: 'buffer', bookType: 'biff8', cellStyles: true }) as Buffer);
  writeFileSync(p('kolom tersembunyi.csv'), `${header.join(';')}\n1;PT Kolom Satu;9120000000501;Kuta Utara;Dalung;terdaftar;4;3;Made;X-1;a;01.234.567.8-905.000\n`);
  if (hasLibreOffice) {
    for (const to of ['xls:MS Excel 97', 'ods']) libreOfficeConvert([p('kolom tersembunyi.xlsx')], to, tmp.dir);
    // An .xlsx that LibreOffice wrote (from its own .ods): its <cols> are not SheetJS's.
    mkdirSync(p('lo'));
    copyFileSync(p('kolom tersembunyi.ods'), p('lo/libreoffice.ods'));
    libreOfficeConvert([p('lo/libreoffice.ods')], 'xlsx', join(tmp.dir, 'lo'));
  }
}, 900_000);
afterAll(() => tmp.remove());

async function inspected(file: string) {
  const app = await badungApp();
  return inspectAndDryRun(app, (await stage(app, p(file), file.replace(/^lo\//, ''))).token);
}

describe('a column hidden in the sheet', { timeout: 300_000 }, () => {
  // Written by SheetJS, and by LibreOffice (its .xls, .ods and .xlsx).
  const files: [string, boolean][] = [['kolom tersembunyi.xlsx', false], ['sheetjs.xls', false], ['kolom tersembunyi.xls', true], ['kolom tersembunyi.ods', true], ['lo/libreoffice.xlsx', true]];
  for (const [file, byLibreOffice] of files) {
    it.skipIf(byLibreOffice && !hasLibreOffice)(`is imported, and said when it is mapped (${file})`, async () => {
      const { inspection, result } = await inspected(file);
      expect(inspection.hiddenColumns).toEqual([9, 11]);
      expect(inspection.mapping).toMatchObject({ npwp: 11 });
      expect(Object.values(inspection.mapping)).not.toContain(9);
      // The mapping as guessed imports L, not J: one column said.
      const columns = hiddenColumnsMapped(inspection, inspection.mapping);
      expect(columns).toEqual(['L (NPWP)']);
      expect(renderBoth(msg('imports.hiddenColumns', { count: columns.length, columns: columns.join(', ') })).id).toBe(said);
      // Imported all the same: both rows, with their NPWP.
      expect(result.summary).toMatchObject({ total: 2, new: 2, invalid: 0 });
    });
  }

  it('a CSV has none', async () => {
    const { inspection } = await inspected('kolom tersembunyi.csv');
    expect(inspection.hiddenColumns).toEqual([]);
    expect(hiddenColumnsMapped(inspection, inspection.mapping)).toEqual([]);
  });
});

describe('which hidden columns are said', () => {
  const inspection: Pick<Inspection, 'headers' | 'hiddenColumns'> = {
    headers: header.map((name, index) => ({ index, letter: String.fromCharCode(65 + index), name })),
    hiddenColumns: [9, 11],
  };

  it('follows the mapping the clerk goes on with', () => {
    expect(hiddenColumnsMapped(inspection, { npwp: 11, name: 1 })).toEqual(['L (NPWP)']);
    expect(hiddenColumnsMapped(inspection, { npwp: null, name: 1 })).toEqual([]);
    // A hidden column chosen for a field later is said too, in the file's order.
    expect(hiddenColumnsMapped(inspection, { npwp: 11, npp: 9 })).toEqual(['J (Kode Internal)', 'L (NPWP)']);
    expect(hiddenColumnsMapped({ ...inspection, headers: inspection.headers.map((h) => ({ ...h, name: '' })) }, { npwp: 11 })).toEqual(['L']);
  });

  it('is said on the mapping screen in either language, one column or more', async () => {
    try {
      await i18n.changeLanguage('id');
      expect(i18n.t('imports.hiddenColumns', { ns: messageNamespace, count: 1, columns: 'L (NPWP)' })).toBe(said);
      await i18n.changeLanguage('en');
      expect(i18n.t('imports.hiddenColumns', { ns: messageNamespace, count: 1, columns: 'L (NPWP)' })).toBe(
        'Column L (NPWP) is hidden in the file; its contents are imported all the same. Check that the column is meant to be imported.',
      );
      expect(i18n.t('imports.hiddenColumns', { ns: messageNamespace, count: 2, columns: 'J (Kode Internal), L (NPWP)' })).toBe(
        'Columns J (Kode Internal), L (NPWP) are hidden in the file; their contents are imported all the same. Check that those columns are meant to be imported.',
      );
    } finally {
      await i18n.changeLanguage('id');
    }
  });
});
