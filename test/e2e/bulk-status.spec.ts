import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import type { RegisterCounts } from '../../core/api/registers.ts';
import { api, expect, loadDemo, screenshotDir, shot, test, type Served } from './fixtures.ts';

// A bulk change made in the register itself (Tindakan → Hapus semua yang tersaring): the
// filter and the search narrow the grid, the dialog names the count and the filter in words
// and wants a reason, the change runs, the others stay, and the toast's Urungkan brings the
// records back through the import history's own undo.

const activeOnly = { recordStatus: { filterType: 'set', values: ['aktif'] } };
const activeCount = async (served: Served, quickSearch?: string) =>
  (await api<RegisterCounts>(served, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: activeOnly, ...(quickSearch ? { quickSearch } : {}) })).total;

/** What is on screen now (dialogs and toasts included). */
async function viewShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

const rowCount = (page: Page) => page.getByTestId('employer-row-count');
const nameCells = (page: Page) => page.getByTestId('employer-grid').locator('.ag-row [col-id="name"]');
const countBadge = (page: Page, label: RegExp) => page.getByTestId('status-counts').getByRole('button', { name: label });

/** Tindakan, reached by Tab from the button before it and opened with Enter; its first item (Hapus…) chosen with ArrowDown and Enter. */
async function chooseRemove(page: Page, item: RegExp) {
  await page.getByRole('button', { name: 'Impor dari Excel' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tindakan' })).toBeFocused();
  await page.keyboard.press('Enter');
  const entry = page.getByRole('menuitem', { name: item });
  await expect(entry).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(entry).toBeFocused();
  await page.keyboard.press('Enter');
}

test('the register removes the records of its filter with a reason, and the toast undoes it', async ({ app: page, served }) => {
  await page.setViewportSize({ width: 1366, height: 768 }); // the clerks' laptops
  await loadDemo(served, 40);
  // Six PWBD firms to remove, three of the same search in another status that must stay.
  for (let i = 1; i <= 6; i++) await api(served, 'employers.save', { name: `Toko Massal Sentosa ${i}`, kecamatanCode: '51.03.04', bpjsStatus: 'pwbd' });
  for (let i = 1; i <= 3; i++) await api(served, 'employers.save', { name: `Toko Massal Abadi ${i}`, kecamatanCode: '51.03.04', bpjsStatus: 'pds_upah' });
  const before = await activeCount(served);

  // The app opens on Beranda: the register is opened from its menu entry, after these records were made.
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await expect(rowCount(page)).toHaveText(`${before} perusahaan`);

  // No filter yet: the whole register is asked about first, and then wants the number typed.
  await chooseRemove(page, new RegExp(`^Hapus semua yang tersaring \\(${before}\\)`));
  const dialog = page.getByRole('dialog', { name: 'Hapus semua perusahaan yang tersaring?' });
  await expect(dialog.getByTestId('bulk-whole')).toContainText(`seluruh register (${before} perusahaan)`);
  await expect(dialog.getByRole('button', { name: 'Saring dulu' })).toBeFocused();
  await viewShot(page, 'bulk-1-tanpa-saringan');
  await dialog.getByRole('button', { name: /^Tetap lanjutkan/ }).click();
  await expect(dialog.getByTestId('bulk-filter')).toContainText('Tidak ada saringan lain dan tidak ada pencarian: ini seluruh register.');
  await expect(dialog.getByLabel(`Ketik jumlahnya (${before}) untuk memastikan`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await activeCount(served)).toBe(before);

  // The search and a count filter narrow it to the six.
  await page.getByTestId('employer-search').fill('Toko Massal');
  await expect(rowCount(page)).toHaveText('9 perusahaan');
  await countBadge(page, /^PWBD/).click();
  await expect(rowCount(page)).toHaveText('6 perusahaan');

  await chooseRemove(page, /^Hapus semua yang tersaring \(6\)/);
  await expect(dialog.getByTestId('bulk-count')).toHaveText('Berlaku untuk 6 perusahaan pada tampilan sekarang, yaitu yang cocok dengan:');
  const words = dialog.getByTestId('bulk-filter');
  await expect(words).toContainText('Status BPJS: PWBD');
  await expect(words).toContainText('Status data: Aktif');
  await expect(words).toContainText('Pencarian: "Toko Massal"');
  const reason = dialog.getByLabel('Alasan');
  await expect(reason).toBeFocused();
  // Enter without a reason says what is missing and changes nothing.
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Tuliskan alasannya (minimal 3 huruf).');
  await reason.fill('Data ganda dari pendataan desa');
  await viewShot(page, 'bulk-2-dialog-hapus');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  // Gone from the view; the other three of the same search stay.
  const toast = page.getByTestId('bulk-done');
  await expect(page.getByText('6 perusahaan dihapus dari register')).toBeVisible();
  await expect(toast).toContainText('Alasan: Data ganda dari pendataan desa');
  await expect(page.getByTestId('employer-no-match')).toBeVisible();
  await countBadge(page, /^Semua/).click();
  await expect(rowCount(page)).toHaveText('3 perusahaan');
  await expect(nameCells(page)).toHaveText(['Toko Massal Abadi 1', 'Toko Massal Abadi 2', 'Toko Massal Abadi 3']);
  expect(await activeCount(served)).toBe(before - 6);
  await viewShot(page, 'bulk-3-sesudah-hapus');

  // Urungkan: the import history's undo, for this batch.
  await toast.getByRole('button', { name: 'Urungkan' }).click();
  const undo = page.getByRole('dialog', { name: 'Batalkan perubahan massal?' });
  await expect(undo.getByTestId('undo-counts')).toHaveText('Yang dibatalkan: 6 perusahaan yang diperbarui. Tidak ada data yang diubah sesudahnya.');
  await expect(undo).toContainText('Alasannya waktu itu: Data ganda dari pendataan desa');
  await viewShot(page, 'bulk-4-urungkan');
  await undo.getByRole('button', { name: 'Ya, batalkan perubahan' }).click();
  await expect(undo).toBeHidden({ timeout: 60_000 });
  await expect(rowCount(page)).toHaveText('9 perusahaan');
  await expect(nameCells(page).filter({ hasText: 'Toko Massal Sentosa' })).toHaveCount(6);
  expect(await activeCount(served)).toBe(before);
  await shot(page, 'bulk-5-sesudah-urungkan');

  // In English the same dialog speaks English, the filter too.
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: /^Mark everything filtered closed \(9\)/ }).click();
  const closeDialog = page.getByRole('dialog', { name: 'Mark every filtered employer closed?' });
  await expect(closeDialog.getByTestId('bulk-count')).toHaveText('Applies to 9 employers in the view now, those matching:');
  await expect(closeDialog.getByTestId('bulk-filter')).toContainText('Search: "Toko Massal"');
  await expect(closeDialog.getByRole('button', { name: 'Mark 9 employers closed' })).toBeVisible();
  await viewShot(page, 'bulk-6-dialog-en');
  await page.keyboard.press('Escape');
  await expect(closeDialog).toBeHidden();
  await page.getByText('ID', { exact: true }).click();

  // The change and its undo are in the import history, with the reason.
  await page.getByRole('button', { name: 'Impor dari Excel' }).click();
  await page.getByRole('tab', { name: 'Riwayat impor' }).click();
  const row = page.getByTestId('import-history').locator('[data-kind="bulk"]');
  await expect(row).toContainText('Alasan: Data ganda dari pendataan desa');
  await expect(row).toContainText('Dibatalkan');
});

test('when every record is removed, the register says so and shows the removed ones on a click', async ({ app: page, served }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  if ((await activeCount(served)) === 0) await loadDemo(served, 20);
  const all = await activeCount(served);
  // The app opens on Beranda: the register is opened from its menu entry, after these records were made.
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await expect(rowCount(page)).toHaveText(`${all} perusahaan`);
  await chooseRemove(page, new RegExp(`^Hapus semua yang tersaring \\(${all}\\)`));
  const dialog = page.getByRole('dialog', { name: 'Hapus semua perusahaan yang tersaring?' });
  await dialog.getByRole('button', { name: /^Tetap lanjutkan/ }).click();
  await dialog.getByLabel('Alasan').fill('Register diganti data baru dari BPJS');
  await dialog.getByLabel(`Ketik jumlahnya (${all}) untuk memastikan`).fill(String(all));
  await dialog.getByRole('button', { name: `Hapus ${all} perusahaan` }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  expect(await activeCount(served)).toBe(0);
  // Not "nothing matches this search": there is no search. Every record is closed or removed.
  const note = page.getByTestId('employer-no-match');
  await expect(note).toContainText('Semua data di register ini sudah ditutup atau dihapus.');
  await viewShot(page, 'bulk-7-semua-dihapus');
  await note.getByRole('button', { name: 'Tampilkan yang tutup / dihapus' }).click();
  await expect(rowCount(page)).toHaveText(`${all} perusahaan`);
});
