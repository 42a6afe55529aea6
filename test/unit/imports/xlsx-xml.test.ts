// xlsx-xml.ts: what the XML of a sheet, its shared strings and its workbook mean, fed as text
// chunks (split anywhere) and through whole files; and the same values as exceljs's own reader.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readRows } from '../../../core/imports/read/reader.ts';
import type { CellValue, RawRow } from '../../../core/imports/read/types.ts';
import { SheetHandler, parseXml, parseXmlPart, relationshipsHandler, sharedStringsHandler, workbookHandler } from '../../../core/imports/read/xlsx-xml.ts';
import type { Relationship, SheetContext, WorkbookModel, XlsxRow } from '../../../core/imports/read/xlsx-xml.ts';
import { SHEET_HEAD, SHEET_TAIL, buildZip, deflated, minimalXlsx, tempDir } from './fixtures.ts';

const tmp = tempDir();
const p = tmp.path;
afterAll(() => tmp.remove());

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const ctx = (over: Partial<SheetContext> = {}): SheetContext => ({
  sharedStrings: ['satu', 'dua'],
  isDateStyle: (s) => s === 1,
  date1904: false,
  where: { file: 't.xlsx', sheet: 'Data' },
  ...over,
});

async function sheet(xml: string, size = 1 << 20, c: SheetContext = ctx()): Promise<XlsxRow[]> {
  const h = new SheetHandler(c);
  const rows: XlsxRow[] = [];
  for await (const _ of parseXml(chunked(xml, size), h)) {
    rows.push(...h.rows);
    h.rows = [];
  }
  return rows;
}

async function all(file: string): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of readRows(file)) out.push(r);
  return out;
}

const rels = (...extra: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extra.join('')}</Relationships>`;
const rels0 = rels(`<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>`);
const relSharedStrings = `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`;
const relStyles = `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-421]dd\\ mmmm\\ yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe('a sheet, event by event', () => {
  const VARIED = `${SHEET_HEAD}
    <row r="2" spans="1:9">
      <c r="A2"><v>42</v></c>
      <c r="B2" t="s"><v>1</v></c>
      <c r="C2" t="str"><v>a &amp;lt; b &#x1F600; é</v></c>
      <c r="D2" t="inlineStr"><is><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">teks </t></r><rPh sb="0" eb="1"><t>ふり</t></rPh><r><t>akhir</t></r></is></c>
      <c r="E2" t="b"><v>1</v></c>
      <c r="F2" t="b"><v>0</v></c>
      <c r="G2" t="e"><v>#N/A</v></c>
      <c r="H2" s="1"><v>32980.5</v></c>
      <c r="I2" s="2"><v>1234.5</v></c>
    </row>
    <row>
      <c><f>SUM(A2:A3)</f><v>84</v></c>
      <c t="str"><f>"x"&amp;"y"</f><v>xy</v></c>
      <c t="b"><f>A2&gt;1</f><v>1</v></c>
      <c t="e"><f>1/0</f><v>#DIV/0!</v></c>
      <c r="E3"><f t="shared" si="0"/><v>7</v></c>
      <c r="F3" t="inlineStr"><is><t><![CDATA[<tetap> & utuh]]></t></is></c>
      <c r="G3" t="d"><v>2024-02-29T13:45:00Z</v></c>
      <c r="H3" t="d"><v>2024-03-01T00:00:00</v></c>
      <c r="I3"><v>1e400</v></c>
      <c r="J3" s="1"><v>1e20</v></c>
    </row>
    <row r="5"></row>
    <row r="7"><c r="B7"/><c r="C7" t="s"><v>9</v></c><c r="D7"><v>1</v></c><c r="D7"><v>2</v></c></row>
  ${SHEET_TAIL}`;

  const EXPECTED: Array<{ rowNumber: number; cells: Array<CellValue | undefined> }> = [
    {
      rowNumber: 2,
      cells: [42, 'dua', 'a &lt; b \u{1F600} é', 'Rich teks akhir', true, false, { error: '#N/A' }, { date: '1990-04-17T12:00:00' }, 1234.5],
    },
    {
      rowNumber: 3,
      cells: [
        { formula: 'SUM(A2:A3)', result: 84 },
        { formula: '"x"&"y"', result: 'xy' },
        { formula: 'A2>1', result: true },
        { formula: '1/0', result: null },
        { formula: '', result: 7 },
        '<tetap> & utuh',
        { date: '2024-02-29T13:45:00' },
        { date: '2024-03-01' },
        { error: '#NUM!' },
        { error: '#VALUE!' },
      ],
    },
    { rowNumber: 5, cells: [] },
    { rowNumber: 7, cells: [undefined, undefined, undefined, 2] },
  ];

  it('reads every cell type: shared, inline (rich runs joined, phonetic left out), str, bool, error, dates, formulas with their cached results', async () => {
    const rows = await sheet(VARIED);
    expect(rows).toEqual(EXPECTED);
  });

  it('gives the same rows wherever the text is split', async () => {
    for (const size of [1, 2, 3, 5, 7, 13, 64, 333]) expect(await sheet(VARIED, size)).toEqual(EXPECTED);
  });

  it('dates of a 1904 workbook start four years later', async () => {
    const rows = await sheet(`${SHEET_HEAD}<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>31118</v></c></row>${SHEET_TAIL}`, 1 << 20, ctx({ date1904: true }));
    expect(rows[0]!.cells).toEqual([{ date: '1904-01-01' }, { date: '1989-03-13' }]);
  });

  it('an unclosed element at the end, a broken tag, an unknown entity or a bad cell reference fail', async () => {
    await expect(sheet(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>`)).rejects.toThrow(/unclosed|end/i);
    await expect(sheet(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></rom></sheetData></worksheet>`)).rejects.toThrow();
    await expect(sheet(`${SHEET_HEAD}<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>${SHEET_TAIL}`)).rejects.toThrow();
    await expect(sheet(`${SHEET_HEAD}<row r="1"><c r="1A"><v>1</v></c></row>${SHEET_TAIL}`)).rejects.toMatchObject({ code: 'CORRUPT_FILE', where: { row: 1 } });
    await expect(sheet(`${SHEET_HEAD}<row r="1"><c r="XFE1"><v>1</v></c></row>${SHEET_TAIL}`)).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    const wide = '<c><v>1</v></c>'.repeat(16_385); // past XFD without references
    await expect(sheet(`${SHEET_HEAD}<row r="1">${wide}</row>${SHEET_TAIL}`)).rejects.toMatchObject({ code: 'CORRUPT_FILE', where: { row: 1 } });
  });

  it('shared strings: plain, rich runs joined, phonetic guides left out, empty items kept in place', async () => {
    const out: string[] = [];
    const xml = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <si><t>Budi</t></si>
      <si><r><t>PT </t></r><r><rPr><i/></rPr><t>Maju</t></r></si>
      <si><t>東京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh></si>
      <si/>
      <si><t xml:space="preserve">  spasi  </t></si>
    </sst>`;
    await parseXmlPart(chunked(xml, 5), sharedStringsHandler(out));
    expect(out).toEqual(['Budi', 'PT Maju', '東京', '', '  spasi  ']);
  });
  it('the workbook: sheets with their relationship (whatever its prefix), state and the 1904 flag; relationships', async () => {
    const wb: WorkbookModel = { sheets: [], date1904: false };
    const xml = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="true"/><sheets><sheet name="A &amp; B" sheetId="1" rel:id="rId7"/><sheet name="Sembunyi" sheetId="2" state="veryHidden" rel:id="rId8"/></sheets></workbook>`;
    await parseXmlPart(chunked(xml, 9), workbookHandler(wb));
    expect(wb).toEqual({
      date1904: true,
      sheets: [
        { name: 'A & B', rId: 'rId7', state: 'visible' },
        { name: 'Sembunyi', rId: 'rId8', state: 'veryHidden' },
      ],
    });
    const rels: Relationship[] = [];
    await parseXmlPart(chunked(rels0, 11), relationshipsHandler(rels));
    expect(rels).toEqual([
      { id: 'rId1', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet', target: 'worksheets/sheet1.xml', external: false },
      { id: 'rId9', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', target: 'https://example.org', external: true },
    ]);
  });
});

describe('whole files', () => {
  it('shared strings, a custom date format and a 1904 workbook, through the reader', async () => {
    const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Mac" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Tanggal</t></si><si><r><t>Ni </t></r><r><t>Luh</t></r></si></sst>`;
    const body = `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="1"><v>31118</v></c><c r="B2" s="2"><v>31118</v></c></row>${SHEET_TAIL}`;
    writeFileSync(
      p('mac.xlsx'),
      buildZip([
        deflated('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        deflated('xl/workbook.xml', workbook),
        deflated('xl/_rels/workbook.xml.rels', rels(relSharedStrings, relStyles)),
        deflated('xl/worksheets/sheet1.xml', body),
        deflated('xl/sharedStrings.xml', sst),
        deflated('xl/styles.xml', STYLES),
      ]),
    );
    const rows = await all(p('mac.xlsx'));
    expect(rows.map((r) => [r.sheet, r.rowNumber, r.cells])).toEqual([
      ['Mac', 1, ['Tanggal', 'Ni Luh']],
      ['Mac', 2, [{ date: '1989-03-13' }, 31118]],
    ]);
  });

  it('characters split between inflated chunks stay whole (a sheet of multi-byte text, several MB)', async () => {
    const text = (i: number) => `é王😀Ñ ${i} ${'ß東京🙂'.repeat(i % 7)}`;
    const parts = [SHEET_HEAD];
    for (let i = 1; i <= 30_000; i++) parts.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>${text(i)}</t></is></c></row>`);
    parts.push(SHEET_TAIL);
    writeFileSync(p('multibyte.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', parts.join(''))));
    const rows = await all(p('multibyte.xlsx'));
    expect(rows).toHaveLength(30_000);
    for (const r of rows) if (r.cells[0] !== text(r.rowNumber)) expect(r.cells[0]).toBe(text(r.rowNumber));
  });

  it('a sheet with cells outside any row is corrupt, not empty', async () => {
    writeFileSync(p('norows.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<c r="A1"><v>1</v></c>${SHEET_TAIL}`)));
    await expect(all(p('norows.xlsx'))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('a sheet cut short (elements left open) is CORRUPT_FILE, not the rows before the cut', async () => {
    writeFileSync(p('cut.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>`)));
    await expect(all(p('cut.xlsx'))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('reads what exceljs wrote the values exceljs itself reads back', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Campur');
    ws.addRow(['Teks', 'Angka', 'Tanggal', 'Rumus', 'Benar', 'Salah', 'Rich', 'Pecahan', 'Negatif', 'Tautan']);
    for (let i = 0; i < 50; i++) {
      ws.addRow([
        `Baris ${i} <&> "kutip" 'satu'`,
        i * 1000 + 0.25,
        new Date(Date.UTC(2000 + (i % 30), i % 12, (i % 28) + 1)),
        { formula: `B${i + 2}*2`, result: (i * 1000 + 0.25) * 2 },
        true,
        false,
        { richText: [{ text: 'Ke' }, { font: { bold: true }, text: `tebalan ${i}` }] },
        1 / 3,
        -i,
        { text: `situs ${i}`, hyperlink: `https://example.org/${i}` },
      ]);
    }
    ws.getColumn(3).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(p('campur.xlsx'));

    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.readFile(p('campur.xlsx'));
    const expected: CellValue[][] = [];
    theirs.worksheets[0]!.eachRow((row) => {
      const cells: CellValue[] = [];
      row.eachCell((cell, col) => {
        const v = cell.value as unknown;
        const o = (v ?? {}) as { richText?: Array<{ text: string }>; hyperlink?: string; text?: string; formula?: string; result?: number };
        let out: CellValue;
        if (v instanceof Date) out = { date: v.toISOString().slice(0, 10) };
        else if (o.richText) out = o.richText.map((r) => r.text).join('');
        else if (o.hyperlink) out = o.text ?? null;
        else if (o.formula) out = { formula: o.formula, result: o.result ?? null };
        else out = v as CellValue;
        cells[col - 1] = out;
      });
      expected.push(cells);
    });
    const ours = await all(p('campur.xlsx'));
    expect(ours.map((r) => r.cells)).toEqual(expected);
    expect(ours).toHaveLength(51);
  });
});
