// Spreadsheets as other programs write them: LibreOffice's .ods, .fods and .xlsx, an XLSX whose
// workbook is not at xl/workbook.xml, an Apple Numbers file. Read like Excel's when they are
// spreadsheets (under the same limits), named and refused when they are not.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportReadError } from '../../../core/imports/read/errors.ts';
import { listSheets, readRows } from '../../../core/imports/read/reader.ts';
import { sniffFile } from '../../../core/imports/read/sniff.ts';
import type { RawRow } from '../../../core/imports/read/types.ts';
import { buildZip, deflated, hasLibreOffice, libreOfficeConvert, moveWorkbookParts, numbersLikeZip, spacesDeflate, tempDir } from './fixtures.ts';

const tmp = tempDir('lindung-other-programs-');
const p = tmp.path;

async function rowsOf(file: string, options: Parameters<typeof readRows>[1] = {}): Promise<Array<[number, RawRow['cells']]>> {
  const out: Array<[number, RawRow['cells']]> = [];
  for await (const r of readRows(file, options)) out.push([r.rowNumber, r.cells]);
  return out;
}

async function failure(run: () => Promise<unknown>): Promise<ImportReadError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportReadError) return e;
    throw e;
  }
  throw new Error('expected an ImportReadError, the read succeeded');
}

// A title, an empty row, the header, two rows: text with accents, a 13-digit number, a date,
// a count, a yes/no.
const CSV = 'DAFTAR PERUSAHAAN\n\nNama Perusahaan;NIB;Tanggal Berdiri;Jumlah;Aktif\nPT Café José;9120000000001;2014-11-10;12;TRUE\nCV Dua;9120000000002;2015-03-01;3;FALSE\n';
const EXPECTED: Array<[number, RawRow['cells']]> = [
  [1, ['DAFTAR PERUSAHAAN']],
  [3, ['Nama Perusahaan', 'NIB', 'Tanggal Berdiri', 'Jumlah', 'Aktif']],
  [4, ['PT Café José', 9120000000001, { date: '2014-11-10' }, 12, true]],
  [5, ['CV Dua', 9120000000002, { date: '2015-03-01' }, 3, false]],
];

beforeAll(() => {
  if (!hasLibreOffice) return;
  writeFileSync(p('daftar.csv'), CSV);
  for (const to of ['ods', 'fods', 'xlsx']) libreOfficeConvert([p('daftar.csv')], to, tmp.dir);
}, 900_000);
afterAll(() => tmp.remove());

describe('written by LibreOffice', { timeout: 120_000 }, () => {
  it.skipIf(!hasLibreOffice)('an .ods reads as the same cells as the .xlsx LibreOffice writes from the same data', async () => {
    expect((await sniffFile(p('daftar.ods'))).format).toBe('ods');
    expect(await listSheets(p('daftar.ods'))).toEqual([{ name: 'daftar', index: 0, rowCountHint: 5, hidden: false }]);
    expect(await rowsOf(p('daftar.ods'))).toEqual(EXPECTED);
    expect(await rowsOf(p('daftar.xlsx'))).toEqual(EXPECTED);
  });

  it.skipIf(!hasLibreOffice)('a flat OpenDocument file (.fods) reads the same', async () => {
    expect((await sniffFile(p('daftar.fods'))).format).toBe('fods');
    expect(await rowsOf(p('daftar.fods'))).toEqual(EXPECTED);
  });

  it.skipIf(!hasLibreOffice)('an .ods is read under the row limit like any file', async () => {
    const e = await failure(() => rowsOf(p('daftar.ods'), { limits: { maxRows: 4 } }));
    expect(e.code).toBe('TOO_MANY_ROWS');
    expect(e.where).toMatchObject({ file: 'daftar.ods', sheet: 'daftar', row: 5 });
  });

  it.skipIf(!hasLibreOffice)('an XLSX whose workbook lives at spreadsheet/book.xml is found through its relationships', async () => {
    await moveWorkbookParts(p('daftar.xlsx'), p('pindah.xlsx'));
    expect((await sniffFile(p('pindah.xlsx'))).format).toBe('xlsx');
    expect(await listSheets(p('pindah.xlsx'))).toEqual([{ name: 'daftar', index: 0, rowCountHint: 5, hidden: false }]);
    expect(await rowsOf(p('pindah.xlsx'))).toEqual(EXPECTED);
  });
});

describe('OpenDocument under the ZIP limits', () => {
  it('an .ods whose content.xml inflates past what it declares is ZIP_BOMB: SheetJS never sees it', async () => {
    const stored = spacesDeflate('<office:document-content>', 3072);
    writeFileSync(p('bom.ods'), buildZip([deflated('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), { name: 'content.xml', stored, method: 8, declaredSize: 64 * 1024 }]));
    expect((await sniffFile(p('bom.ods'))).format).toBe('ods');
    expect((await failure(() => rowsOf(p('bom.ods')))).code).toBe('ZIP_BOMB');
  });

  it('an OpenDocument text (.odt) is refused, named for what it is', async () => {
    writeFileSync(p('surat.ods'), buildZip([deflated('mimetype', 'application/vnd.oasis.opendocument.text'), deflated('content.xml', '<x/>')]));
    const e = await failure(() => sniffFile(p('surat.ods')));
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.text.id).toContain('OpenDocument yang bukan lembar kerja');
  });
});

describe('Apple Numbers', () => {
  it('a .numbers file (a ZIP of Index/*.iwa) is named, with the export to do', async () => {
    writeFileSync(p('data.numbers'), numbersLikeZip());
    const e = await failure(() => sniffFile(p('data.numbers')));
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.text.id).toBe('Berkas "data.numbers": ini berkas Apple Numbers: ekspor dulu ke Excel (.xlsx), karena format Numbers tidak dapat dibaca di sini. Di Numbers pilih File > Ekspor Ke > Excel…, lalu impor berkas .xlsx hasilnya (atau minta pengirim mengirim berkas .xlsx).');
    expect(e.text.en).toContain('Apple Numbers file: export it to Excel (.xlsx) first');
  });

  it('a Numbers package (a folder, as older macOS keeps it) is named too', async () => {
    mkdirSync(p('lama.numbers/Index'), { recursive: true });
    writeFileSync(p('lama.numbers/Index.zip'), numbersLikeZip());
    const e = await failure(() => sniffFile(p('lama.numbers')));
    expect(e.text.id).toContain('ini berkas Apple Numbers');
  });
});

describe('a CSV has no sheets', () => {
  it('its messages name the file and row, never a "lembar"', async () => {
    writeFileSync(p('panjang.csv'), `Nama;NIB\nPT A;${'x'.repeat(200)}\n`);
    const e = await failure(() => rowsOf(p('panjang.csv'), { limits: { maxCellLength: 100 } }));
    expect(e.code).toBe('CELL_TOO_LONG');
    expect(e.where).toEqual({ file: 'panjang.csv', row: 2, column: 2 });
    expect(e.text.id).toMatch(/^Berkas "panjang\.csv", baris 2, kolom B: /);
    expect(e.text.id).not.toMatch(/lembar/);
  });

  it('asking a CSV for a sheet says a CSV has none', async () => {
    writeFileSync(p('dua.csv'), 'Nama;NIB\nPT A;1\n');
    const e = await failure(() => rowsOf(p('dua.csv'), { sheet: 'Data' }));
    expect(e.code).toBe('SHEET_NOT_FOUND');
    expect(e.text.id).toBe('Berkas "dua.csv": berkas CSV tidak punya lembar (sheet), jadi lembar "Data" tidak ada. Jangan pilih lembar untuk berkas CSV (tanpa --sheet di baris perintah).');
    expect(await rowsOf(p('dua.csv'), { sheet: 'dua' })).toHaveLength(2); // its one "sheet", as the inspection names it
  });
});
