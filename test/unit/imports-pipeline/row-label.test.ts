import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { inspectAndDryRun, stage } from './support.ts';

// A row's name in the dry run is its cell as the file holds it: a formula with no saved result
// reads as its formula, never "[object Object]" (walk 37).

const tmp = tempDir('lindung-row-label-');
afterAll(() => tmp.remove());

describe("a dry run row's name", { timeout: 120_000 }, () => {
  it('of a formula with no saved result is the formula', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['Nama Perusahaan', 'NIB', 'Kecamatan'], ['PT Satu', '9120000000401', 'Kuta Utara']]);
    sheet.A3 = { t: 'n', f: 'B6' };
    sheet.B3 = { t: 's', v: '9120000000402' };
    sheet.C3 = { t: 's', v: 'Kuta Utara' };
    sheet['!ref'] = 'A1:C3';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Data');
    const file = tmp.path('rumus.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const app = await badungApp();
    const { result } = await inspectAndDryRun(app, (await stage(app, file, 'rumus.xlsx')).token);
    expect(result.rows.map((r) => [r.rowNumber, r.name])).toEqual([
      [2, 'PT Satu'],
      [3, '=B6'],
    ]);
  });
});
