import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { api, expect, screenshotDir, shot, test } from './fixtures.ts';

// Employer ↔ workers against a real `lindung serve` (Kabupaten Badung): employers with a
// reported workforce and people with PU periods made through the API; the compliance list
// shows both figures and their dates, a follow-up starts from it already filled in, the
// export writes the list, and the employer's page lists its workers with active PU periods.
/** What the window shows (a full-page shot of a scrolled page draws the sticky header mid-page). */
async function viewShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface Saved {
  uid: string;
  name: string;
}

let hotel: Saved;

test.beforeAll(async ({ pool }, testInfo) => {
  const served = await pool.get(testInfo.file);
  const employer = (name: string, extra: Record<string, unknown>) =>
    api<Saved>(served, 'employers.save', { name, kecamatanCode: '51.03.06', kbliCodes: ['55110'], confirmSimilarName: true, ...extra });
  hotel = await employer('PT Hotel Segara Uji', { workersTotal: 12, wlkpDate: '2025-02-10', npp: 'NN771100' });
  const koperasi = await employer('Koperasi Tani Lestari', { workersTotal: 2, kbliCodes: ['01111'] });
  await employer('Toko Dewata Jaya', { workersTotal: 6, kecamatanCode: '51.03.02', kbliCodes: ['47111'] });
  const people: [string, string, string, string | null][] = [
    ['I Made Suarta', hotel.uid, '2024-01-01', null],
    ['Ni Ketut Ariani', hotel.uid, '2024-03-01', null],
    ['Agus Santoso', hotel.uid, '2025-02-01', null],
    ['I Wayan Sudana', hotel.uid, '2023-01-01', '2023-12-31'], // ended: not counted
    ['Dewa Gede Arsana', koperasi.uid, '2024-01-01', null],
    ['Siti Rahmawati', koperasi.uid, '2024-05-01', null],
  ];
  for (const [i, [name, employerUid, startDate, endDate]] of people.entries()) {
    await api(served, 'workers.save', {
      nik: `51030612038500${String(i + 1).padStart(2, '0')}`,
      name,
      kecamatanCode: '51.03.06',
      periods: [{ segment: 'PU', employerUid, startDate, endDate, programmes: ['JKK', 'JKM', 'JHT'], kpj: `9000000000${i + 1}`, sourceDate: '2025-06-30' }],
    });
  }
});

test('the compliance list shows both figures with their dates, and a follow-up starts from it filled in', async ({ app: page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Kepatuhan pemberi kerja' }).click();
  await expect(page.getByRole('heading', { name: 'Kepatuhan pemberi kerja', level: 1 })).toBeVisible();
  const table = page.getByTestId('compliance-table');
  await expect(page.getByTestId('compliance-summary')).toContainText('2 perusahaan dengan selisih');
  // Largest gap first: the hotel (12 reported, 3 active: 9), then the shop (6, none); the
  // koperasi (2 and 2) is not listed.
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-employer', 'PT Hotel Segara Uji');
  const hotelRow = rows.nth(0);
  await expect(hotelRow).toContainText('12');
  await expect(hotelRow).toContainText('WLKP 10 Feb 2025');
  await expect(hotelRow).toContainText(/angka per \d{1,2} \w+ \d{4}/);
  await expect(hotelRow).toContainText('data per 30 Jun 2025');
  await expect(hotelRow.locator('td').nth(3)).toHaveText('9');
  await expect(rows.nth(1)).toContainText('belum ada peserta');
  await expect(table).not.toContainText('Koperasi Tani Lestari');
  await shot(page, 'c1-kepatuhan-daftar');

  // A filter by kecamatan keeps the shop only.
  await page.getByRole('combobox', { name: 'Kecamatan' }).click();
  await page.getByRole('option', { name: 'Mengwi' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toHaveAttribute('data-employer', 'Toko Dewata Jaya');
  await page.getByRole('combobox', { name: 'Kecamatan' }).click();
  await page.getByRole('option', { name: 'Mengwi' }).click(); // again: cleared
  await expect(rows).toHaveCount(2);

  // One click: the follow-up form opens for the hotel, filled in with both figures.
  await page.getByRole('button', { name: 'Buat tindak lanjut untuk PT Hotel Segara Uji' }).click();
  const dialog = page.getByRole('dialog', { name: /Tambah tindak lanjut: PT Hotel Segara Uji/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Jenis' })).toHaveValue('Pemeriksaan');
  const notes = dialog.getByRole('textbox', { name: 'Catatan' });
  await expect(notes).toHaveValue(/^Kemungkinan PDS tenaga kerja: dilaporkan 12 tenaga kerja \(angka per \d{1,2} \w+ \d{4}\), terdaftar aktif sebagai peserta PU 3 \(per \d{1,2} \w+ \d{4}\), selisih 9\.$/);
  await shot(page, 'c2-kepatuhan-tindak-lanjut');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(hotelRow).toContainText('1 terbuka');
  // The badge is read whole, not cut to "1 TERBU…" (walk 30, at 1366 px; the tests' window is 1280).
  expect(await hotelRow.getByText('1 terbuka').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await shot(page, 'c3-kepatuhan-setelah-tindak-lanjut');
});

test('the list exports to XLSX with both figures and their dates', async ({ app: page }, testInfo) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Kepatuhan pemberi kerja' }).click();
  await expect(page.getByTestId('compliance-table')).toBeVisible();
  await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText('2 baris');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Kepatuhan pemberi kerja \d{4}-\d{2}-\d{2}\.xlsx$/);
  await file.saveAs(testInfo.outputPath('kepatuhan.xlsx'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(testInfo.outputPath('kepatuhan.xlsx'));
  const sheet = book.getWorksheet('Kepatuhan')!;
  const values = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
  const header = values.findIndex((r) => r[0] === 'Nama perusahaan');
  expect(values[header + 1]?.slice(0, 2)).toEqual(['PT Hotel Segara Uji', 'NN771100']);
  expect([values[header + 1]?.[5], values[header + 1]?.[8], values[header + 1]?.[10], values[header + 1]?.[11]]).toEqual([12, 3, 9, 1]);
});

test("the employer's page lists its workers with active PU periods, each opening the person", async ({ app: page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Kepatuhan pemberi kerja' }).click();
  await page.getByTestId('compliance-table').getByRole('link', { name: 'PT Hotel Segara Uji' }).click();
  await expect(page.getByTestId('employer-title')).toHaveText('PT Hotel Segara Uji');
  const section = page.getByTestId('employer-workers');
  await expect(section.getByRole('heading', { name: 'Pekerja terdaftar (PU aktif)' })).toBeVisible();
  await expect(page.getByTestId('employer-workers-count')).toContainText('3 pekerja dengan periode PU aktif per');
  await expect(page.getByTestId('employer-workers-count')).toContainText('Register mencatat 12 tenaga kerja: selisih 9.');
  const table = page.getByTestId('employer-workers-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').first()).toContainText('Agus Santoso');
  await expect(table).not.toContainText('I Wayan Sudana'); // his period ended
  // The NIK shows when asked for.
  await expect(table.getByRole('columnheader', { name: 'NIK' })).toHaveCount(0);
  await section.getByRole('switch', { name: 'Tampilkan NIK' }).click({ force: true });
  await expect(table).toContainText('5103061203850001');
  await table.scrollIntoViewIfNeeded();
  await viewShot(page, 'c4-perusahaan-pekerja-pu');
  await table.getByRole('link', { name: 'I Made Suarta' }).click();
  await expect(page).toHaveURL(/\/register\/pekerja\//);
  await expect(page.getByText('PT Hotel Segara Uji').first()).toBeVisible();
  await shot(page, 'c5-pekerja-dari-perusahaan');
});
