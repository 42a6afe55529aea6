// A list wholly in column A, its values joined by ';' (walk 36 #8): a semicolon CSV opened in a
// spreadsheet with ',' as the separator and saved as xlsx, or a comma CSV opened with ';'. Refused at the inspection with one
// sentence saying so and how to split it; a table with a ';' list in column A is not that.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../../core/api/imports.ts';
import { packedSeparator } from '../../../core/imports/packed-column.ts';
import { badungApp } from '../employers/support.ts';
import { hasLibreOffice, tempDir } from '../imports/fixtures.ts';
import { stage, type App } from './support.ts';

const dir = tempDir('lindung-packed-');
const p = dir.path;
let app: App;

/** The semicolon CSV a desa sends (a title, a header, rows; an address with a comma and a line break). */
const csvLines = [
  'PEMERINTAH KABUPATEN BADUNG;;;;',
  'DAFTAR PEKERJA RENTAN 2026;;;;',
  'No;NIK;Nama Lengkap;Alamat;Desa;Kecamatan;Segmen;Program;TMT',
  '1;5103044507900911;Ni Luh Putu Sukerti;"Br. Dinas Tengah, Gang Mawar";Dalung;Kuta Utara;BPU;JKK, JKM;01/01/2026',
  '2;5103011203880912;I Made Sudarsana;Banjar Kaja;Canggu;Kuta Utara;BPU;JKK, JKM;01/01/2026',
  '3;5103025111950913;Ni Kadek Dwi Ayu;Jl. Sudirman No. 5;Dalung;Kuta Utara;BPU;JKK;01/01/2026',
  '4;5103052002850914;I Wayan Sujana;Br. Pangkung;Canggu;Kuta Utara;BPU;JKK, JKM;01/01/2026',
];

/** LibreOffice opening the CSV with another separator (',' is 44, ';' 59) as a double click may, then saving it as xlsx. */
function openedWith(separator: 44 | 59, csv: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lindung-soffice-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, `--infilter=CSV:${separator},34,76,1`, '--convert-to', 'xlsx', '--outdir', outDir, csv], { stdio: 'ignore', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function workbook(file: string, rows: string[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r;
  });
  await wb.xlsx.writeFile(p(file));
}

beforeAll(async () => {
  app = await badungApp();
  writeFileSync(p('desa.csv'), `${csvLines.join('\r\n')}\r\n`);
  // The same list as a comma CSV (the address's comma quoted), opened with ';': an Excel set to Indonesian does so.
  writeFileSync(p('desa koma.csv'), `${csvLines.map((l) => l.replaceAll(', ', '|').replaceAll(';', ',').replaceAll('|', ', ')).join('\r\n')}\r\n`);
  if (hasLibreOffice) {
    openedWith(44, p('desa.csv'), dir.dir);
    openedWith(59, p('desa koma.csv'), dir.dir);
  }
  await workbook('kolom a.xlsx', csvLines.map((l) => [l]));
  await workbook('kolom a tab.xlsx', csvLines.map((l) => [l.replaceAll(';', '\t')]));
  // A real table whose column A is a ';' list: every other column filled, none with a ';'.
  await workbook('program di a.xlsx', [
    ['Program', 'NIK', 'Nama', 'Segmen', 'Mulai'],
    ['JKK;JKM;JHT;JP', '5103044507900911', 'Ni Luh Putu Sukerti', 'PU', '01/01/2026'],
    ['JKK;JKM;JHT;JP', '5103011203880912', 'I Made Sudarsana', 'PU', '01/01/2026'],
    ['JKK;JKM;JHT;JP', '5103025111950913', 'Ni Kadek Dwi Ayu', 'PU', '01/01/2026'],
  ]);
}, 900_000);
afterAll(() => dir.remove());

async function inspect(file: string, register: 'worker' | 'employer' = 'worker') {
  const staged = await stage(app, p(file), file);
  return app.call('imports.inspect', { register, fileToken: staged.token });
}

const refusal = (file: string, sheet: string, separator = 'titik koma (;)') =>
  `Berkas "${file}", lembar "${sheet}": semua data ada di kolom A, dipisah tanda ${separator} (berkas CSV yang dibuka dengan pemisah yang salah lalu disimpan); di Excel pisahkan dulu kolom A lewat Data › Text to Columns dengan pemisah ${separator}, atau impor berkas CSV aslinya.`;

describe('a list all in column A', { timeout: 180_000 }, () => {
  it.skipIf(!hasLibreOffice)('LibreOffice opened the semicolon CSV with commas and saved it: refused in one sentence, for either register', async () => {
    for (const register of ['worker', 'employer'] as const) {
      const inspected = await inspect('desa.xlsx', register);
      expect(inspected.ok).toBe(false);
      if (inspected.ok) continue;
      expect(inspected.error.message).toBe(refusal('desa.xlsx', 'desa'));
    }
  });

  it.skipIf(!hasLibreOffice)('LibreOffice opened a comma CSV with ";" and saved it: refused in one sentence naming the comma', async () => {
    const inspected = await inspect('desa koma.xlsx');
    expect(inspected.ok).toBe(false);
    if (!inspected.ok) expect(inspected.error.message).toBe(refusal('desa koma.xlsx', 'desa koma', 'koma (,)'));
  });

  it('joined by ";" or by tabs, written by exceljs', async () => {
    const semicolon = await inspect('kolom a.xlsx');
    expect(semicolon.ok).toBe(false);
    if (!semicolon.ok) expect(semicolon.error.message).toBe(refusal('kolom a.xlsx', 'Data'));
    const tab = await inspect('kolom a tab.xlsx', 'employer');
    expect(tab.ok).toBe(false);
    if (!tab.ok) expect(tab.error.message).toBe(refusal('kolom a tab.xlsx', 'Data', 'tab'));
  });

  it('a table with a ";" list in column A is read as a table', async () => {
    const inspected = await inspect('program di a.xlsx');
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect((inspected.data as Inspection).mapping.nik).toBe(1);
  });

  it('the rule: most of the first rows, column A with 3 separators or more', () => {
    const rows = (lines: string[][]) => lines.map((cells, i) => ({ sheet: 'Data', rowNumber: i + 1, cells }));
    expect(packedSeparator(rows([['a;b;c;d'], ['e;f;g;h'], ['Nama', 'NIK']]))).toBe(';');
    expect(packedSeparator(rows([['a;b;c;d'], ['Nama', 'NIK'], ['Budi', '1']]))).toBeNull(); // one row of three
    expect(packedSeparator(rows([['a;b;c'], ['e;f;g']]))).toBeNull(); // two separators: three values, not a list
    expect(packedSeparator(rows([['1;2;3;Jl. Sudirman No. 5', ' Br. Tengah;x;y'], ['2;3;4;5']]))).toBe(';'); // split once more at a comma
    expect(packedSeparator(rows([['1,2,3,"Jl. Sudirman, No. 5"'], ['2,3,4,5']]))).toBe(',');
    // A table whose addresses in column A hold commas: its other columns are filled without them.
    expect(packedSeparator(rows([['Jl. A, RT 1, RW 2, Dalung', 'Budi', '5103…'], ['Jl. B, RT 3, RW 4, Canggu', 'Wayan', '5103…']]))).toBeNull();
  });
});
