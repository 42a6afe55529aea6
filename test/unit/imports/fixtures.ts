// Builds the test corpus at run time in a temp folder: real workbooks (exceljs, SheetJS,
// LibreOffice), CSVs in several encodings, and hand-written ZIP containers for the hostile cases.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import yauzl from 'yauzl';
import { afterAll } from 'vitest';

// Every folder a test file made goes when the file's tests end, also one its test did not remove.
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'lindung-import-read-'): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const NIK_NUM = 5103120101900001;
export const NIK_TEXT = '5103120101900002';

/**
 * The typical agency workbook: a title row, an empty row, the header on row 3, data from row 4;
 * a NIK column typed as numbers (shown as 5.10312E+15) and one typed as text; dates; a formula;
 * a second sheet and a hidden third.
 */
export async function writeAgencyXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Perusahaan');
  ws.getCell('A1').value = 'DATA PERUSAHAAN KAB. BADUNG 2025';
  // row 2 stays empty
  ws.getRow(3).values = ['No', 'Nama Perusahaan', 'NIK Pemilik', 'NIK Teks', 'Tanggal Berdiri', 'Jumlah', 'Dicatat'];
  ws.getRow(4).values = [1, 'PT Maju Jaya', NIK_NUM, NIK_TEXT, new Date(Date.UTC(1990, 4, 17)), { formula: '1+1', result: 2 }, new Date(Date.UTC(2025, 0, 2, 13, 45, 30))];
  ws.getRow(5).values = [2, 'CV Sejahtera Ñusa', 5103120101900003, '0012345', new Date(Date.UTC(2001, 11, 31)), { formula: 'A5*10', result: 20 }, null];
  // row 6 empty, row 7 with an error cell and a boolean
  ws.getRow(7).values = [3, 'Koperasi "Tani"', null, null, null, { error: '#DIV/0!' }, true];
  ws.getColumn(3).numFmt = '0.00E+00';
  ws.getCell('E4').numFmt = 'dd/mm/yyyy';
  ws.getCell('E5').numFmt = 'dd/mm/yyyy';
  ws.getCell('G4').numFmt = 'yyyy-mm-dd hh:mm:ss';
  const two = wb.addWorksheet('Cabang');
  two.addRow(['Kode', 'Kota']);
  two.addRow(['B01', 'Denpasar']);
  const hidden = wb.addWorksheet('Rahasia', { state: 'hidden' });
  hidden.addRow(['tersembunyi']);
  await wb.xlsx.writeFile(file);
}

/** An XLS (BIFF8) written by SheetJS: title row, header, data with a numeric NIK and a date. */
export function writeAgencyXls(file: string): void {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet([
    ['DATA PEKERJA 2025'],
    [],
    ['Nama', 'NIK', 'Tgl Lahir', 'Aktif'],
    ['Budi José', NIK_NUM, new Date(Date.UTC(1990, 4, 17)), true],
    ['Siti', NIK_TEXT, new Date(Date.UTC(1985, 0, 1)), false],
  ], { cellDates: true, UTC: true } as XLSX.AOA2SheetOpts);
  XLSX.utils.book_append_sheet(wb, ws, 'Pekerja');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['lain']]), 'Lain');
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer);
}

/** An XLS with `rows` data rows of 8 columns (for the memory-limit test). */
export function writeBigXls(file: string, rows: number): void {
  const aoa: unknown[][] = [['Nama', 'NIK', 'A', 'B', 'C', 'D', 'E', 'F']];
  for (let i = 0; i < rows; i++) aoa.push([`Pekerja ${i}`, 5103120101900000 + i, i, i * 2, `x${i}`, `y${i}`, i / 3, `z${i}`]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa, { dense: true } as XLSX.AOA2SheetOpts), 'Data');
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer);
}

/** A big XLSX through exceljs's streaming writer: header + `rows` data rows of 12 columns. */
export async function writeBigXlsx(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Pekerja');
  ws.addRow(['No', 'NIK', 'Nama', 'Kota', 'Gaji', 'A', 'B', 'C', 'D', 'E', 'F', 'G']).commit();
  for (let i = 1; i <= rows; i++) {
    ws.addRow([i, 5103120101900000 + i, `Pekerja ${i}`, i % 2 ? 'Denpasar' : 'Badung', 4_500_000 + i, 'a', 'b', 'c', i, i * 2, 'é', 'x']).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Streams a CSV of `rows` data rows (plus a header) to disk without holding it. */
export async function writeBigCsv(file: string, rows: number, delimiter = ';'): Promise<void> {
  const out = createWriteStream(file);
  const d = delimiter;
  out.write(`NIK${d}Nama${d}Tanggal Lahir${d}Kota${d}Gaji\n`);
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    buf += `${5103120101000000 + i}${d}Pekerja ${i}${d}1990-01-${String((i % 28) + 1).padStart(2, '0')}${d}${i % 2 ? 'Denpasar' : 'Badung'}${d}${4_500_000 + (i % 1000)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

// -------------------------------------------------------------------------------------------
// A hand-written ZIP container (for files no library would write).

export interface RawZipEntry {
  name: string;
  /** The bytes stored in the ZIP (already deflated when method is 8). */
  stored: Buffer;
  method: 0 | 8;
  /** Uncompressed size written in both headers. */
  declaredSize: number;
  crc?: number;
  flags?: number;
}

export function deflated(name: string, data: string | Buffer): RawZipEntry {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, stored: deflateRawSync(buf), method: 8, declaredSize: buf.length, crc: crc32(buf) };
}

export function buildZip(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.flags ?? 0) | 0x0800; // UTF-8 names
    const crc = e.crc ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, e.stored);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.declaredSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + e.stored.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = (sheetName: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
export const SHEET_TAIL = `</sheetData></worksheet>`;

/** The parts every minimal XLSX needs, plus the given sheet entry (and any extra entries). */
export function minimalXlsx(sheet: RawZipEntry, extra: RawZipEntry[] = [], sheetName = 'Data', workbookRels = WORKBOOK_RELS): Buffer {
  return buildZip([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', ROOT_RELS),
    deflated('xl/workbook.xml', WORKBOOK(sheetName)),
    deflated('xl/_rels/workbook.xml.rels', workbookRels),
    sheet,
    ...extra,
  ]);
}

/** A raw deflate stream of `mb` MiB of spaces after `prefix`, built from one repeated 1 MiB block: a few KB per GB. */
export function spacesDeflate(prefix: string, mb: number): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const head = deflateRawSync(Buffer.from(prefix, 'utf8'), flush);
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), flush);
  const parts: Buffer[] = [head];
  for (let i = 0; i < mb; i++) parts.push(block);
  parts.push(Buffer.from([0x03, 0x00])); // final empty block (fixed Huffman, end-of-block)
  return Buffer.concat(parts);
}

/** Windows-1252 bytes of a Latin-1-range string (what Excel's "CSV (Comma delimited)" writes on Windows). */
export function cp1252(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}

export function utf16le(s: string, bom = true): Buffer {
  const body = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(s: string, bom = true): Buffer {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), be]) : be;
}

/** The prototype's keys, to check after hostile input that nothing was added. */
export const PROTO_KEYS = Object.keys(Object.prototype).sort().join(',');
export function prototypeIsClean(): boolean {
  return Object.keys(Object.prototype).sort().join(',') === PROTO_KEYS && ({} as Record<string, unknown>).polluted === undefined;
}

/** An XLSX whose shared-string table holds `count` distinct strings (all cached in memory by the reader). */
export function manyStringsXlsx(count: number): Buffer {
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`];
  for (let i = 0; i < count; i++) parts.push(`<si><t>Pekerja nomor ${i} alamat Jalan ${i * 7919} Denpasar Bali ${i % 97}</t></si>`);
  parts.push('</sst>');
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>${count - 1}</v></c></row>${SHEET_TAIL}`;
  return minimalXlsx(deflated('xl/worksheets/sheet1.xml', sheet), [deflated('xl/sharedStrings.xml', parts.join(''))], 'Data', rels);
}

// -------------------------------------------------------------------------------------------
// Files written by another program: LibreOffice headless, and rewrites of what it wrote.

/** Whether LibreOffice is installed (tests that need it print why they skip). */
export const hasLibreOffice = spawnSync('which', ['soffice']).status === 0;
if (!hasLibreOffice) console.log('Tests of files written by LibreOffice are skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui).');

/**
 * Converts files with LibreOffice headless into `outDir` (`to`: xlsx, ods, xls, fods...). A CSV
 * is read as UTF-8 with `;` between fields. Each call has its own profile, so runs in parallel
 * (other test files, other people's LibreOffice) do not wait on one another's lock. A cold start
 * takes 5-20 s on a busy machine: the timeout is generous.
 */
export function libreOfficeConvert(files: string[], to: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lindung-soffice-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--infilter=CSV:59,34,76,1', '--convert-to', to, '--outdir', outDir, ...files], {
      stdio: 'ignore',
      timeout: 300_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Every entry of a ZIP file, inflated, in its order. */
export async function unzipEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const out = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      out.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return out;
}

/**
 * A real XLSX with its workbook moved out of `xl/`: `spreadsheet/book.xml`, found only through
 * `_rels/.rels` and `[Content_Types].xml` (as the standard allows, and as LibreOffice reads it).
 */
export async function moveWorkbookParts(xlsx: string, out: string): Promise<void> {
  const entries = await unzipEntries(xlsx);
  const moved = (name: string) => name.replace(/^xl\/_rels\/workbook\.xml\.rels$/, 'spreadsheet/_rels/book.xml.rels').replace(/^xl\/workbook\.xml$/, 'spreadsheet/book.xml').replace(/^xl\//, 'spreadsheet/');
  const rewritten: RawZipEntry[] = [];
  for (const [name, data] of entries) {
    let bytes = data;
    if (name === '[Content_Types].xml' || name === '_rels/.rels' || name === 'xl/_rels/workbook.xml.rels') {
      bytes = Buffer.from(data.toString('utf8').replaceAll('xl/workbook.xml', 'spreadsheet/book.xml').replaceAll('/xl/', '/spreadsheet/'), 'utf8');
    }
    rewritten.push(deflated(moved(name), bytes));
  }
  writeFileSync(out, buildZip(rewritten));
}

/** What an Apple Numbers file is inside: a ZIP of IWA (protobuf) parts, a preview and metadata. */
export function numbersLikeZip(): Buffer {
  const iwa = Buffer.from([0x00, 0x1e, 0x00, 0x00, 0x08, 0x01, 0x12, 0x04, 0x0a, 0x02, 0x08, 0x01]);
  return buildZip([
    deflated('Index/Document.iwa', iwa),
    deflated('Index/CalculationEngine.iwa', iwa),
    deflated('Index/Tables/DataList.iwa', iwa),
    deflated('Metadata/Properties.plist', '<?xml version="1.0"?><plist version="1.0"><dict/></plist>'),
    deflated('preview.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0])),
  ]);
}
