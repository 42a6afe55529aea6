// Excel's escaped characters in XLSX strings (OOXML ST_Xstring): `_xHHHH_` is one character,
// `_x005F_` a literal underscore in front of what would read as one. Walk 36 (#5): the address
// "Br. Kaja_x000D_ Gang 2" was stored as it stood in the XML.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readRows } from '../../../core/imports/read/reader.ts';
import type { RawRow } from '../../../core/imports/read/types.ts';
import { unescapeXstring } from '../../../core/imports/read/xlsx-xml.ts';
import { text } from '../../../core/imports/fields/cell-values.ts';
import { SHEET_HEAD, SHEET_TAIL, deflated, minimalXlsx, tempDir } from './fixtures.ts';

const tmp = tempDir('lindung-xstring-');
const p = tmp.path;
afterAll(() => tmp.remove());

async function all(file: string): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of readRows(file)) out.push(r);
  return out;
}

const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** What Excel writes for a cell with a pasted Windows line break, a tab, and a literal "_x000D_". */
function excelLikeXlsx(): Buffer {
  const strings = ['Alamat', 'Br. Kaja_x000D_\nGang 2', 'Jl. Gatot_x0009_Subroto', 'kode_x005F_x000D_ tetap', 'Rich _x000D_', 'run'];
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">${strings
    .slice(0, 4)
    .map((s) => `<si><t xml:space="preserve">${s}</t></si>`)
    .join('')}<si><r><t xml:space="preserve">${strings[4]}</t></r><r><rPr><b/></rPr><t>${strings[5]}</t></r></si></sst>`;
  const sheet = `${SHEET_HEAD}
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Catatan</t></is></c><c r="C1" t="str"><f>"x"</f><v>x</v></c></row>
    <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">baris satu_x000D_
baris dua</t></is></c><c r="C2" t="str"><f>A2</f><v>Br. Kaja_x000D_
Gang 2</v></c></row>
    <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><t>_x005F_x0041_ bukan A</t></is></c></row>
    <row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" t="s"><v>4</v></c></row>
  ${SHEET_TAIL}`;
  return minimalXlsx(deflated('xl/worksheets/sheet1.xml', sheet), [deflated('xl/sharedStrings.xml', sst)], 'Data', RELS);
}

describe('escaped characters in XLSX strings', () => {
  it('decodes _xHHHH_ in shared strings, inline strings and formula text, _x005F_ as an underscore', async () => {
    writeFileSync(p('excel.xlsx'), excelLikeXlsx());
    const rows = await all(p('excel.xlsx'));
    expect(rows[1]!.cells[0]).toBe('Br. Kaja\r\nGang 2');
    expect(rows[1]!.cells[1]).toBe('baris satu\r\nbaris dua');
    expect(rows[1]!.cells[2]).toEqual({ formula: 'A2', result: 'Br. Kaja\r\nGang 2' });
    expect(rows[2]!.cells[0]).toBe('Jl. Gatot\tSubroto');
    expect(rows[2]!.cells[1]).toBe('_x0041_ bukan A');
    expect(rows[3]!.cells[0]).toBe('kode_x000D_ tetap');
    expect(rows[3]!.cells[1]).toBe('Rich \rrun');
  });

  it('a carriage return ends up as a CSV line break in a cell does: one space', async () => {
    writeFileSync(p('excel.xlsx'), excelLikeXlsx());
    writeFileSync(p('same.csv'), 'Alamat;Catatan\r\n"Br. Kaja\r\nGang 2";x\r\n');
    const fromXlsx = (await all(p('excel.xlsx')))[1]!.cells[0];
    const fromCsv = (await all(p('same.csv')))[1]!.cells[0];
    expect(text(fromXlsx)).toEqual({ ok: true, value: 'Br. Kaja Gang 2' });
    expect(text(fromXlsx)).toEqual(text(fromCsv));
  });

  it('SheetJS writes a carriage return in a shared string as "_x000d_": read as the line break it was', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Nama', 'Alamat'], ['Sari', 'Br. Kaja\r\nGang 2']]), 'Data');
    writeFileSync(p('sheetjs.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer);
    const rows = await all(p('sheetjs.xlsx'));
    expect(rows[1]!.cells[1]).toBe('Br. Kaja\r\nGang 2');
    expect(text(rows[1]!.cells[1])).toEqual({ ok: true, value: 'Br. Kaja Gang 2' });
  });

  it('leaves text without an escape as it is, and lower-case hex digits are read too', () => {
    const plain = 'Br. Kaja Gang 2';
    expect(unescapeXstring(plain)).toBe(plain);
    expect(unescapeXstring('_x_ and _x12_ and _xZZZZ_')).toBe('_x_ and _x12_ and _xZZZZ_');
    expect(unescapeXstring('a_x000d_b')).toBe('a\rb');
  });
});
