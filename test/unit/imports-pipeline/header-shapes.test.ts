import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { badungApp } from '../employers/support.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from '../imports/fixtures.ts';
import { workerDryRun } from '../workers/import-support.ts';
import { commit, inspectAndDryRun, stage } from './support.ts';

// Walk 36: a heading merged over sub-columns ("Jumlah Tenaga Kerja" over L | P | Jumlah) gave
// the field to its first column and dropped the others unsaid (the men stored as the total);
// an unquoted comma in a CSV shifted a row's values into the next columns unsaid.

const tmp = tempDir('lindung-header-shapes-');
const p = tmp.path;

beforeAll(() => {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['REKAPITULASI PERUSAHAAN WAJIB LAPOR KETENAGAKERJAAN'],
    [],
    ['No', 'Nama Perusahaan', 'NIB', 'Kecamatan', 'Jumlah Tenaga Kerja', null, null, 'Status BPJS', 'Catatan'],
    [null, null, null, null, 'L', 'P', 'Jumlah'],
    [1, 'PT Jembrana Bahari Lestari', '9120001234601', 'Kuta Utara', 30, 10, 40, 'terdaftar', null, 'catatan tanpa judul'],
    [2, 'CV Melaya Agro Tani', '9120001234602', 'Kuta Utara', 8, 4, 12, 'terdaftar'],
  ]);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }, // the title
    ...[0, 1, 2, 3, 7, 8].map((c) => ({ s: { r: 2, c }, e: { r: 3, c } })), // headings over both rows
    { s: { r: 2, c: 4 }, e: { r: 2, c: 6 } }, // the heading over L | P | Jumlah
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Rekap');
  writeFileSync(p('rekap.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  // As LibreOffice writes it back (a clerk's round trip through Calc).
  if (hasLibreOffice) libreOfficeConvert([p('rekap.xlsx')], 'xlsx', p('lo'));
}, 900_000);
afterAll(() => tmp.remove());

describe('the shape of a header', { timeout: 300_000 }, () => {
  for (const [label, file] of [['SheetJS', 'rekap.xlsx'], ['LibreOffice', 'lo/rekap.xlsx']] as const) {
    it.skipIf(label === 'LibreOffice' && !hasLibreOffice)(`two header rows (${label}): each count in its field, the lower row no data, a column without heading said`, async () => {
      const app = await badungApp();
      const { inspection, job, result } = await inspectAndDryRun(app, (await stage(app, p(file), 'rekap.xlsx')).token);
      expect(inspection.headerRow).toBe(3);
      expect(inspection.headers.slice(4, 7).map((h) => h.name)).toEqual(['Jumlah Tenaga Kerja / L', 'Jumlah Tenaga Kerja / P', 'Jumlah Tenaga Kerja / Jumlah']);
      expect([inspection.mapping.workersMale, inspection.mapping.workersFemale, inspection.mapping.workersTotal]).toEqual([4, 5, 6]);
      expect(inspection.preview[0]!.rowNumber).toBe(5);
      const notes = inspection.notes.map((n) => n.message.id);
      expect(notes).toContain('Judul kolom memakai dua baris, 3 dan 4: judul yang membawahi beberapa kolom digabung dengan judul di bawahnya, mis. "Jumlah Tenaga Kerja / L". Baris 4 tidak diimpor.');
      expect(notes).toContain('Kolom J berisi data tetapi tidak berjudul, jadi tidak diimpor. Bila datanya perlu, beri judul kolomnya di berkas, lalu pilih berkasnya lagi.');
      expect(result.summary).toMatchObject({ total: 2, new: 2, invalid: 0 });
      expect((await commit(app, job.id)).status).toBe('done');
      expect(app.sqlite.prepare('SELECT name, workers_male, workers_female, workers_total FROM employer ORDER BY name').raw().all()).toEqual([
        ['CV Melaya Agro Tani', 8, 4, 12],
        ['PT Jembrana Bahari Lestari', 30, 10, 40],
      ]);
    });
  }

  it('a CSV row with more values than its header (an unquoted comma) is refused saying so, never shifted, and no column is said to lack a heading', async () => {
    const app = await badungApp();
    const file = p('koma.csv');
    writeFileSync(file, [
      'NIK,Nama,Segmen,Mulai,Alamat,Pekerjaan',
      '5103061509920010,I Komang Arta,BPU,01/01/2025,Jl. Sudirman No. 5, Br. Tengah,Petani',
      '5103064507900002,Ni Luh Putu Sukerti,BPU,01/01/2025,"Jl. Gatot Subroto No. 9, Br. Kaja",Pedagang',
    ].join('\n'));
    const { result, inspection } = await workerDryRun(app, file, 'koma.csv');
    expect(inspection.notes.map((n) => n.message.id).join(' ')).not.toContain('tidak berjudul');
    expect(result.summary).toMatchObject({ total: 2, new: 1, invalid: 1 });
    expect(result.rows.find((r) => r.rowNumber === 2)!.problems.map((x) => [x.severity, x.message.id])).toEqual([
      ['error', 'Baris ini berisi 7 kolom, sedangkan judulnya 6: kemungkinan ada koma (atau titik koma) di dalam sebuah nilai, mis. alamat, tanpa tanda kutip, sehingga nilai-nilainya bergeser ke kolom lain. Beri tanda kutip pada nilai itu ("Jl. Sudirman No. 5, Br. Tengah") atau simpan ulang berkasnya dari Excel, lalu periksa lagi.'],
    ]);
  });
});
