import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { aggregateBadRows, aggregateGoodRows, aggregateHeader, libreOfficeXlsx } from '../unit/coverage-inputs/published-figures.ts';
import { expect, pickByKeyboard, shot, test } from './fixtures.ts';

// Coverage inputs against a real `lindung serve` (Kabupaten Badung): a BPS denominator entered
// by hand with its source and date, the BPJS totals and Denpasar's APBD list imported from an
// XLSX LibreOffice wrote (errors by row and column, then saved), and a target set against the
// denominator. The tests share one database and run in order.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

// Made when the tests run, not when the file is loaded (Playwright loads it to list the tests too).
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-e2e-cakupan-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(page: Page, link: string, heading: string) {
  await page.getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

test('a BPS denominator is entered by hand with its source and date; a missing source is said on its field', async ({ app: page }) => {
  await expect(page.getByRole('navigation').getByText('Cakupan', { exact: true })).toBeVisible();
  await open(page, 'Penyebut (denominator)', 'Penyebut cakupan (denominator)');
  await expect(page.getByText('Belum ada penyebut.', { exact: false })).toBeVisible();
  await page.getByTestId('coverage-add').click();
  const form = page.getByRole('dialog', { name: 'Tambah penyebut cakupan' });
  await form.getByLabel('Nama penyebut').fill('Penduduk bekerja formal Bali, Sakernas Agustus 2022');
  // A new form's number is empty, not 0; a 0 typed stays shown, with why it cannot be saved.
  await expect(form.getByLabel('Jumlah orang')).toHaveValue('');
  await form.getByLabel('Jumlah orang').fill('0');
  await form.getByLabel('Jumlah orang').blur();
  await expect(form.getByLabel('Jumlah orang')).toHaveValue('0');
  await expect(form.getByText('Isi bilangan bulat lebih dari 0 (jumlah orang).')).toBeVisible();
  await form.getByLabel('Jumlah orang').fill('1214028');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Yang dihitung' }), 'formal', 'Penduduk bekerja formal');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Provinsi / kabupaten / kota' }), 'bali', 'Bali');
  await expect(form.getByTestId('denominator-area-chosen')).toContainText('(51)');
  await form.getByLabel(/^Tanggal data/).fill('31/08/2022');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Sebut sumber angka ini', { exact: false })).toBeVisible();
  await expect(form.getByLabel('Nama penyebut')).toHaveValue('Penduduk bekerja formal Bali, Sakernas Agustus 2022');
  await form.getByTestId('denominator-source').fill('BPS Provinsi Bali, Sakernas Agustus 2022');
  await shot(page, 'cakupan-01-penyebut-formulir');
  // Ctrl+S saves, as in every record form.
  await form.getByTestId('denominator-source').press('Control+s');
  await expect(form).toBeHidden();

  const list = page.getByTestId('denominator-list');
  const row = list.getByRole('row').filter({ hasText: 'Penduduk bekerja formal Bali' });
  await expect(row).toContainText('1.214.028');
  await expect(row).toContainText('BPS Provinsi Bali, Sakernas Agustus 2022');
  await expect(row).toContainText('BPS (Sakernas)');
  await expect(row).toContainText('31 Agu 2022');
  await expect(row).toContainText('Berlaku');
  await shot(page, 'cakupan-02-penyebut-daftar');
});

test('the BPJS totals and the Denpasar APBD list are imported from an XLSX: bad rows named, the rest saved', async ({ app: page }) => {
  await open(page, 'Data agregat', 'Data agregat cakupan');
  await page.getByTestId('coverage-import').click();
  await expect(page.getByRole('heading', { name: 'Impor data agregat cakupan', level: 1 })).toBeVisible();
  const file = libreOfficeXlsx(dir, 'peserta aktif bpjs dan apbd denpasar', [aggregateHeader, ...aggregateGoodRows, ...aggregateBadRows]);
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('combobox', { name: 'Jumlah peserta aktif', exact: true })).toHaveValue('E — Jumlah peserta aktif');
  await expect(page.getByRole('combobox', { name: 'Kode wilayah', exact: true })).toHaveValue('A — Kode wilayah');
  await shot(page, 'cakupan-03-impor-kolom');

  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('15');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('4');
  const rows = page.getByTestId('dry-run-rows');
  await expect(rows.locator('[data-row="18"]')).toContainText('Baris 18 · kolom A (Kode wilayah): Kode wilayah "99.99" tidak dikenal.');
  await expect(rows.locator('[data-row="20"]')).toContainText('Kolom "Sumber" wajib diisi.');
  await shot(page, 'cakupan-04-impor-periksa');

  await page.getByRole('button', { name: 'Simpan 15 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('15 baru, 0 diperbarui');
  await page.getByRole('link', { name: 'Buka data agregat' }).click();
  await expect(page.getByTestId('aggregate-total')).toHaveText('15 baris (wilayah atau tanggal berbeda: tidak dijumlahkan)');
  const list = page.getByTestId('aggregate-list');
  await expect(list.getByRole('row').filter({ hasText: '538.504' })).toContainText('Penerima Upah (PU)');
  await expect(list.getByRole('row').filter({ hasText: 'Sulinggih' })).toContainText('233');
  await shot(page, 'cakupan-05-agregat-daftar');

  // Denpasar's 2025 APBD list on its own: 12 categories, 10,717 people.
  await pickByKeyboard(page.getByRole('combobox', { name: 'Wilayah' }), 'denpasar', 'Kota Denpasar');
  await expect(page.getByTestId('aggregate-total')).toHaveText('12 baris · 10.717 orang');
  await shot(page, 'cakupan-05b-agregat-denpasar');
});

test('a target of 40 % is set against the denominator; a target in people needs none', async ({ app: page }) => {
  await open(page, 'Target', 'Target cakupan');
  await page.getByTestId('coverage-add').click();
  const form = page.getByRole('dialog', { name: 'Tambah target cakupan' });
  await form.getByTestId('target-year').fill('2024');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Provinsi / kabupaten / kota' }), 'bali', 'Bali');
  // What is typed stays, with the range beside it: 250 % is not turned into 100 %, nor "-5" into 5.
  const value = form.getByTestId('target-value');
  await value.fill('250');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(value).toHaveValue('250 %');
  await expect(form.getByText('Target persen antara 0 dan 100, mis. 40 atau 62,5.')).toBeVisible();
  await value.selectText();
  await value.pressSequentially('-5');
  await value.blur();
  await expect(value).toHaveValue('-5 %');
  await expect(form.getByText('Target persen antara 0 dan 100, mis. 40 atau 62,5.')).toBeVisible();
  // Cleared, it is not saved as 0: the field asks for a value.
  await value.fill('');
  await value.blur();
  await expect(value).toHaveValue('');
  await expect(form.getByText('Isi nilai target: persen antara 0 dan 100, atau jumlah orang.')).toBeVisible();
  await value.fill('40');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Target persen perlu penyebut', { exact: false })).toBeVisible();
  await pickByKeyboard(form.getByRole('combobox', { name: 'Penyebut' }), 'formal', 'Penduduk bekerja formal');
  await expect(form.getByText('≈ 485.612 setara orang', { exact: false })).toBeVisible();
  await form.getByTestId('target-source').fill('RPJMD Provinsi Bali (uji)');
  await shot(page, 'cakupan-06-target-formulir');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();

  await page.getByTestId('coverage-add').click();
  await form.getByTestId('target-year').fill('2024');
  await form.getByText('Jumlah orang', { exact: true }).click();
  await pickByKeyboard(form.getByRole('combobox', { name: 'Provinsi / kabupaten / kota' }), 'denpasar', 'Kota Denpasar');
  await form.getByTestId('target-value').fill('433000');
  await form.getByTestId('target-source').fill('BPJS Ketenagakerjaan Cabang Bali Denpasar, target 2024');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();

  const list = page.getByTestId('target-list');
  await expect(list.getByRole('row').filter({ hasText: '40 %' })).toContainText('485.612');
  await expect(list.getByRole('row').filter({ hasText: '40 %' })).toContainText('dari Penduduk bekerja formal Bali');
  await expect(list.getByRole('row').filter({ hasText: 'Cabang Bali Denpasar' })).toContainText('433.000');
  await shot(page, 'cakupan-07-target-daftar');
});

test('the Bali example figures load beside what was entered; a denominator is retired and a new one started from it', async ({ app: page }) => {
  await open(page, 'Penyebut (denominator)', 'Penyebut cakupan (denominator)');
  await page.getByTestId('coverage-demo').click();
  // The formal-worker figure entered by hand above is the demo's own: it is not entered twice.
  await expect(page.getByText('Contoh angka Bali dimuat: 4 penyebut', { exact: false })).toBeVisible();
  const list = page.getByTestId('denominator-list');
  await expect(list.getByRole('row')).toHaveCount(6);
  await expect(list.getByRole('row').filter({ hasText: 'Sasaran kepesertaan pekerja Kabupaten Gianyar' })).toContainText('198.628');
  await expect(list.getByRole('row').filter({ hasText: 'CONTOH' })).toContainText('Kabupaten Jembrana');

  const formal = list.getByRole('row').filter({ hasText: 'Penduduk bekerja formal Bali' });
  await formal.getByTestId('denominator-menu').click();
  await page.getByRole('menuitem', { name: 'Pensiunkan' }).click();
  const confirm = page.getByTestId('denominator-retire');
  await expect(confirm).toContainText('tetap menyebutnya');
  await shot(page, 'cakupan-08-penyebut-pensiun');
  await confirm.getByRole('button', { name: 'Pensiunkan dan buat penyebut baru' }).click();
  const form = page.getByRole('dialog', { name: 'Tambah penyebut cakupan' });
  await expect(form.getByLabel('Nama penyebut')).toHaveValue('Penduduk bekerja formal Bali, Sakernas Agustus 2022');
  await form.getByLabel('Nama penyebut').fill('Penduduk bekerja formal Bali, Sakernas Agustus 2023');
  await form.getByLabel('Jumlah orang').fill('1250000');
  await form.getByLabel(/^Tanggal data/).fill('31/08/2023');
  await form.getByTestId('denominator-source').fill('BPS Provinsi Bali, Sakernas Agustus 2023 (uji)');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(list.getByRole('row').filter({ hasText: 'Sakernas Agustus 2023' })).toContainText('1.250.000');
  await expect(list.getByRole('row').filter({ hasText: 'Penduduk bekerja formal Bali, Sakernas Agustus 2022' })).toHaveCount(0);

  await page.getByLabel('Tampilkan yang dipensiunkan').check();
  await expect(list.getByRole('row').filter({ hasText: 'Penduduk bekerja formal Bali, Sakernas Agustus 2022' })).toContainText('Dipensiunkan');
  await shot(page, 'cakupan-09-penyebut-dengan-pensiun');

  // The same list in English.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Coverage denominators', level: 1 })).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: 'Sakernas Agustus 2023' })).toContainText('Formal workers');
  await shot(page, 'cakupan-10-penyebut-en');
  await page.getByText('ID', { exact: true }).click();
});
