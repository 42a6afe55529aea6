import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { badungApp } from '../employers/support.ts';
import { hasLibreOffice, libreOfficeConvert, moveWorkbookParts, tempDir } from '../imports/fixtures.ts';
import { commit, stage, waitJob, type App } from './support.ts';

// Spreadsheets as a Disnaker receives them, written by other programs, through the whole
// pipeline (inspect → dry run → commit). What is not the employer register's data is refused
// with a message that says what was found and how to fix it, and no row is taken; what is odd
// but valid (a header far down, an .ods, a workbook at another path) imports right.

const dir = tempDir('lindung-real-world-');
const p = dir.path;
let app: App;

const csv = (name: string, lines: string[]) => writeFileSync(p(name), `${lines.join('\n')}\n`);
const valid = ['No;Nama Perusahaan;NIB;Kecamatan;Desa', '1;PT Segara Dewata;9120000000101;Kuta Utara;Dalung', '2;CV Tirta Amerta;9120000000102;Kuta Utara;Canggu', '3;UD Sari Merta;9120000000103;Mengwi;'];
/** A cover letter above the table: 17 lines, then the header on row 18. */
const letter = [
  'DINAS PERINDUSTRIAN DAN TENAGA KERJA',
  'Jl. Raya Puspem Badung',
  'Nomor: 560/123/Disperinaker',
  'Lampiran: 1 berkas',
  'Perihal: Data perusahaan',
  'Kepada Yth.',
  'Kepala Bidang Hubungan Industrial',
  'di tempat',
  'Dengan hormat,',
  'bersama ini kami sampaikan data perusahaan',
  'hasil pendataan tahun 2025',
  'sebagai bahan pembinaan.',
  'Demikian kami sampaikan,',
  'atas perhatiannya kami ucapkan terima kasih.',
  'Hormat kami,',
  'Kepala Seksi',
  'I Wayan Sudarma',
];

beforeAll(async () => {
  app = await badungApp();
  csv('suku cadang.csv', ['No;Part Name;Qty;P;L', ...Array.from({ length: 35 }, (_, i) => `${i + 1};testtest;${i + 2};${i + 10};${i + 5}`)]);
  csv('wawancara.csv', ['Name;Question;Answer', 'Budi;How long have you worked here?;3 years', 'Siti;Do you have BPJS?;Yes']);
  csv('jauh di bawah.csv', [...letter, ...valid]);
  csv('kosong.csv', ['Nama Perusahaan;NIB;Kecamatan']);
  csv('baik.csv', valid);
  if (hasLibreOffice) {
    libreOfficeConvert([p('suku cadang.csv'), p('jauh di bawah.csv'), p('kosong.csv'), p('baik.csv')], 'xlsx', dir.dir);
    libreOfficeConvert([p('wawancara.csv'), p('baik.csv')], 'ods', dir.dir);
  }
}, 900_000);
afterAll(() => dir.remove());

/** A file as the screen and the CLI run it: inspect, then a dry run with the guessed columns. */
async function check(file: string, name = file, mapping?: Record<string, number | null>) {
  const staged = await stage(app, p(file), name);
  const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: staged.token });
  if (!inspected.ok) return { refused: inspected.error, inspection: null, result: null, jobId: null };
  const inspection = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspection.headerRow, mapping: mapping ?? inspection.mapping });
  if (!started.ok) return { refused: started.error, inspection, result: null, jobId: null };
  const job = await waitJob(app, started.data);
  if (job.status !== 'done') return { refused: job.error, inspection, result: null, jobId: job.id };
  return { refused: null, inspection, result: job.result as DryRunResult, jobId: job.id };
}
const nothingMatched = (inspection: Inspection | null) => Object.values(inspection?.mapping ?? { x: 1 }).every((c) => c === null);

describe('files that are not the register: refused, no row taken', { timeout: 180_000 }, () => {
  it.skipIf(!hasLibreOffice)('a parts list (No, Part Name, Qty, P, L) written by LibreOffice', async () => {
    const { refused, inspection } = await check('suku cadang.xlsx');
    expect(nothingMatched(inspection)).toBe(true); // "Part Name" is not the employer name, "P" not female workers
    expect(inspection!.notes.find((n) => n.severity === 'warning')?.message.id).toBe(
      'Tidak ada judul kolom yang dikenali di baris 1 ("No", "Part Name", "Qty", "P", "L"). Berkas atau lembar ini tampaknya bukan data untuk register ini, jadi tidak ada kolom yang dipasangkan otomatis. Periksa berkas dan lembarnya; bila memang benar, pasangkan kolomnya sendiri.',
    );
    expect(refused?.message).toBe(
      'Berkas "suku cadang.xlsx", lembar "suku cadang": kolom wajib belum dipasangkan: Nama perusahaan. Baris judul kolom yang dipakai: baris 1, berisi "No", "Part Name", "Qty", "P", "L". ' +
        'Pilih kolom berkas untuk Nama perusahaan di layar "Pasangkan kolom"; di baris perintah: --map "Nama perusahaan=<judul kolom>". ' +
        'Bila judul kolom ada di baris lain, pilih baris itu (--header-row <nomor>); bila datanya di lembar lain, pilih lembarnya (--sheet <nama>).',
    );
    expect(refused?.messageEn).toMatch(/^File "suku cadang\.xlsx", sheet "suku cadang": required columns are not matched: Employer name\. Header row used: row 1, holding "No", "Part Name"/);
    expect(app.count('employer')).toBe(0);
  });

  it.skipIf(!hasLibreOffice)('an interview sheet (Name, Question, Answer) saved as .ods', async () => {
    const { refused, inspection } = await check('wawancara.ods');
    expect(inspection?.format).toBe('ods');
    expect(nothingMatched(inspection)).toBe(true);
    expect(refused?.message).toMatch(/^Berkas "wawancara\.ods", lembar "wawancara": kolom wajib belum dipasangkan: Nama perusahaan\. Baris judul kolom yang dipakai: baris 1, berisi "Name", "Question", "Answer"\./);
    expect(app.count('employer')).toBe(0);
  });

  it('a sheet sharing one column with the register: its guess is not trusted, and the columns can still be chosen by hand', async () => {
    csv('umkm.csv', ['No;Nama Usaha;Jenis Usaha;Omzet;Modal;Lama Usaha', '1;Warung Bu Made;Kuliner;5000000;2000000;2', '2;Bengkel Jaya;Jasa;8000000;3000000;3']);
    const guessed = await check('umkm.csv');
    expect(nothingMatched(guessed.inspection)).toBe(true);
    expect(guessed.inspection!.notes[1]).toEqual({
      severity: 'warning',
      message: {
        id: 'Hanya 1 dari 6 judul kolom di baris 1 yang dikenali (B "Nama Usaha" → Nama perusahaan); yang lain tidak: "No", "Jenis Usaha", "Omzet", "Modal", "Lama Usaha". Berkas atau lembar ini mungkin bukan data untuk register ini, jadi tidak ada kolom yang dipasangkan otomatis. Bila memang benar, pasangkan kolomnya sendiri.',
        en: 'Only 1 of 6 column titles on row 1 are known (B "Nama Usaha" → Employer name); the others are not: "No", "Jenis Usaha", "Omzet", "Modal", "Lama Usaha". This file or sheet may not be data for this register, so no column was matched automatically. If it is the right one, match the columns by hand.',
      },
    });
    expect(guessed.refused?.message).toMatch(/^Berkas "umkm\.csv": kolom wajib belum dipasangkan: Nama perusahaan\. Baris judul kolom yang dipakai: baris 1, berisi "No", "Nama Usaha", "Jenis Usaha"/);
    expect(guessed.refused?.message).not.toMatch(/lembar/); // a CSV has no sheets
    const byHand = await check('umkm.csv', 'umkm.csv', { ...guessed.inspection!.mapping, name: 1 });
    expect(byHand.result?.summary).toMatchObject({ total: 2, new: 2, invalid: 0 });
  });

  it('names that are spreadsheet errors, yes/no values, numbers or dates are invalid rows, each named', async () => {
    csv('nama aneh.csv', ['Nama Perusahaan;NIB', '#N/A;9120000000201', '#NUM!;9120000000202', 'TRUE;9120000000203', '123;9120000000204', '10/11/14;9120000000205', 'PT Benar Sekali;9120000000206']);
    const { result } = await check('nama aneh.csv');
    expect(result?.summary).toMatchObject({ total: 6, new: 1, invalid: 5 });
    const messages = Object.fromEntries(result!.rows.filter((r) => r.status === 'invalid').map((r) => [r.rowNumber, r.problems.map((x) => `${x.column}: ${x.message.id}`).join(' | ')]));
    expect(messages).toEqual({
      2: 'A (Nama Perusahaan): Nama perusahaan "#N/A" adalah nilai kesalahan dari spreadsheet (rumus yang gagal), bukan nama. Perbaiki rumusnya atau ketik namanya di sel ini, lalu impor lagi.',
      3: 'A (Nama Perusahaan): Nama perusahaan "#NUM!" adalah nilai kesalahan dari spreadsheet (rumus yang gagal), bukan nama. Perbaiki rumusnya atau ketik namanya di sel ini, lalu impor lagi.',
      4: 'A (Nama Perusahaan): Nama perusahaan "TRUE" adalah nilai benar/salah, bukan nama. Periksa apakah kolom yang dipasangkan benar, atau ketik namanya.',
      5: 'A (Nama Perusahaan): Nama perusahaan "123" hanya angka, bukan nama. Periksa apakah kolom yang dipasangkan benar, atau ketik nama lengkapnya.',
      6: 'A (Nama Perusahaan): Nama perusahaan "10/11/14" adalah tanggal, bukan nama. Periksa apakah kolom yang dipasangkan benar, atau ketik namanya.',
    });
  });

  it('a sheet of numbers has no header row: the message names the register\'s required column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Angka');
    ws.addRow([1, 2, 3]);
    ws.addRow([4, 5, 6]);
    await wb.xlsx.writeFile(p('angka.xlsx'));
    const { refused } = await check('angka.xlsx');
    expect(refused?.message).toBe(
      'Berkas "angka.xlsx", lembar "Angka": baris judul kolom tidak ditemukan: tidak ada baris berisi teks di antara baris-baris pertama. Pastikan satu baris berisi nama-nama kolom (mis. "Nama perusahaan") di atas datanya, atau pilih lembar lain (--sheet <nama> di baris perintah).',
    );
  });
});

describe('a file with no data rows', { timeout: 180_000 }, () => {
  it('a header-only CSV is an error of the dry run, naming the file and the header row', async () => {
    const { refused, result } = await check('kosong.csv');
    expect(result).toBeNull();
    expect(refused?.message).toBe(
      'Berkas "kosong.csv": tidak ada baris data di bawah baris judul kolom (baris 1): berkas hanya berisi judul kolom, atau kolom yang dipasangkan kosong di semua baris. Isi datanya di bawah baris judul, atau pilih baris judul atau lembar yang benar, lalu coba lagi.',
    );
  });

  it.skipIf(!hasLibreOffice)('a header-only XLSX from LibreOffice names its sheet too', async () => {
    const { refused } = await check('kosong.xlsx');
    expect(refused?.message).toMatch(/^Berkas "kosong\.xlsx", lembar "kosong": tidak ada baris data di bawah baris judul kolom \(baris 1\)/);
    expect(refused?.messageEn).toMatch(/^File "kosong\.xlsx", sheet "kosong": there are no data rows under the header row \(row 1\)/);
  });
});

describe('odd but valid files import right', { timeout: 180_000 }, () => {
  it.skipIf(!hasLibreOffice)('a header on row 18 under a cover letter: taken, said, and warned about', async () => {
    const { inspection, result } = await check('jauh di bawah.xlsx');
    expect(inspection?.headerRow).toBe(18);
    expect(inspection?.mapping).toMatchObject({ name: 1, nib: 2, kecamatan: 3, desa: 4 });
    expect(inspection?.notes[0]).toEqual({
      severity: 'warning',
      message: {
        id: 'Baris judul kolom: baris 18, karena berisi 4 nama kolom yang dikenali ("Nama Perusahaan", "NIB", "Kecamatan", "Desa"). 17 baris berisi di atasnya dilewati dan tidak diimpor. Baris judul ini jauh di bawah: periksa cuplikannya; bila baris-baris di atasnya juga data, pilih baris judul yang benar (di baris perintah: --header-row <nomor>).',
        en: 'Header row: row 18, as it holds 4 known column names ("Nama Perusahaan", "NIB", "Kecamatan", "Desa"). 17 rows with values above it are skipped and not imported. This header row is far down: check the preview; if the rows above it are data too, choose the right header row (on the command line: --header-row <number>).',
      },
    });
    expect(result?.summary).toMatchObject({ total: 3, new: 3, invalid: 0 });
  });

  it('a header near the top is said without a warning', async () => {
    const { inspection } = await check('baik.csv');
    expect(inspection?.notes).toEqual([
      { severity: 'info', message: { id: 'Baris judul kolom: baris 1, karena berisi 4 nama kolom yang dikenali ("Nama Perusahaan", "NIB", "Kecamatan", "Desa").', en: 'Header row: row 1, as it holds 4 known column names ("Nama Perusahaan", "NIB", "Kecamatan", "Desa").' } },
    ]);
  });

  it.skipIf(!hasLibreOffice)('an .ods from LibreOffice is imported like an .xlsx', async () => {
    const { inspection, result, jobId } = await check('baik.ods');
    expect(inspection?.format).toBe('ods');
    expect(result?.summary).toMatchObject({ total: 3, new: 3, invalid: 0 });
    expect((await commit(app, jobId!)).status).toBe('done');
    expect(app.sqlite.prepare("SELECT name, nib, kecamatan_code AS kec FROM employer WHERE nib LIKE '91200000001%' ORDER BY nib").all()).toEqual([
      { name: 'PT Segara Dewata', nib: '9120000000101', kec: '51.03.06' },
      { name: 'CV Tirta Amerta', nib: '9120000000102', kec: '51.03.06' },
      { name: 'UD Sari Merta', nib: '9120000000103', kec: expect.stringMatching(/^51\.03\.\d\d$/) },
    ]);
  });

  it.skipIf(!hasLibreOffice)('a workbook whose parts are not at xl/workbook.xml is read through its relationships', async () => {
    await moveWorkbookParts(p('baik.xlsx'), p('dipindah.xlsx'));
    const { inspection, result } = await check('dipindah.xlsx');
    expect(inspection?.format).toBe('xlsx');
    expect(inspection?.mapping).toMatchObject({ name: 1, nib: 2 });
    // The same three employers (imported above from the .ods): matched by NIB, nothing to change.
    expect(result?.summary).toMatchObject({ total: 3, unchanged: 3, invalid: 0 });
  });

  it('English headers count as whole headers only', async () => {
    csv('english.csv', ['Company Name;NIB;Address', 'PT English Works;9120000000301;Jl. Raya 1']);
    const english = await check('english.csv');
    expect(english.inspection?.mapping).toMatchObject({ name: 0, nib: 1, address: 2 });
    csv('security.csv', ['Security Name;NIB;Address', 'BBRI;9120000000302;Jl. Raya 1']);
    expect((await check('security.csv')).inspection?.mapping).toMatchObject({ name: null, nib: 1, address: 2 });
  });
});
