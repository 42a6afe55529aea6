import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, openWorkerFromGrid, shot, test } from './fixtures.ts';

// A known NIK under another name in an imported list: the dry run counts it "to review" apart
// from new, changed and invalid rows; the commit leaves the person as they are and the row
// waits on the identity review page, the register's data and the file's side by side; one
// decision takes the file's data, another keeps the register's. A real `lindung serve`
// (Kabupaten Badung), one database, tests in order.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-worker-review-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importFile(page: Page, file: string) {
  await page.getByRole('link', { name: 'Impor pekerja', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Impor pekerja', level: 1 })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeFocused();
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
}

test('a first list, with a template for each layout on the import page', async ({ app: page, served }) => {
  await api(served, 'employers.save', {
    name: 'PT Bali Segara Sejahtera', legalForm: 'PT', nib: '9120001234567', npp: 'NN012345', kbliCodes: ['55110'], businessScale: 'kecil',
    address: 'Jl. Raya Kerobokan No. 10', kecamatanCode: '51.03.06', desaCode: null, workersMale: 12, workersFemale: 9, bpjsStatus: 'terdaftar', bpjsProgrammes: ['JKK', 'JKM'], confirmRegistrationGaps: true,
  });
  await page.getByRole('link', { name: 'Impor pekerja', exact: true }).click();
  await expect(page.getByTestId('template-program')).toHaveText('Unduh templat daftar program / desa');
  await expect(page.getByTestId('template-bpjs')).toHaveText('Unduh templat daftar peserta BPJS');
  await shot(page, '90-tinjauan-templat');

  const file = join(dir, 'daftar awal.csv');
  writeFileSync(file, [
    'NIK;Nama;Alamat;Desa;Segmen;Mulai;Sumber dana;Program;Tanggal lahir',
    '5103064507900002;Ni Luh Putu Sukerti;Br. Kaja;Dalung;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM;05/07/1990',
    '5103061203850001;I Made Sudarsana;Br. Kelod;Canggu;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM;',
  ].join('\n'));
  await importFile(page, file);
  await expect(page.getByTestId('summary-new-value')).toHaveText('2');
  await expect(page.getByTestId('summary-review')).toHaveCount(0);
  await page.getByRole('button', { name: 'Simpan 2 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('2 baru, 0 diperbarui');
});

test('a list naming two known NIKs otherwise goes through the check and the commit to the review list', async ({ app: page }) => {
  const file = join(dir, 'daftar BPJS 2026.csv');
  writeFileSync(file, [
    'DATA PESERTA 2026',
    'KPJ;NIK;Nama TK;Tgl lahir;NPP;Program;Tgl kepesertaan;Status',
    '25012345670;5103061203850001;Made Sudarsane;;NN012345;JKK, JKM, JHT;01/03/2026;Aktif', // another name: review
    '25012345680;5103064507900002;Ni Luh Putu Sukerti;07/05/1990;NN012345;JKK, JKM;01/03/2026;Aktif', // another birth date: review
    '25012345690;5103061509920005;I Komang Arta;15/09/1992;NN012345;JKK, JKM;01/02/2026;Aktif', // new, PU from the NPP
  ].join('\n'));
  await importFile(page, file);
  await expect(page.getByTestId('summary-new-value')).toHaveText('1');
  await expect(page.getByTestId('summary-review-value')).toHaveText('2');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('0');
  await expect(page.getByTestId('review-help')).toContainText('2 baris masuk tinjauan identitas');
  await page.getByTestId('tab-review').click();
  const rows = page.getByTestId('dry-run-rows');
  await expect(rows.locator('[data-row="3"]')).toContainText('sudah terdaftar atas nama "I Made Sudarsana"');
  await expect(rows.locator('[data-row="3"]')).toContainText('Ditinjau');
  await shot(page, '91-tinjauan-uji-coba');
  await page.getByRole('button', { name: 'Simpan 3 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('1 baru, 0 diperbarui');
  await expect(page.getByTestId('commit-review')).toContainText('2 baris masuk daftar tinjauan identitas');
  await shot(page, '92-tinjauan-tersimpan');
  await page.getByRole('link', { name: 'Buka tinjauan identitas' }).click();
  await expect(page.getByRole('heading', { name: 'Tinjauan identitas impor', level: 1 })).toBeVisible();
});

test("the review shows both sides; one row takes the file's data, the other keeps the register's", async ({ app: page }) => {
  await page.getByRole('link', { name: 'Pekerja', exact: true }).click();
  await expect(page.getByTestId('identity-review-link')).toHaveText('Tinjauan identitas (2)');
  await page.getByTestId('identity-review-link').click();
  const items = page.getByTestId('identity-review-item');
  await expect(items).toHaveCount(2);
  const made = items.filter({ hasText: 'NIK 5103061203850001' });
  const name = made.locator('[data-field="name"]');
  await expect(name).toContainText('I Made Sudarsana');
  await expect(name).toContainText('Made Sudarsane');
  await expect(name).toHaveAttribute('data-differs', 'true');
  await expect(made).toContainText('Pemberi kerja: PT Bali Segara Sejahtera (NPP NN012345)');
  await expect(made.getByTestId('identity-review-register-periods')).toHaveText('BPU 1 Jan 2025 – …');
  const luh = items.filter({ hasText: 'NIK 5103064507900002' });
  await expect(luh.locator('[data-field="birthDateTyped"]')).toContainText('5 Jul 1990');
  await expect(luh.locator('[data-field="birthDateTyped"]')).toContainText('7 Mei 1990');
  await shot(page, '93-tinjauan-daftar');

  await made.getByRole('button', { name: 'Pakai data berkas' }).click();
  await expect(page.getByText('Data berkas dipakai untuk Made Sudarsane.')).toBeVisible();
  await luh.getByRole('button', { name: 'Pertahankan data register' }).click();
  await expect(page.getByText('Data register dipertahankan untuk Ni Luh Putu Sukerti.')).toBeVisible();
  await expect(page.getByTestId('identity-review-empty')).toHaveText('Tidak ada baris yang perlu ditinjau.');
  await page.getByText('Sudah diputuskan').click();
  await expect(page.getByTestId('identity-review-resolved')).toHaveCount(2);
  await expect(page.getByTestId('identity-review-list')).toContainText('Data berkas dipakai: Admin Dinas');
  await shot(page, '94-tinjauan-diputuskan');

  // The person took the file's name and its PU period.
  await page.getByTestId('identity-review-item').filter({ hasText: 'NIK 5103061203850001' }).getByRole('link', { name: 'Buka data orang' }).click();
  await expect(page.getByTestId('worker-title')).toHaveText('Made Sudarsane');
  await expect(page.getByTestId('worker-periods')).toContainText('PT Bali Segara Sejahtera');
  await shot(page, '95-tinjauan-orang');
});

test('a known person with a new period and a sex typed: the change is named in words, not by its field key', async ({ app: page }) => {
  const file = join(dir, 'daftar susulan.csv');
  writeFileSync(file, [
    'NIK;Nama;Jenis kelamin;Desa;Segmen;Mulai;Sumber dana;Program',
    '5103061509920005;I Komang Arta;L;Dalung;BPU;01/06/2026;APBD kabupaten/kota;JKK, JKM',
  ].join('\n'));
  await importFile(page, file);
  await expect(page.getByTestId('summary-changed-value')).toHaveText('1');
  await page.getByTestId('tab-changed').click();
  const row = page.getByTestId('dry-run-rows').locator('[data-row="2"]');
  // The fields it fills, before → after, in words; the new period among what the row changes.
  // The sex typed says what the NIK says: no change to report (walk 34).
  await expect(row.getByTestId('row-changes')).toContainText('Desa/kelurahan: — → Dalung');
  await expect(row.getByTestId('row-changes')).not.toContainText('Jenis kelamin');
  await expect(row).not.toContainText('sexTyped');
  await expect(row).toContainText('Akan diubah: Periode kepesertaan');
  // What the row leaves empty (its address, the register's) is kept, and the tab says so.
  await expect(page.getByTestId('blank-keeps')).toHaveText(/Sel yang kosong di berkas tidak menghapus isi register/);
  await shot(page, '96-tinjauan-berubah');
  await page.getByRole('button', { name: 'Simpan 1 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('0 baru, 1 diperbarui');

  // The person's history says what the import did to them, the period it added among it.
  await page.getByRole('link', { name: 'Pekerja', exact: true }).click();
  await openWorkerFromGrid(page, 'komang arta', 'I Komang Arta');
  // The sex the list typed agrees with the NIK's: said once, not again as "typed".
  const identity = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: 'Identitas', level: 2 }) });
  await expect(identity.getByText('Jenis kelamin', { exact: true })).toBeVisible();
  await expect(identity.getByText('Jenis kelamin (diisi)', { exact: true })).toHaveCount(0);
  const history = page.getByTestId('workers-history');
  await expect(history).toContainText('daftar susulan.csv');
  await expect(history).toContainText('BPU 1 Jun 2026 – …'); // days as the screens write them
  await history.scrollIntoViewIfNeeded();
  await shot(page, '97-riwayat-periode-impor');
});
