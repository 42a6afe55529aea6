// Files from outside are hostile: each must end in one clear ImportReadError, fast, without
// touching Object.prototype.
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ImportReadError } from '../../../core/imports/read/errors.ts';
import { listSheets, readRows } from '../../../core/imports/read/reader.ts';
import { detectDelimiter, sniffFile } from '../../../core/imports/read/sniff.ts';
import { inspectZip } from '../../../core/imports/read/zip-guard.ts';
import { DEFAULT_LIMITS } from '../../../core/imports/read/limits.ts';
import {
  SHEET_HEAD,
  buildZip,
  deflated,
  minimalXlsx,
  prototypeIsClean,
  spacesDeflate,
  tempDir,
  writeAgencyXlsx,
} from './fixtures.ts';

const tmp = tempDir();
const p = tmp.path;

async function codeOf(run: () => Promise<unknown>): Promise<ImportReadError> {
  try {
    await run();
  } catch (e) {
    if (!(e instanceof ImportReadError)) throw e;
    return e;
  }
  throw new Error('expected an ImportReadError, it succeeded');
}
const readAll = (file: string) => async () => {
  for await (const _ of readRows(file)) {
    // drain
  }
};

beforeAll(async () => {
  await writeAgencyXlsx(p('good.xlsx'));
});
afterEach(() => {
  expect(prototypeIsClean()).toBe(true);
});
afterAll(() => tmp.remove());

describe('format from bytes, not from the extension', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'PDF'],
    ['EXE', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]), '.exe'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'PNG'],
    ['HTML named .xls', Buffer.from('<html><body><table><tr><td>Nama</td></tr></table></body></html>'), 'HTML'],
    ['XML Spreadsheet 2003', Buffer.from('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), 'XML Spreadsheet 2003'],
    ['random binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'biner'],
  ])('%s renamed .xlsx is UNSUPPORTED_FORMAT, saying what it is and what to do', async (_n, bytes, what) => {
    writeFileSync(p('renamed.xlsx'), bytes);
    const e = await codeOf(() => sniffFile(p('renamed.xlsx')));
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(`${e.text.id} ${e.text.en}`).toContain(what);
    expect(e.text.id).toContain('Simpan ulang sebagai .xlsx atau .csv');
    expect(e.where).toEqual({ file: 'renamed.xlsx' });
  });

  it.each([
    ['XLSB', [deflated('[Content_Types].xml', '<Types/>'), deflated('xl/workbook.bin', 'x')], '.xlsb'],
    ['ODT', [deflated('mimetype', 'application/vnd.oasis.opendocument.text'), deflated('content.xml', '<x/>')], 'OpenDocument'],
    ['a Pages document', [deflated('Index/Document.iwa', 'x'), deflated('Metadata/Properties.plist', '<plist/>')], 'Apple Pages', 'surat.pages'],
    ['an Apple Numbers file', [deflated('Index/Document.iwa', 'x'), deflated('Index/CalculationEngine.iwa', 'x')], 'Apple Numbers', 'data.numbers'],
    ['DOCX', [deflated('[Content_Types].xml', '<Types/>'), deflated('word/document.xml', '<w/>')], 'Word'],
    ['plain ZIP', [deflated('data.csv', 'a;b')], 'ZIP'],
  ])('%s is UNSUPPORTED_FORMAT', async (_n, entries, what, name = 'zipped.xlsx') => {
    writeFileSync(p(name), buildZip(entries));
    const e = await codeOf(() => sniffFile(p(name)));
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.text.id).toContain(what);
  });

  it('an XLSX named .csv is still read as XLSX, a CSV named .xlsx as CSV', async () => {
    writeFileSync(p('really-xlsx.csv'), readFileSync(p('good.xlsx')));
    writeFileSync(p('really-csv.xlsx'), 'Nama;Kota\nBudi;Bali\n');
    expect((await sniffFile(p('really-xlsx.csv'))).format).toBe('xlsx');
    expect(await sniffFile(p('really-csv.xlsx'))).toMatchObject({ format: 'csv', delimiter: ';', encoding: 'utf-8' });
  });

  it('an empty file, or only a BOM and blank lines, is EMPTY_FILE', async () => {
    writeFileSync(p('empty.csv'), '');
    writeFileSync(p('bom-only.csv'), '\uFEFF\r\n\r\n');
    expect((await codeOf(() => sniffFile(p('empty.csv')))).code).toBe('EMPTY_FILE');
    expect((await codeOf(() => sniffFile(p('bom-only.csv')))).code).toBe('EMPTY_FILE');
  });

  it('a file over the size limit is FILE_TOO_LARGE before anything is parsed', async () => {
    writeFileSync(p('big.csv'), 'a;b\n'.repeat(1000));
    const e = await codeOf(() => sniffFile(p('big.csv'), { maxFileBytes: 1000 }));
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.text.id).toContain('3,9 KB');
  });

  it('a missing file is FILE_NOT_FOUND and the message has the base name only', async () => {
    const e = await codeOf(() => sniffFile(p('tidak-ada.xlsx')));
    expect(e.code).toBe('FILE_NOT_FOUND');
    expect(e.where.file).toBe('tidak-ada.xlsx');
    expect(e.text.id).not.toContain(tmp.dir);
    expect(e.text.en).not.toContain(tmp.dir);
  });

  it('detects the delimiter Indonesian Excel writes, past a title line, with decimal commas', () => {
    expect(detectDelimiter('DATA PEKERJA\nNama;Gaji;Umur\nBudi;4500000,50;30\nSiti;5000000,75;28\n')).toBe(';');
    expect(detectDelimiter('Nama,Kota\n"Budi; Jr",Bali\nSiti,Badung\n')).toBe(',');
    expect(detectDelimiter('Nama\tKota\nBudi\tBali\n')).toBe('\t');
    expect(detectDelimiter('satu kolom\nbudi\n')).toBe(',');
    expect(detectDelimiter('Nama;Ket\nKoperasi "Tani, Jaya";a,b\nCV "Maju";c\nPT X;d\n')).toBe(';');
    expect(detectDelimiter('Nama,Alamat\n"Budi","Jl. A; No. 1\nDenpasar; Bali"\n"Siti","Jl. B; No. 2"\n')).toBe(',');
  });
});

describe('OLE2 files that are not XLS', () => {
  it('an encrypted (password-protected) XLSX is ENCRYPTED', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.alloc(256, 1));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 2));
    writeFileSync(p('password.xlsx'), XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    const e = await codeOf(() => listSheets(p('password.xlsx')));
    expect(e.code).toBe('ENCRYPTED');
    expect(e.text.id).toContain('kata sandi');
  });

  it('a Word .doc renamed .xls is UNSUPPORTED_FORMAT', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.alloc(1024, 3));
    writeFileSync(p('letter.xls'), XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expect((await codeOf(() => listSheets(p('letter.xls')))).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('a truncated XLS is CORRUPT_FILE', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(Array.from({ length: 2000 }, (_, i) => [i, `r${i}`])), 'A');
    const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer;
    writeFileSync(p('cut.xls'), buf.subarray(0, Math.floor(buf.length / 2)));
    expect((await codeOf(readAll(p('cut.xls')))).code).toBe('CORRUPT_FILE');
  });
});

describe('zip-guard', () => {
  it('a truncated XLSX (cut in half) is CORRUPT_FILE: "Berkas rusak atau terpotong"', async () => {
    const buf = readFileSync(p('good.xlsx'));
    writeFileSync(p('half.xlsx'), buf.subarray(0, Math.floor(buf.length / 2)));
    const e = await codeOf(readAll(p('half.xlsx')));
    expect(e.code).toBe('CORRUPT_FILE');
    expect(e.text.id).toMatch(/berkas rusak atau terpotong/i);
    expect(e.text.en).toMatch(/damaged or truncated/);
  });

  it('an XLSX whose entry data is damaged (central directory intact) is CORRUPT_FILE', async () => {
    const sheet = deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
    const broken = { ...sheet, stored: Buffer.alloc(sheet.stored.length, 0xff) };
    writeFileSync(p('garbled.xlsx'), minimalXlsx(broken));
    expect((await codeOf(readAll(p('garbled.xlsx')))).code).toBe('CORRUPT_FILE');
  });

  it('a ZIP bomb that declares 3 GB of zeros is ZIP_BOMB from the central directory alone', async () => {
    const stored = spacesDeflate('', 3072); // 3 GiB of spaces in a few MB
    const declared = 3072 * 1024 * 1024;
    writeFileSync(p('bomb-declared.xlsx'), minimalXlsx({ name: 'xl/worksheets/sheet1.xml', stored, method: 8, declaredSize: declared }));
    expect(stored.length).toBeLessThan(8 * 1024 * 1024);
    const e = await codeOf(readAll(p('bomb-declared.xlsx')));
    expect(e.code).toBe('ZIP_BOMB');
    expect(e.text.en).toMatch(/compressed|declares/);
  });

  it('a smaller bomb under the total but over the ratio is ZIP_BOMB (ratio per entry)', async () => {
    const stored = spacesDeflate('', 512);
    writeFileSync(p('bomb-ratio.xlsx'), minimalXlsx({ name: 'xl/worksheets/sheet1.xml', stored, method: 8, declaredSize: 512 * 1024 * 1024 }));
    const e = await codeOf(() => inspectZip(p('bomb-ratio.xlsx'), DEFAULT_LIMITS, { file: 'bomb-ratio.xlsx' }));
    expect(e.code).toBe('ZIP_BOMB');
    expect(e.text.id).toContain(':1');
  });

  it('a lying bomb (declares 64 KB, inflates to 3 GB) is ZIP_BOMB as soon as it passes 64 KB', async () => {
    const stored = spacesDeflate(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>`, 3072);
    writeFileSync(p('bomb-lying.xlsx'), minimalXlsx({ name: 'xl/worksheets/sheet1.xml', stored, method: 8, declaredSize: 64 * 1024 }));
    const e = await codeOf(readAll(p('bomb-lying.xlsx')));
    expect(e.code).toBe('ZIP_BOMB');
    expect(e.text.en).toContain('inflates past the size it declares');
  });

  it('an entry that inflates to less than it declares is CORRUPT_FILE, stored or deflated', async () => {
    const xml = `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const short = deflated('xl/worksheets/sheet1.xml', xml);
    writeFileSync(p('short.xlsx'), minimalXlsx({ ...short, declaredSize: short.declaredSize + 100 }));
    const e = await codeOf(readAll(p('short.xlsx')));
    expect(e.code).toBe('CORRUPT_FILE');
    const stored = Buffer.from(xml, 'utf8');
    writeFileSync(p('short-stored.xlsx'), minimalXlsx({ name: 'xl/worksheets/sheet1.xml', stored, method: 0, declaredSize: stored.length + 100 }));
    expect((await codeOf(readAll(p('short-stored.xlsx')))).code).toBe('CORRUPT_FILE');
  });

  it.each([
    ['../evil.xml', 'climbs'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/evil.dll', 'absolute'],
    ['xl/../../evil.xml', 'climbs'],
  ])('an entry named %s is SUSPICIOUS_FILE', async (name, why) => {
    writeFileSync(p('traversal.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}</sheetData></worksheet>`), [deflated(name, 'x')]));
    const e = await codeOf(() => sniffFile(p('traversal.xlsx')));
    expect(e.code).toBe('SUSPICIOUS_FILE');
    expect(e.text.en).toMatch(/unsafe|absolute|climbs/);
    void why;
  });

  it('too many entries is SUSPICIOUS_FILE before any entry is read', async () => {
    const many = Array.from({ length: 120 }, (_, i) => deflated(`xl/media/img${i}.bin`, 'x'));
    writeFileSync(p('many.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}</sheetData></worksheet>`), many));
    const e = await codeOf(() => sniffFile(p('many.xlsx'), { maxZipEntries: 100 }));
    expect(e.code).toBe('SUSPICIOUS_FILE');
  });

  it('the same entry twice is SUSPICIOUS_FILE (the guard and the parser could read different ones)', async () => {
    const a = deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}</sheetData></worksheet>`);
    writeFileSync(p('dup.xlsx'), minimalXlsx(a, [deflated('XL/Worksheets/Sheet1.xml', 'x')]));
    expect((await codeOf(() => sniffFile(p('dup.xlsx')))).code).toBe('SUSPICIOUS_FILE');
  });

  it('an encrypted ZIP entry is ENCRYPTED', async () => {
    const data = Buffer.from('secret');
    const stored = deflateRawSync(data);
    const entry = { name: 'xl/worksheets/sheet1.xml', stored: Buffer.concat([Buffer.alloc(12), stored]), method: 8 as const, declaredSize: data.length, crc: crc32(data), flags: 0x1 };
    writeFileSync(p('zipcrypto.xlsx'), minimalXlsx(entry));
    expect((await codeOf(() => sniffFile(p('zipcrypto.xlsx')))).code).toBe('ENCRYPTED');
  });

  it('XML entity tricks (billion laughs) do not expand', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>`;
    writeFileSync(p('laughs.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', laughs)));
    const e = await codeOf(readAll(p('laughs.xlsx')));
    expect(e.code).toBe('CORRUPT_FILE');
  });
});

describe('prototype pollution', () => {
  it('a CSV whose header is __proto__, constructor, prototype gives plain arrays and pollutes nothing', async () => {
    writeFileSync(p('proto.csv'), '__proto__;constructor;prototype;polluted\n{"polluted":1};x;y;z\n');
    const rows = [];
    for await (const r of readRows(p('proto.csv'))) rows.push(r);
    expect(rows.map((r) => r.cells)).toEqual([
      ['__proto__', 'constructor', 'prototype', 'polluted'],
      ['{"polluted":1}', 'x', 'y', 'z'],
    ]);
    for (const r of rows) {
      expect(Array.isArray(r.cells)).toBe(true);
      expect(Object.getPrototypeOf(r.cells)).toBe(Array.prototype);
    }
  });

  it('an XLSX with a sheet named __proto__ and such cells pollutes nothing', async () => {
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>__proto__</t></is></c><c r="B1" t="inlineStr"><is><t>constructor</t></is></c></row></sheetData></worksheet>`;
    writeFileSync(p('proto.xlsx'), minimalXlsx(deflated('xl/worksheets/sheet1.xml', sheet), [], '__proto__'));
    const rows = [];
    for await (const r of readRows(p('proto.xlsx'))) rows.push(r);
    expect(rows).toEqual([{ sheet: '__proto__', rowNumber: 1, cells: ['__proto__', 'constructor'] }]);
  });
});
