import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { badungApp } from '../employers/support.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from '../imports/fixtures.ts';
import { inspectAndDryRun, stage } from './support.ts';

// A row hidden in Excel (by hand, or by a filter) is imported like the others, but said: the
// clerk never saw it (walks 34 and 36: "PT Tersembunyi" came in unsaid).

const tmp = tempDir('lindung-hidden-rows-');
const p = tmp.path;

beforeAll(() => {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Nama Perusahaan', 'NIB', 'Kecamatan'],
    ['PT Terlihat Satu', '9120000000301', 'Kuta Utara'],
    ['PT Tersembunyi Dua', '9120000000302', 'Kuta Utara'],
    ['PT Terlihat Tiga', '9120000000303', 'Kuta Utara'],
  ]);
  sheet['!rows'] = [{}, {}, { hidden: true }, {}];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data');
  writeFileSync(p('tersembunyi.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);
  if (hasLibreOffice) for (const to of ['xls:MS Excel 97', 'ods']) libreOfficeConvert([p('tersembunyi.xlsx')], to, tmp.dir);
}, 900_000);
afterAll(() => tmp.remove());

describe('a row hidden in the sheet', { timeout: 300_000 }, () => {
  for (const file of ['tersembunyi.xlsx', 'tersembunyi.xls', 'tersembunyi.ods']) {
    it.skipIf(!file.endsWith('.xlsx') && !hasLibreOffice)(`is imported and said (${file})`, async () => {
      const app = await badungApp();
      const { result } = await inspectAndDryRun(app, (await stage(app, p(file), file)).token);
      expect(result.summary).toMatchObject({ total: 3, new: 3, invalid: 0, warnings: 1 });
      expect(result.rows.map((r) => [r.rowNumber, r.problems.map((x) => [x.severity, x.said?.key])])).toEqual([
        [2, []],
        [3, [['warning', 'imports.hiddenRow']]],
        [4, []],
      ]);
    });
  }
});
