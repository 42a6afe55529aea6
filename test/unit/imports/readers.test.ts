import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ImportReadError } from '../../../core/imports/read/errors.ts';
import { listSheets, openSheet, readRows } from '../../../core/imports/read/reader.ts';
import type { ReadOptions, RawRow } from '../../../core/imports/read/types.ts';
import { NIK_NUM, NIK_TEXT, SHEET_HEAD, SHEET_TAIL, cp1252, deflated, minimalXlsx, tempDir, utf16be, utf16le, writeAgencyXls, writeAgencyXlsx } from './fixtures.ts';

const tmp = tempDir();
const p = tmp.path;

async function all(file: string, options: ReadOptions = {}): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of readRows(file, options)) out.push(r);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<ImportReadError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportReadError);
    return e as ImportReadError;
  }
  throw new Error('expected an ImportReadError, the read succeeded');
}

beforeAll(async () => {
  await writeAgencyXlsx(p('agency.xlsx'));
  writeAgencyXls(p('agency.xls'));
});
afterAll(() => tmp.remove());

describe('XLSX (streamed through saxes, behind zip-guard)', () => {
  it('lists sheets with row hints, the hidden one flagged', async () => {
    const sheets = await listSheets(p('agency.xlsx'));
    expect(sheets.map((s) => [s.name, s.index, s.hidden])).toEqual([
      ['Perusahaan', 0, false],
      ['Cabang', 1, false],
      ['Rahasia', 2, true],
    ]);
    expect(sheets[0]!.rowCountHint).toBe(7);
  });

  it('keeps row numbers as Excel shows them and skips empty rows', async () => {
    const rows = await all(p('agency.xlsx'));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 7]);
    expect(rows[0]).toEqual({ sheet: 'Perusahaan', rowNumber: 1, cells: ['DATA PERUSAHAAN KAB. BADUNG 2025'] });
  });

  it('tells a numeric NIK from a text NIK, converts dates, never evaluates formulas', async () => {
    const rows = await all(p('agency.xlsx'));
    const r4 = rows.find((r) => r.rowNumber === 4)!;
    expect(r4.cells).toEqual([
      1,
      'PT Maju Jaya',
      NIK_NUM,
      NIK_TEXT,
      { date: '1990-05-17' },
      { formula: '1+1', result: 2 },
      { date: '2025-01-02T13:45:30' },
    ]);
    expect(typeof r4.cells[2]).toBe('number');
    expect(typeof r4.cells[3]).toBe('string');
    const r5 = rows.find((r) => r.rowNumber === 5)!;
    expect(r5.cells[3]).toBe('0012345'); // leading zeros of a text cell survive
    expect(r5.cells[5]).toEqual({ formula: 'A5*10', result: 20 });
    expect(r5.cells).toHaveLength(6); // trailing empty cell trimmed
    const r7 = rows.find((r) => r.rowNumber === 7)!;
    expect(r7.cells).toEqual([3, 'Koperasi "Tani"', null, null, null, { error: '#DIV/0!' }, true]);
  });

  it('reads another sheet by name (any case) or index, and names the sheets present when missing', async () => {
    expect((await all(p('agency.xlsx'), { sheet: 'cabang ' })).map((r) => r.cells)).toEqual([
      ['Kode', 'Kota'],
      ['B01', 'Denpasar'],
    ]);
    expect((await all(p('agency.xlsx'), { sheet: 2 }))[0]!.cells).toEqual(['tersembunyi']);
    const e = await failure(all(p('agency.xlsx'), { sheet: 'Pekerja' }));
    expect(e.code).toBe('SHEET_NOT_FOUND');
    expect(e.text.id).toContain('"Perusahaan", "Cabang", "Rahasia"');
  });

  it('keeps characters split between two chunks intact (exceljs alone turns them into U+FFFD)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nama');
    const names: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const n = `Ñoño José Müller Đặng 王小明 ${i}`;
      names.push(n);
      ws.addRow([n, `${i}é`]);
    }
    await wb.xlsx.writeFile(p('unicode.xlsx'));
    const rows = await all(p('unicode.xlsx'));
    expect(rows).toHaveLength(6000);
    expect(rows.map((r) => r.cells[0])).toEqual(names);
    expect(rows.some((r) => JSON.stringify(r.cells).includes('\uFFFD'))).toBe(false);
  });

  it('reads dates formatted by built-in number formats (numFmtId 14) and inline strings', async () => {
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Tgl</t></is></c></row><row r="2"><c r="A2" s="1"><v>32980</v></c><c r="B2"><v>32980</v></c></row>${SHEET_TAIL}`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    // Styles stored after the sheet: exceljs's own reader would parse the sheet without them.
    writeFileSync(p('numfmt14.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', sheet), [deflated('xl/styles.xml', styles)], 'Data', rels));
    const rows = await all(p('numfmt14.xlsx'));
    expect(rows[1]!.cells).toEqual([{ date: '1990-04-17' }, 32980]);
    expect(rows[0]!.cells).toEqual(['Tgl']);
  });

  it('refuses an XLSX whose elements carry a namespace prefix instead of reading zero rows', async () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    writeFileSync(p('prefixed.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', sheet)));
    const e = await failure(all(p('prefixed.xlsx')));
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('reports an empty sheet as EMPTY_FILE, never as a success with no rows', async () => {
    writeFileSync(p('empty-sheet.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}${SHEET_TAIL}`)));
    expect((await failure(all(p('empty-sheet.xlsx')))).code).toBe('EMPTY_FILE');
  });
});

describe('XLS (SheetJS)', () => {
  it('lists the sheets', async () => {
    expect((await listSheets(p('agency.xls'))).map((s) => s.name)).toEqual(['Pekerja', 'Lain']);
  });

  it('reads numbers as numbers, text as text, dates as ISO, with Excel row numbers', async () => {
    const rows = await all(p('agency.xls'));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5]);
    expect(rows[2]!.cells).toEqual(['Budi José', NIK_NUM, { date: '1990-05-17' }, true]);
    expect(rows[3]!.cells).toEqual(['Siti', NIK_TEXT, { date: '1985-01-01' }, false]);
  });

  it('stops at the row limit without building the rest', async () => {
    const e = await failure(all(p('agency.xls'), { limits: { maxRows: 4 } }));
    expect(e.code).toBe('TOO_MANY_ROWS');
    expect(e.where).toEqual({ file: 'agency.xls', sheet: 'Pekerja', row: 5 });
  });
});

describe('CSV', () => {
  const header = 'Nama;NIK;Kota\r\n';
  it.each([
    ['semicolon, UTF-8 without BOM', Buffer.from(`${header}José Ñ;5103120101900001;Denpasar\r\n`), ';', 'utf-8'],
    ['comma, UTF-8 with BOM', Buffer.from(`\uFEFFNama,NIK,Kota\nJosé Ñ,5103120101900001,Denpasar\n`), ',', 'utf-8-bom'],
    ['tab', Buffer.from(`Nama\tNIK\tKota\nJosé Ñ\t5103120101900001\tDenpasar\n`), '\t', 'utf-8'],
    ['Windows-1252', cp1252(`${header}José Ñ;5103120101900001;Denpasar\r\n`), ';', 'windows-1252'],
    ['UTF-16LE with BOM', utf16le(`Nama\tNIK\tKota\r\nJosé Ñ\t5103120101900001\tDenpasar\r\n`), '\t', 'utf-16le'],
    ['UTF-16BE with BOM', utf16be(`Nama;NIK;Kota\r\nJosé Ñ;5103120101900001;Denpasar\r\n`), ';', 'utf-16be'],
    ['UTF-16LE without BOM', utf16le(`Nama;NIK;Kota\r\nJosé Ñ;5103120101900001;Denpasar\r\n`, false), ';', 'utf-16le'],
  ])('%s', async (_name, bytes, delimiter, encoding) => {
    const file = p(`enc-${encoding}-${delimiter === '\t' ? 'tab' : delimiter}.csv`);
    writeFileSync(file, bytes);
    const opened = await openSheet(file);
    expect(opened.source.delimiter).toBe(delimiter);
    expect(opened.source.encoding).toBe(encoding);
    const rows: RawRow[] = [];
    for await (const r of opened.rows) rows.push(r);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Nama', 'NIK', 'Kota'],
      ['José Ñ', '5103120101900001', 'Denpasar'],
    ]);
  });

  it('decodes "Pemilik: José Ñ" from Windows-1252 bytes', async () => {
    writeFileSync(p('pemilik.csv'), cp1252('Keterangan\nPemilik: José Ñ\n'));
    expect((await all(p('pemilik.csv')))[1]!.cells).toEqual(['Pemilik: José Ñ']);
  });

  it('falls back to Windows-1252 when the first non-ASCII byte comes after the sniffed head', async () => {
    const filler = 'a;b\n'.repeat(30_000); // 120 KB of ASCII, beyond the 64 KB sniff
    writeFileSync(p('late-1252.csv'), Buffer.concat([Buffer.from(`Nama;Kota\n${filler}`), cp1252('José;Ñusa Dua\n')]));
    const rows = await all(p('late-1252.csv'));
    expect(rows.at(-1)!.cells).toEqual(['José', 'Ñusa Dua']);
    expect(rows.at(-1)!.rowNumber).toBe(30_002);
  });

  it('refuses a file that mixes UTF-8 and Windows-1252, naming the row', async () => {
    const filler = 'a;b\n'.repeat(30_000);
    writeFileSync(p('mixed.csv'), Buffer.concat([Buffer.from(`Nama;Kota\nJosé;Bali\n${filler}`), cp1252('José;Ñusa Dua\n')]));
    const e = await failure(all(p('mixed.csv')));
    expect(e.code).toBe('ENCODING');
    expect(e.where.row).toBe(30_003);
    expect(e.text.id).toContain('CSV UTF-8');
  });

  it('refuses a file whose first bytes already mix UTF-8 and Windows-1252', async () => {
    writeFileSync(p('mixed-head.csv'), Buffer.concat([Buffer.from('Nama;Kota\nJosé;Bali\n'), cp1252('Ñoman;Ubud\n')]));
    expect((await failure(all(p('mixed-head.csv')))).code).toBe('ENCODING');
  });

  it('keeps quoted fields with delimiters, quotes and newlines in one cell; row numbers count records', async () => {
    writeFileSync(p('quoted.csv'), 'Nama;Alamat;Catatan\n"PT ""Maju""";"Jl. Sudirman 1;\nDenpasar";ok\nCV Baru;"Jl. A\r\nBlok B\r\nNo 3";\n');
    const rows = await all(p('quoted.csv'));
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [1, ['Nama', 'Alamat', 'Catatan']],
      [2, ['PT "Maju"', 'Jl. Sudirman 1;\nDenpasar', 'ok']],
      [3, ['CV Baru', 'Jl. A\r\nBlok B\r\nNo 3']],
    ]);
  });

  it('honours an Excel "sep=" line and does not count it as a row', async () => {
    writeFileSync(p('sep.csv'), 'sep=,\nNama;Kota,Umur\nBudi;Bali,30\n');
    const opened = await openSheet(p('sep.csv'));
    expect(opened.source).toMatchObject({ delimiter: ',', sepLine: true });
    const rows: RawRow[] = [];
    for await (const r of opened.rows) rows.push(r);
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [1, ['Nama;Kota', 'Umur']],
      [2, ['Budi;Bali', '30']],
    ]);
  });

  it('lets rows have different lengths and keeps empty lines out (row numbers still true)', async () => {
    writeFileSync(p('ragged.csv'), 'A;B;C\n1\n\n;;\n2;3;4;5\n');
    const rows = await all(p('ragged.csv'));
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [1, ['A', 'B', 'C']],
      [2, ['1']],
      [5, ['2', '3', '4', '5']],
    ]);
  });

  it('stops an unclosed quote before it swallows the file', async () => {
    const body = 'x'.repeat(40);
    const lines = Array.from({ length: 40_000 }, (_, i) => `${i};${body}`).join('\n');
    writeFileSync(p('unclosed.csv'), `Nama;Ket\n"oops;${lines}\n`);
    const e = await failure(all(p('unclosed.csv'), { limits: { maxCellLength: 1000, maxColumns: 10 } }));
    expect(e.code).toBe('CELL_TOO_LONG');
    expect(e.where.row).toBe(2);
    expect(e.text.en).toContain('quote');
  });
});

describe('limits on content', () => {
  it('TOO_MANY_COLUMNS names the row and column; empty cells far right do not count', async () => {
    writeFileSync(p('wide.csv'), `A;B;C${';'.repeat(300)}\n1;2;3;4;5\n`);
    expect((await all(p('wide.csv'), { limits: { maxColumns: 5 } })).length).toBe(2);
    const e = await failure(all(p('wide.csv'), { limits: { maxColumns: 4 } }));
    expect(e.code).toBe('TOO_MANY_COLUMNS');
    expect(e.where).toMatchObject({ file: 'wide.csv', row: 2, column: 5 });
    expect(e.text.id).toContain('kolom E');
  });

  it('CELL_TOO_LONG in an XLSX names the cell', async () => {
    const long = 'y'.repeat(500);
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>${long}</t></is></c></row>${SHEET_TAIL}`;
    writeFileSync(p('longcell.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', sheet)));
    const e = await failure(all(p('longcell.xlsx'), { limits: { maxCellLength: 100 } }));
    expect(e.code).toBe('CELL_TOO_LONG');
    expect(e.where).toEqual({ file: 'longcell.xlsx', sheet: 'Data', row: 2, column: 2 });
  });

  it('an aborted signal stops an in-process read with CANCELLED', async () => {
    const ac = new AbortController();
    const it = readRows(p('quoted.csv'), { signal: ac.signal });
    await it.next();
    ac.abort();
    const e = await failure(it.next());
    expect(e.code).toBe('CANCELLED');
  });
});
