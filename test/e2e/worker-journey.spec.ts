import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { api, expect, openWorkerFromGrid, shot, test } from './fixtures.ts';

// Issue 13's judged flow as one clerk's morning, against a real `lindung serve` (Kabupaten
// Badung): a messy programme list (a title row, NIKs as a number with ".0" and in scientific
// notation, a woman's NIK, the same person twice, a near-duplicate, an unknown desa, a PU row
// without an employer) goes through the check, the error file, the fix and the commit; the
// programme page shows target vs enrolled and the budget; the person's report reads back from
// its PDF; the duplicate review merges one pair and keeps another apart; the import is undone.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const programmeName = 'Perlindungan petani Dalung 2025';
const header = 'NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Selesai;Sumber dana;Program;Program pembayar';
const row = (nik: string, name: string, desa: string, category: string, segment = 'BPU', start = '01/02/2025', end = '') =>
  `${nik};${name};Br. Kaja;${desa};${category};${segment};${start};${end};APBD kabupaten/kota;JKK, JKM;${programmeName}`;

const messy = [
  'DAFTAR PESERTA PROGRAM PERLINDUNGAN PETANI DESA DALUNG 2025',
  header,
  row('5103064101800011.0', 'Ni Wayan Sari', 'Dalung', 'Petani'), // a woman's NIK, a number with ".0"
  row('5.10306E+15', 'I Made Hilang', 'Dalung', 'Petani'), // scientific notation: digits lost
  row('5103061203850001', 'I Made Sudarsana', 'Dalung', 'Petani'),
  row('5103061203850001', 'I Made Sudarsana', 'Dalung', 'Petani', 'BPU', '01/02/2025'), // the same person twice
  row('5103061203857342', 'Made Sudarsane', 'Dalung', 'Petani', 'BPU', '01/02/2024', '31/12/2024'), // a near-duplicate, last year's list
  row('5103061506900011', 'I Wayan Suarta', 'Dalung', 'Nelayan'),
  row('5103061506900017', 'Wayan Suarta', 'Dalung', 'Nelayan'), // NIK one digit apart: two people, as it turns out
  row('5103064512880002', 'Ni Ketut Rai', 'Desa Entah', 'Petani'), // an unknown desa
  row('5103060708920003', 'I Putu Gede', 'Dalung', 'Petani', 'PU'), // PU without an employer
];

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-worker-journey-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pairs = (page: Page) => page.getByTestId('duplicate-pair');
const pairOf = (page: Page, name: RegExp) => pairs(page).filter({ has: page.getByRole('cell', { name }) });
const registerCount = async (page: Page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Pekerja', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register pekerja', level: 1 })).toBeVisible();
  return page.getByTestId('workers-row-count');
};

test('a messy programme list: checked, its error file read, fixed and saved', async ({ app: page, served }) => {
  await api(served, 'programmes.save', { name: programmeName, year: 2025, funding: 'apbd_kabkota', budget: 5_000_000, targets: [{ category: 'petani', target: 10 }, { category: 'nelayan', target: 4 }] });
  const file = join(dir, 'daftar petani dalung.csv');
  writeFileSync(file, messy.join('\n'));

  await page.getByRole('link', { name: 'Impor pekerja', exact: true }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Baris judul kolom' })).toHaveValue('Baris 2 (terdeteksi)');
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  const rows = page.getByTestId('dry-run-rows');
  // Row numbers are the file's: the title is row 1, the headers row 2.
  await expect(rows.locator('[data-row="4"]')).toContainText('NIK tidak dapat dipakai');
  await expect(rows.locator('[data-row="10"]')).toContainText('Desa Entah');
  await expect(rows.locator('[data-row="11"]')).toContainText(/pemberi kerja/i);
  await expect(page.getByTestId('summary-invalid-value')).not.toHaveText('0');
  await shot(page, 'j1-daftar-berantakan-periksa');

  // The error file: the rows that cannot be saved as they were, each with its reason.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh berkas kesalahan' }).click()]);
  const errorPath = join(dir, download.suggestedFilename());
  await download.saveAs(errorPath);
  const errors = new ExcelJS.Workbook();
  await errors.xlsx.readFile(errorPath);
  const fix = errors.getWorksheet('Perbaiki');
  const fixText = JSON.stringify(fix?.getSheetValues());
  expect(fixText).toContain('Desa Entah');
  expect(fixText).toContain('I Putu Gede');
  expect(fixText).toContain('Kesalahan');

  // The clerk fixes the NIK from the desa's paper list, the desa, and the PU row (a BPU worker after all).
  const fixed = messy
    .map((line) => line.replace('5.10306E+15', '5103061101870004'))
    .map((line) => line.replace('Desa Entah', 'Dalung'))
    .map((line) => (line.startsWith('5103060708920003') ? line.replace(';PU;', ';BPU;') : line));
  const fixedFile = join(dir, 'daftar petani dalung (perbaikan).csv');
  writeFileSync(fixedFile, fixed.join('\n'));
  await page.getByRole('button', { name: /Berkas/ }).first().click();
  await page.locator('input[type="file"]').setInputFiles(fixedFile);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('0');
  // Eight people: the repeated NIK is one person with one period.
  await expect(page.getByTestId('summary-new-value')).toHaveText('8');
  await shot(page, 'j2-daftar-diperbaiki-periksa');
  await page.getByRole('button', { name: /^Simpan \d+ baris$/ }).click();
  await expect(page.getByTestId('commit-counts')).toContainText('8 baru');
  // New people may be known under another NIK: the result says so and leads to the duplicate review.
  await expect(page.getByTestId('commit-after-adding')).toContainText('8 orang baru');
  await expect(page.getByRole('link', { name: 'Cari duplikat pekerja' })).toHaveAttribute('href', /tinjauan-duplikat$/);
  await expect(await registerCount(page)).toContainText('8');
});

test('the woman is read from her NIK, her report reads back from its PDF, and the programme counts its people', async ({ app: page }) => {
  await registerCount(page);
  await openWorkerFromGrid(page, 'Ni Wayan Sari', 'Ni Wayan Sari');
  // Day 41 in the NIK: the 1st, and a woman.
  await expect(page.getByRole('term').filter({ hasText: 'Tanggal lahir' }).locator('+ dd')).toHaveText('1 Jan 1980');
  await expect(page.getByRole('definition').filter({ hasText: 'Perempuan' })).toBeVisible();
  await page.getByTestId('person-report').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('person-report-pdf').click();
  const pdfPath = join(dir, 'laporan.pdf');
  await (await download).saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Ni Wayan Sari');
  expect(text).toContain('5103064101800011');
  const words = text.replace(/\s+/g, ' ');
  expect(words).toContain('daftar petani dalung (perbaikan).csv');
  expect(words).toMatch(/Impor: data orang dibuat/);
  expect(words).toContain(programmeName.split(' ')[0]!); // the programme that pays, in the period's row

  await page.getByTestId('worker-periods').getByRole('link', { name: programmeName }).click();
  await expect(page.getByTestId('programme-title')).toHaveText(programmeName);
  // Eight people named it; last year's period is not one of its 2025 months.
  await expect(page.getByTestId('programme-summary')).toContainText('7 dari target 14 orang');
  await expect(page.getByTestId('programme-budget')).toContainText(/Rp\s?5\.000\.000/);
  await shot(page, 'j3-program-target-terdaftar');
});

test('the duplicate review merges one pair and keeps another apart', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Duplikat pekerja', exact: true }).click();
  await page.getByTestId('duplicate-scan').click();
  await expect(page.getByTestId('duplicate-scan-done')).toContainText('2 pasangan');
  // "Orang berbeda" on the wrong pair first: taken back from the message, then on the right one.
  await pairOf(page, /Made Sudarsane/).getByTestId('mark-different').click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('dua orang berbeda');
  await page.getByTestId('undo-different').click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('kembali ke daftar tinjauan');
  await expect(pairOf(page, /Made Sudarsane/)).toHaveCount(1);
  await pairOf(page, /Made Sudarsane/).getByTestId('merge-keep-left').click();
  await page.getByTestId('duplicate-merge-confirm').click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('digabung ke I Made Sudarsana');
  await pairOf(page, /Wayan Suarta/).getByTestId('mark-different').click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('dua orang berbeda');
  await expect(pairs(page)).toHaveCount(0);
  await shot(page, 'j4-duplikat-selesai');
  await expect(await registerCount(page)).toContainText('7');
});

test('undo reverses the import, the merge made since with it', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Impor pekerja', exact: true }).click();
  await page.getByRole('tab', { name: 'Riwayat impor' }).click();
  const batchRow = page.getByTestId('import-history').getByRole('row', { name: /perbaikan/ });
  await batchRow.getByRole('button', { name: /^Batalkan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan impor?' });
  // Counted by kind of record, people and their periods apart.
  await expect(dialog.getByTestId('undo-counts')).toHaveText('Yang dibatalkan: 8 orang baru, 8 periode kepesertaan baru. 2 orang sudah diubah sesudahnya.');
  // The merge changed two of the imported people since: named, and the clerk reverses them too.
  const conflicts = dialog.getByTestId('undo-conflicts');
  await expect(conflicts).toContainText('Made Sudarsane');
  await dialog.getByRole('radio', { name: 'Batalkan juga perubahannya' }).check();
  await shot(page, 'j5-batalkan-impor');
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  await expect(dialog).toBeHidden();
  await expect(batchRow).toContainText('Dibatalkan');
  await registerCount(page);
  await expect(page.getByRole('heading', { name: 'Register pekerja masih kosong', level: 2 })).toBeVisible();
  expect(readFileSync(join(dir, 'laporan.pdf')).length).toBeGreaterThan(0);
});
