/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, shot as fullShot, test } from './fixtures.ts';

// Wilayah kerja and Cek NIK on a database set up as Kabupaten Badung (51.03).

/** Full-page screenshot from the top, so the fixed header is not painted mid-page. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

/** What is on screen now (an open dropdown lives in a portal and would not survive a full-page shot). */
async function viewShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

async function openRegions(page: Page) {
  await page.getByRole('link', { name: 'Wilayah kerja' }).click();
  await expect(page.getByRole('heading', { name: 'Wilayah kerja', level: 1 })).toBeVisible();
}

async function resolve(page: Page, text: string) {
  const box = page.getByTestId('resolve-box');
  await box.getByLabel('Teks wilayah').fill(text);
  await box.getByRole('button', { name: 'Cek', exact: true }).click();
  return box.getByTestId('resolve-result');
}

test('Wilayah kerja: kecamatan with counts, their desa, area text checks and the picker by keyboard', async ({ app: page }) => {
  await openRegions(page);
  const summary = page.getByTestId('area-summary');
  await expect(summary).toContainText('Kabupaten Badung');
  await expect(summary).toContainText('kode 51.03');
  await expect(summary).toContainText('6 kecamatan');
  await expect(summary).toContainText('46 desa · 16 kelurahan');

  // Badung's six kecamatan, with desa and kelurahan counted by kind.
  const units = page.getByTestId('unit-table').locator('tbody tr');
  await expect(units).toHaveCount(6);
  for (const name of ['Kuta', 'Mengwi', 'Abiansemal', 'Petang', 'Kuta Selatan', 'Kuta Utara']) {
    await expect(page.getByTestId('unit-table').getByRole('button', { name, exact: true })).toBeVisible();
  }
  const kutaUtara = page.getByTestId('unit-51.03.06');
  await expect(kutaUtara.locator('[data-col="desa"]')).toHaveText('3');
  await expect(kutaUtara.locator('[data-col="kelurahan"]')).toHaveText('3');
  await expect(kutaUtara.locator('[data-col="total"]')).toHaveText('6');
  await expect(page.getByTestId('unit-51.03.02').locator('[data-col="total"]')).toHaveText('20');
  await shot(page, '30-wilayah-kerja');

  // Open Kuta Utara: its desa and kelurahan with codes and kind.
  await page.getByTestId('unit-table').getByRole('button', { name: 'Kuta Utara', exact: true }).click();
  const children = page.getByTestId('unit-children');
  await expect(children.getByRole('heading')).toHaveText('Desa dan kelurahan di Kecamatan Kuta Utara');
  await expect(children.locator('tbody tr')).toHaveCount(6);
  await expect(children.getByRole('row', { name: /51\.03\.06\.2006 Dalung desa/ })).toBeVisible();
  await expect(children.getByRole('row', { name: /51\.03\.06\.1002 Kerobokan kelurahan/ })).toBeVisible();
  await shot(page, '31-wilayah-kuta-utara');

  // Area text as a clerk pastes it.
  let result = await resolve(page, 'Kec. Kuta Utara');
  await expect(result).toHaveAttribute('data-status', 'found');
  await expect(result.getByTestId('resolved-code')).toHaveText('51.03.06');
  await expect(result).toContainText('cocok dengan nama');
  await expect(result).toContainText('di Kabupaten Badung');
  await shot(page, '32-cek-wilayah-ditemukan');

  result = await resolve(page, '51.03.06');
  await expect(result).toHaveAttribute('data-status', 'found');
  await expect(result).toContainText('cocok dengan kode wilayah');

  result = await resolve(page, 'Desa Dalung');
  await expect(result.getByTestId('resolved-code')).toHaveText('51.03.06.2006');
  await expect(result).toContainText('di Kec. Kuta Utara');

  result = await resolve(page, 'Kuta Utra');
  await expect(result).toHaveAttribute('data-status', 'unknown');
  await expect(result).toContainText('tidak ditemukan di Kabupaten Badung');
  await expect(result.getByTestId('resolve-option-51.03.06')).toContainText('Kecamatan Kuta Utara');
  await result.getByTestId('resolve-option-51.03.06').click();
  await expect(result.getByTestId('resolve-chosen')).toContainText('51.03.06');
  await shot(page, '33-cek-wilayah-salah-ketik');

  // The examples are the office's own places: Badung's first kecamatan by name, found in one click.
  await page.getByTestId('resolve-box').getByRole('button', { name: 'Kec. Abiansemal', exact: true }).click();
  await expect(result.getByTestId('resolved-code')).toHaveText('51.03.03');
  await expect(page.getByTestId('resolve-box').getByRole('button', { name: 'Abiansmal', exact: true })).toBeVisible();

  // No desa name repeats inside Badung; "Mengwi" is both a kecamatan and a desa.
  result = await resolve(page, 'Mengwi');
  await expect(result).toHaveAttribute('data-status', 'ambiguous');
  await expect(result).toContainText('cocok dengan 2 wilayah');
  await expect(result.getByTestId('resolve-option-51.03.02')).toContainText('Kabupaten Badung');
  await expect(result.getByTestId('resolve-option-51.03.02.2009')).toContainText('Kecamatan Mengwi');
  await result.getByTestId('resolve-option-51.03.02.2009').click();
  await expect(result.getByTestId('resolve-chosen')).toContainText('51.03.02.2009');
  // The choice lands in the picker too.
  await expect(page.getByTestId('picker-result')).toHaveText('51.03.02.2009');
  await shot(page, '34-cek-wilayah-ambigu');

  // The RegionPicker by keyboard: kecamatan, then desa.
  const demo = page.getByTestId('picker-demo');
  const kecamatan = demo.getByTestId('region-picker-kecamatan');
  const desa = demo.getByTestId('region-picker-desa');
  await kecamatan.click();
  await kecamatan.fill('');
  await kecamatan.pressSequentially('kuta u');
  await expect(page.getByRole('option', { name: /Kuta Utara/ })).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(1);
  await kecamatan.press('ArrowDown');
  await kecamatan.press('Enter');
  await expect(kecamatan).toHaveValue('Kuta Utara');
  // A new kecamatan drops the desa of Mengwi.
  await expect(desa).toHaveValue('');
  await expect(page.getByTestId('picker-result')).toHaveText('51.03.06');
  await desa.click();
  await desa.pressSequentially('dal');
  await expect(page.getByRole('option', { name: /Dalung/ })).toBeVisible();
  await viewShot(page, '35-pemilih-desa-dropdown');
  await desa.press('ArrowDown');
  await desa.press('Enter');
  await expect(desa).toHaveValue('Dalung');
  await expect(page.getByTestId('picker-result')).toHaveText('51.03.06.2006');
  await expect(demo).toContainText('desa · kode 51.03.06.2006');
  await shot(page, '36-pemilih-desa-terpilih');

  // Codes work as search text: "51.03.05" finds Kuta Selatan; the clear button empties both.
  await kecamatan.click();
  await kecamatan.fill('51.03.05');
  await expect(page.getByRole('option')).toHaveCount(1);
  await kecamatan.press('ArrowDown');
  await kecamatan.press('Enter');
  await expect(kecamatan).toHaveValue('Kuta Selatan');
  await expect(desa).toHaveValue('');
  await demo.getByRole('button', { name: 'Kosongkan Kecamatan' }).click();
  await expect(page.getByTestId('picker-result')).toHaveText('Belum ada yang dipilih');

  // A desa can be searched before any kecamatan: choosing it fills in the kecamatan.
  await desa.click();
  await desa.pressSequentially('kerobokan k');
  await expect(page.getByRole('option', { name: /Kerobokan Kaja/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Kerobokan Kelod/ })).toBeVisible();
  await viewShot(page, '37-pemilih-cari-desa-langsung');
  await desa.press('ArrowDown');
  await desa.press('Enter');
  await expect(kecamatan).toHaveValue('Kuta Utara');
  await expect(page.getByTestId('picker-result')).toHaveText(/^51\.03\.06\.100[13]$/);
});

test('Cek NIK: valid, damaged, repaired, invalid date, doubtful century, and in English', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Cek NIK' }).click();
  await expect(page.getByRole('heading', { name: 'Cek NIK', level: 1 })).toBeVisible();
  await shot(page, '38-cek-nik-kosong');

  const yy = String(new Date().getFullYear() % 100).padStart(2, '0');
  const doubtful = `51030641 01${yy}0001`.replace(' ', '');
  const values = ['5103064506850001', '5.10312E+15', '5103 0645 0685 0001', '5103063102850001', doubtful];
  await page.getByTestId('nik-input').fill(values.join('\n'));
  await page.getByRole('button', { name: 'Periksa' }).click();
  const cards = page.getByTestId('nik-result');
  await expect(cards).toHaveCount(5);
  await expect(page.getByTestId('nik-summary')).toHaveText('Diperiksa: 5 · sah: 2 · perlu konfirmasi: 1 · tidak sah: 2');

  // A valid woman's NIK from Kuta Utara.
  const woman = cards.nth(0);
  await expect(woman).toHaveAttribute('data-status', 'valid');
  await expect(woman.getByTestId('nik-status')).toHaveText('Sah');
  await expect(woman.getByTestId('nik-sex')).toContainText('Perempuan');
  await expect(woman.getByTestId('nik-birth')).toContainText('5 Juni 1985');
  await expect(woman.getByTestId('nik-issued')).toContainText('Kec. Kuta Utara, Kabupaten Badung, Bali');
  await expect(woman.getByTestId('nik-issued')).toContainText('tempat NIK diterbitkan, bukan domisili');
  await expect(woman.getByTestId('nik-serial')).toContainText('0001');

  // Scientific notation: beyond repair, and how to fix it.
  const damaged = cards.nth(1);
  await expect(damaged.getByTestId('nik-status')).toHaveText('Tidak bisa diperbaiki');
  await expect(damaged.getByTestId('nik-unrepairable')).toContainText('notasi ilmiah');
  await expect(damaged.getByTestId('nik-unrepairable')).toContainText('510312');
  await expect(damaged.getByTestId('nik-unrepairable')).toContainText('ekspor ulang kolom itu sebagai teks');

  // Separators removed: repaired, to be confirmed, before → after.
  const repaired = cards.nth(2);
  await expect(repaired.getByTestId('nik-status')).toHaveText('Diperbaiki — mohon konfirmasi');
  await expect(repaired.getByTestId('nik-repaired')).toContainText('5103 0645 0685 0001');
  await expect(repaired.getByTestId('nik-repaired-after')).toHaveText('5103064506850001');
  await expect(repaired.getByTestId('nik-repaired')).toContainText('Pemisah (spasi, titik, koma atau tanda hubung)');

  // 31 February: an invalid date.
  const badDate = cards.nth(3);
  await expect(badDate.getByTestId('nik-status')).toHaveText('Tidak sah');
  await expect(badDate.getByTestId('nik-errors')).toContainText('31-02-85');
  await expect(badDate.getByTestId('nik-errors')).toContainText('tidak ada di kalender');

  // Born 1 January this year or a hundred years ago: both dates, flagged.
  const century = cards.nth(4);
  await expect(century.getByTestId('nik-century-doubtful')).toHaveText('abad diragukan');
  await expect(century.getByTestId('nik-birth')).toContainText(`1 Januari ${new Date().getFullYear()}`);
  await expect(century.getByTestId('nik-birth')).toContainText(`1 Januari ${new Date().getFullYear() - 100}`);
  await shot(page, '39-cek-nik-hasil');

  // From a numeric Excel cell, even a clean NIK must be confirmed.
  await page.getByLabel('Nilai berasal dari sel angka (Excel)').check();
  await expect(woman.getByTestId('nik-status')).toHaveText('Diperbaiki — mohon konfirmasi');
  await expect(woman.getByTestId('nik-repaired')).toContainText('Excel hanya menyimpan 15 digit');
  await page.getByLabel('Nilai berasal dari sel angka (Excel)').uncheck();
  await expect(woman.getByTestId('nik-status')).toHaveText('Sah');

  // English once: the screen, the server's reasons and the dates follow the language.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Check NIK', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Service area' })).toBeVisible();
  await expect(woman.getByTestId('nik-sex')).toContainText('Female');
  await expect(woman.getByTestId('nik-birth')).toContainText('5 June 1985');
  await expect(woman.getByTestId('nik-issued')).toContainText('where the NIK was issued, not the domicile');
  await expect(damaged.getByTestId('nik-status')).toHaveText('Cannot be repaired');
  await expect(damaged.getByTestId('nik-unrepairable')).toContainText('scientific notation');
  await expect(badDate.getByTestId('nik-errors')).toContainText('does not exist in the calendar');
  await expect(century.getByTestId('nik-century-doubtful')).toHaveText('century doubtful');
  await shot(page, '3a-check-nik-en');

  await page.getByRole('link', { name: 'Service area' }).click();
  await expect(page.getByRole('heading', { name: 'Service area', level: 1 })).toBeVisible();
  await expect(page.getByTestId('area-summary')).toContainText('Province of Bali');
  await shot(page, '3b-service-area-en');
  await page.getByText('ID', { exact: true }).click();
});
