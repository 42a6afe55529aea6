// Which sheet an inspection opens (walk 36 #7): a workbook whose first sheet is a cover page
// ("Sampul") and whose list is on the second ("Peserta PU", headings on row 4) opens the list,
// says so, and the dry run reads it; a sheet asked for is read as asked and the note names the
// sheet with the register's columns; when no sheet has them, the note lists the sheets.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { sheetHoldingColumns } from '../../../core/imports/sheet-choice.ts';
import { badungApp } from '../employers/support.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from '../imports/fixtures.ts';
import { stage, waitJob, type App } from './support.ts';

const dir = tempDir('lindung-sheet-choice-');
const p = dir.path;
let app: App;

async function workbook(file: string, sheets: Record<string, (string | number | null)[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => {
      ws.getRow(i + 1).values = r;
    });
  }
  await wb.xlsx.writeFile(p(file));
}

const cover = [['BPJS KETENAGAKERJAAN KANTOR CABANG BADUNG'], [], ['Lampiran: Daftar peserta aktif per 30 November 2026'], ['Disiapkan untuk: Disperinaker Kab. Badung']];
const list = [
  ['DAFTAR PESERTA PENERIMA UPAH'],
  ['Kantor Cabang Badung - posisi 30/11/2026'],
  [],
  ['NO', 'KPJ', 'NIK', 'NAMA PESERTA', 'TGL LAHIR', 'NPP', 'PROGRAM', 'TGL KEPESERTAAN', 'STATUS'],
  [1, '26011111001', '5103041203880921', 'I KETUT ARTAWAN', '12/03/1988', 'NN000005', 'JKK, JKM, JHT', '01/02/2024', 'AKTIF'],
  [2, '26011111002', '5103044512900922', 'NI MADE SRI ASIH', '05/12/1990', 'NN000005', 'JKK, JKM, JHT, JP', '01/02/2024', 'AKTIF'],
  [3, '26011111003', '5103012002930923', 'KOMANG TRISNA', '20/02/1993', 'NN000011', 'JKK, JKM', '15/07/2025', 'AKTIF'],
];
const prices = [['Barang', 'Harga', 'Satuan'], ['Kertas A4', 55000, 'rim'], ['Map', 2500, 'buah']];

beforeAll(async () => {
  app = await badungApp();
  await workbook('sampul.xlsx', { Sampul: cover, 'Peserta PU': list });
  await workbook('tanpa daftar.xlsx', { Sampul: cover, Harga: prices });
  if (hasLibreOffice) libreOfficeConvert([p('sampul.xlsx')], 'ods', dir.dir);
}, 900_000);
afterAll(() => dir.remove());

async function inspect(file: string, sheet?: string) {
  const staged = await stage(app, p(file), file);
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token, ...(sheet ? { sheet } : {}) });
  if (!inspected.ok) throw new Error(inspected.error.message);
  return { token: staged.token, inspection: inspected.data as Inspection };
}

describe('the sheet an inspection opens', { timeout: 180_000 }, () => {
  for (const file of ['sampul.xlsx', 'sampul.ods']) {
    it.skipIf(file.endsWith('.ods') && !hasLibreOffice)(`a cover sheet before the list: the list's sheet is opened and read (${file})`, async () => {
      const { token, inspection } = await inspect(file);
      expect(inspection.sheet).toBe('Peserta PU');
      expect(inspection.headerRow).toBe(4);
      expect(inspection.mapping.nik).toBe(2);
      expect(inspection.mapping.name).toBe(3);
      expect(inspection.notes[0]).toEqual({
        severity: 'info',
        message: {
          id: 'Lembar pertama, "Sampul", tidak berisi judul kolom yang dikenali; yang dibuka lembar "Peserta PU", karena berisi judul kolom register ini ("KPJ", "NIK", "NAMA PESERTA", "TGL LAHIR", "NPP", "PROGRAM", dan 2 lainnya). Bila salah, pilih lembar lain.',
          en: 'The first sheet, "Sampul", holds no known column titles; the sheet "Peserta PU" was opened, as it holds this register\'s column titles ("KPJ", "NIK", "NAMA PESERTA", "TGL LAHIR", "NPP", "PROGRAM", and 2 more). If that is wrong, choose another sheet.',
        },
      });
      expect(sheetHoldingColumns(token)).toBeNull();
      // The dry run, as the screen and the CLI ask it (with the sheet inspected), reads the list's rows.
      const started = await app.call('imports.dryRun', { register: 'worker', fileToken: token, sheet: inspection.sheet, headerRow: inspection.headerRow, mapping: inspection.mapping, constants: { segment: 'PU' } });
      if (!started.ok) throw new Error(started.error.message);
      const job = await waitJob(app, started.data);
      expect(job.status).toBe('done');
      const result = job.result as DryRunResult;
      expect(result.sheet).toBe('Peserta PU');
      expect(result.summary.total).toBe(3);
    });
  }

  it('the cover asked for by name: read as asked, and the note names the sheet that holds the columns', async () => {
    const { token, inspection } = await inspect('sampul.xlsx', 'Sampul');
    expect(inspection.sheet).toBe('Sampul');
    expect(inspection.notes[0]!.severity).toBe('warning');
    expect(inspection.notes[0]!.message.id).toBe('Lembar "Peserta PU" berisi judul kolom register ini ("KPJ", "NIK", "NAMA PESERTA", "TGL LAHIR", "NPP", "PROGRAM", dan 2 lainnya): pilih lembar itu (di baris perintah: --sheet "Peserta PU").');
    expect(sheetHoldingColumns(token)).toBe('Peserta PU');
    const started = await app.call('imports.dryRun', { register: 'worker', fileToken: token, sheet: 'Sampul', headerRow: inspection.headerRow, mapping: inspection.mapping });
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.error.message).toContain('judul kolom register ini ada di lembar "Peserta PU": pilih lembar itu (--sheet "Peserta PU").');
  });

  it('no sheet holds the register\'s columns: the first is opened and the note lists the sheets', async () => {
    const { inspection } = await inspect('tanpa daftar.xlsx');
    expect(inspection.sheet).toBe('Sampul');
    expect(inspection.notes[0]!.message.id).toBe('Tidak ada lembar yang berisi judul kolom register ini. Lembar di berkas ini: "Sampul", "Harga".');
    expect(inspection.notes[0]!.message.en).toBe('No sheet holds this register\'s column titles. The sheets of this file: "Sampul", "Harga".');
  });

  it('a first sheet with the register\'s columns is opened without looking further', async () => {
    await workbook('daftar dulu.xlsx', { 'Peserta PU': list, Sampul: cover });
    const { inspection } = await inspect('daftar dulu.xlsx');
    expect(inspection.sheet).toBe('Peserta PU');
    expect(inspection.notes.some((n) => n.message.id.includes('Lembar'))).toBe(false);
  });
});
