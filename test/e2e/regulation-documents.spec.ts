import type { Page } from '@playwright/test';
import { scannedPdf, textPdf } from '../unit/support/pdf-samples.ts';
import { api, expect, pickByKeyboard, shot, test } from './fixtures.ts';

// A regulation's documents and the programmes it funds, against a real `lindung serve`:
// Perbup Jembrana 48/2023 is added with a PDF made up here, found by a word that appears only
// inside the PDF through the register's quick search and through "Cari di isi dokumen" (a
// snippet with the word marked, opening the viewer at its page); a scan without text asks for
// the abstract; then a programme names the Perbup as its legal basis and each page shows the
// other, with the Perbup's coverage target beside the programme's people. The tests share one
// database and run in order.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const label = 'Perbup Jembrana No. 48 Tahun 2023';
const judul = 'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan (uji dokumen)';
// A word that appears nowhere but inside the PDF.
const unique = 'Sangkarwibawa';
const year = new Date().getFullYear();
const programmeName = `Program Uji Dasar Hukum ${year}`;

async function openRegister(page: Page) {
  await page.getByRole('link', { name: 'Regulasi', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register regulasi', level: 1 })).toBeVisible();
}

test('Perbup Jembrana 48/2023 with its PDF is found by a word only inside the PDF, with a snippet', async ({ app: page, served }) => {
  await api(served, 'regulations.save', { jenis: 'perbup', nomor: '73', tahun: 2021, judul: 'Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan (uji)', teuBadan: 'Tabanan (Kabupaten)' });
  await openRegister(page);
  await page.getByRole('button', { name: 'Tambah regulasi' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah regulasi' });
  await form.getByLabel('Nomor', { exact: true }).fill('48');
  await form.getByLabel('Tahun', { exact: true }).fill('2023');
  await form.getByRole('textbox', { name: /^Judul/ }).fill(judul);
  await form.getByLabel('T.E.U. badan').fill('Jembrana (Kabupaten)');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: `Buka ${label}` }).click();
  await expect(page.getByTestId('regulation-title')).toHaveText(label);

  const pdf = await textPdf([
    'PERATURAN BUPATI JEMBRANA NOMOR 48 TAHUN 2023 tentang perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan.',
    `Pasal 5. Iuran peserta bukan penerima upah dibayar melalui program ${unique} bagi nelayan dan petani.`,
  ]);
  const panel = page.getByRole('region', { name: 'Naskah peraturan' });
  await panel.locator('input[type="file"]').setInputFiles({ name: 'perbup-jembrana-48-2023.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(panel.getByTestId('document-row')).toContainText('perbup-jembrana-48-2023.pdf');
  await expect(panel.getByTestId('document-row')).toContainText('2 halaman');
  await shot(page, 'regdoc-1-naskah');

  // The register's quick search: the word is in no field of any record, only in the PDF.
  await openRegister(page);
  await expect(page.getByTestId('regulations-row-count')).toHaveText('2 regulasi');
  await page.getByTestId('regulations-search').fill(unique.toUpperCase());
  await expect(page.getByTestId('regulations-row-count')).toHaveText('1 regulasi');
  await expect(page.getByRole('row').filter({ hasText: judul })).toBeVisible();
  await shot(page, 'regdoc-2-cari-cepat');
  await page.getByTestId('regulations-search').fill('');
  await expect(page.getByTestId('regulations-row-count')).toHaveText('2 regulasi');

  // Inside the documents: the regulation, the document, the page and the marked snippet.
  await page.getByTestId('regulation-document-search').click();
  const dialog = page.getByRole('dialog', { name: 'Cari di isi dokumen regulasi' });
  await dialog.getByTestId('regulation-document-query').fill(unique.toLowerCase());
  const hit = dialog.getByTestId('regulation-document-hit');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(label);
  await expect(hit).toContainText('perbup-jembrana-48-2023.pdf, halaman 2');
  await expect(hit.locator('mark')).toHaveText(unique);
  await shot(page, 'regdoc-3-isi-dokumen');

  // The hit opens the regulation with its PDF at that page.
  await hit.getByRole('button', { name: label }).click();
  await expect(page.getByTestId('regulation-title')).toHaveText(label);
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByTestId('viewer-page')).toHaveText('Halaman 2 dari 2');
  await shot(page, 'regdoc-4-penampil-halaman');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
});

test('a scan without a text layer asks for the abstract, typed from there', async ({ app: page }) => {
  await openRegister(page);
  // Found by its number, opened from the search box with the keyboard.
  await page.getByTestId('regulations-search').fill('73');
  await expect(page.getByTestId('regulations-row-count')).toHaveText('1 regulasi');
  await page.getByTestId('regulations-search').press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('regulation-title')).toHaveText('Perbup Tabanan No. 73 Tahun 2021');
  const panel = page.getByRole('region', { name: 'Naskah peraturan' });
  await panel.locator('input[type="file"]').setInputFiles({ name: 'pindaian-perbup-73.pdf', mimeType: 'application/pdf', buffer: await scannedPdf(1) });
  await expect(panel.getByTestId('document-no-text')).toBeVisible();
  await panel.getByTestId('regulation-type-abstract').click();
  const form = page.getByRole('dialog', { name: /Ubah regulasi/ });
  await form.getByLabel('Abstrak').fill('Iuran JKK dan JKM pekerja rentan Tabanan dibayar APBD (diketik dari pindaian).');
  await shot(page, 'regdoc-5-ketik-abstrak');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Abstrak: Iuran JKK dan JKM')).toContainText('diketik dari pindaian');
});

test('a programme names the Perbup as its legal basis: each page shows the other', async ({ app: page, served }) => {
  const regulations = await api<{ rows: { uid: string; nomor: string }[] }>(served, 'registers.list', { register: 'regulation', startRow: 0, endRow: 10 });
  const perbup = regulations.rows.find((r) => r.nomor === '48')!;
  await api(served, 'regulations.commitments.save', { regulationUid: perbup.uid, kind: 'target', year, targetCount: 500 });
  await api(served, 'programmes.save', { name: programmeName, year, funding: 'apbd_kabkota', package: ['JKK', 'JKM'], budget: 25_000_000, targets: [{ category: 'nelayan', target: 50 }] });

  await page.getByRole('link', { name: 'Program pekerja rentan', exact: true }).click();
  await page.getByRole('link', { name: programmeName }).click();
  await expect(page.getByTestId('programme-title')).toHaveText(programmeName);
  await page.getByRole('button', { name: 'Ubah program' }).click();
  const form = page.getByRole('dialog', { name: 'Ubah program pekerja rentan' });
  await pickByKeyboard(form.getByTestId('programme-legal-regulation'), '48', label);
  await form.getByLabel('Keterangan dasar hukum').fill('Pasal 5');
  await shot(page, 'regdoc-6-pilih-dasar-hukum');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();

  const link = page.getByTestId('programme-legal-regulation-link');
  await expect(link).toContainText(label);
  await expect(link).toContainText('Berlaku');
  await expect(page.getByTestId('programme-summary')).toContainText('Pasal 5');
  await shot(page, 'regdoc-7-program-dasar-hukum');

  await link.getByRole('link', { name: label }).click();
  await expect(page.getByTestId('regulation-title')).toHaveText(label);
  const funded = page.getByTestId('regulation-programmes');
  await expect(funded.getByTestId('funded-programme')).toHaveCount(1);
  await expect(funded.getByTestId('funded-programme')).toContainText(programmeName);
  await expect(funded.getByTestId('funded-programme')).toContainText('50');
  const progress = funded.getByTestId('commitment-progress');
  await expect(progress).toContainText(`Target cakupan ${year}`);
  await expect(progress).toContainText('500 orang');
  await expect(progress).toContainText('0 orang terdaftar');
  await funded.scrollIntoViewIfNeeded();
  await shot(page, 'regdoc-8-program-yang-didanai');
});
