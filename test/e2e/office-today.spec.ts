import type { Page } from '@playwright/test';
import { expect, saveOfficeProfile, test } from './fixtures.ts';

/**
 * The app opened again with the browser's clock fixed at `time`. Fixed on a blank page: the open
 * app's idle lock would see weeks pass in a second (a time ahead of the real one) and lock the
 * screen before the reload.
 */
async function atFixedTime(page: Page, time: Date) {
  const url = page.url();
  await page.goto('about:blank');
  await page.clock.setFixedTime(time);
  await page.goto(url);
}

// "Today" on screen is the office's day, not the computer's. The browser runs in Asia/Makassar
// (WITA, playwright.config.ts); the office here keeps WIT. At 15:30 UTC on 2 December it is still
// 23:30 on the 2nd for the computer but already 00:30 on the 3rd at the office.
test("Beranda and the calculator date today by the office's zone, not the computer's", async ({ app: page, served }) => {
  await saveOfficeProfile(served, { timeZone: 'WIT' });
  await atFixedTime(page, new Date('2026-12-02T15:30:00Z'));
  expect(await page.evaluate(() => new Date().getDate()), "the computer's own day").toBe(2);

  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible();
  await expect(page.getByText('Hari ini: 3 Des 2026.', { exact: false })).toBeVisible();

  await page.getByRole('link', { name: 'Kalkulator iuran' }).click();
  await expect(page.getByRole('form', { name: 'Anggaran APBD' }).getByLabel('Tanggal aturan')).toHaveValue('03/12/2026');
});

// On New Year's Eve the office in WIT is already in the new year while the computer (WITA) is
// not: a new programme's year is the office's.
test("a new programme's year is the office's year", async ({ app: page, served }) => {
  await saveOfficeProfile(served, { timeZone: 'WIT' });
  await atFixedTime(page, new Date('2026-12-31T15:30:00Z'));
  expect(await page.evaluate(() => new Date().getFullYear()), "the computer's own year").toBe(2026);

  await page.getByRole('link', { name: 'Program pekerja rentan', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah program' }).click();
  await expect(page.getByRole('dialog', { name: 'Tambah program pekerja rentan' }).getByRole('textbox', { name: 'Tahun', exact: true })).toHaveValue('2027');
});
