/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshotDir, shot, test } from './fixtures.ts';

// Kalkulator iuran, Aturan iuran and Daftar pilihan against a real `lindung serve`.
// The tests share one database and run in order: the rule replaced in the third test is
// what the calculator uses afterwards.
test.describe.configure({ mode: 'serial' });
// The screen of an office laptop: the tables must fit it, badges included.
test.use({ viewport: { width: 1366, height: 768 } });

/** Rupiah as formatRupiah writes it (id-ID: "Rp 20.160.000" with a no-break space). */
const rp = (digits: string) => new RegExp(`^Rp\\s?${digits.replace(/\./g, '\\.')}$`);

/** A full-page shot from the top (fixed header and navigation drift on a scrolled page). */
async function shotTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** A dialog on its own: a full-page shot places fixed overlays oddly on a scrolled page. */
const shotDialog = (dialog: Locator, name: string) => dialog.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });

/** Every badge in `scope` lies inside its table cell, its label not cut off. */
async function expectBadgesFit(scope: Locator) {
  const cut = await scope.locator('.mantine-Badge-root').evaluateAll((badges) =>
    badges
      .filter((badge) => {
        const cell = badge.closest('td');
        const label = badge.querySelector('.mantine-Badge-label') ?? badge;
        const b = badge.getBoundingClientRect();
        const c = cell?.getBoundingClientRect();
        return (c && (b.left < c.left - 0.5 || b.right > c.right + 0.5)) || label.scrollWidth > label.clientWidth + 1;
      })
      .map((badge) => badge.textContent),
  );
  expect(cut, 'badges cut off').toEqual([]);
}

async function openCalculator(page: Page) {
  await page.getByRole('link', { name: 'Kalkulator iuran' }).click();
  await expect(page.getByRole('heading', { name: 'Kalkulator iuran' })).toBeVisible();
}

async function apbd(page: Page, values: { workers?: string; months?: string; date?: string; income?: string }) {
  const form = page.getByRole('form', { name: 'Anggaran APBD' });
  if (values.workers !== undefined) await form.getByLabel('Jumlah pekerja').fill(values.workers);
  if (values.months !== undefined) await form.getByLabel('Jumlah bulan').fill(values.months);
  if (values.income !== undefined) await form.getByLabel('Penghasilan dasar').fill(values.income);
  if (values.date !== undefined) await form.getByLabel('Tanggal aturan').fill(values.date);
  await form.getByLabel('Jumlah bulan').press('Enter');
}

test('APBD budget, PU worker and Jakon contract, with the rules behind each figure', async ({ app: page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openCalculator(page);
  const apbdPanel = page.getByRole('tabpanel', { name: 'Anggaran APBD' });

  // APBD first: 100 vulnerable workers x 12 months under JKK + JKM.
  await apbd(page, { workers: '100', months: '12', date: '01/03/2026' });
  await expect(page.getByTestId('apbd-per-worker-month')).toHaveText(rp('16.800'));
  await expect(page.getByTestId('apbd-per-month')).toHaveText(rp('1.680.000'));
  await expect(page.getByTestId('apbd-per-worker-total')).toHaveText(rp('201.600'));
  await expect(page.getByTestId('apbd-total')).toHaveText(rp('20.160.000'));
  await expect(page.getByTestId('calc-stale')).toHaveCount(0);
  const breakdown = page.getByTestId('apbd-breakdown');
  await expect(breakdown.getByRole('row', { name: /JKK/ })).toContainText('Rp 10.000'.replace(' ', '\u00a0'));
  await expect(breakdown.getByRole('row', { name: /JKM/ })).toContainText('6.800');
  // The rules behind the figure, named in words: no row ids, no [c] markers.
  const applied = apbdPanel.getByTestId('applied-rules');
  await expect(applied.locator('tr[data-uid="bpu-jkk-2015"]')).toContainText('Tarif BPU · JKK');
  await expect(applied.locator('tr[data-uid="bpu-jkm-2015"]')).toContainText('Iuran tetap BPU · JKM');
  await expect(applied.locator('tr[data-uid="bpu-income-range-2015"]')).toContainText('Rentang penghasilan BPU');
  await expect(applied).toContainText('PP 44/2015 (BPU): JKM Rp6.800 per bulan');
  await expect(applied).not.toContainText('bpu-');
  await expect(applied).not.toContainText('[c]');
  await expectBadgesFit(applied);
  // The income range is unconfirmed: the figure says so.
  await expect(apbdPanel.getByTestId('calc-warnings')).toContainText('Rentang penghasilan BPU (sejak 1 Jul 2015) (belum dikonfirmasi)');
  await expect(apbdPanel.getByTestId('calc-warnings')).not.toContainText('bpu-income-range-2015');
  await shotTop(page, '40-kalkulator-apbd');

  // A plain-text summary for the budget meeting.
  await apbdPanel.getByRole('button', { name: 'Salin ringkasan' }).click();
  await expect(apbdPanel.getByRole('button', { name: 'Ringkasan tersalin ✓' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Rp 20.160.000');
  expect(copied).toContain('- Iuran tetap BPU · JKM (sejak 1 Jul 2015): PP 44/2015 (BPU): JKM Rp6.800 per bulan (terkonfirmasi)');
  expect(copied).not.toContain('bpu-jkm-2015');

  // A wage earner: Rp3.000.000, risk class 1.
  await page.getByRole('tab', { name: 'Penerima Upah (PU)' }).click();
  const puForm = page.getByRole('form', { name: 'Penerima Upah (PU)' });
  await puForm.getByLabel('Upah sebulan').fill('3000000');
  await expect(puForm.getByLabel('Upah sebulan')).toHaveValue('Rp 3.000.000');
  await puForm.getByLabel('Tanggal aturan').fill('01/03/2026');
  await puForm.getByLabel('Upah sebulan').press('Enter');
  await expect(page.getByTestId('pu-employer-monthly')).toHaveText(rp('187.200'));
  await expect(page.getByTestId('pu-worker-monthly')).toHaveText(rp('90.000'));
  await expect(page.getByTestId('pu-government-monthly')).toHaveText(rp('6.600'));
  await expect(page.getByTestId('pu-total-employer')).toHaveText(rp('187.200'));
  await expect(page.getByTestId('pu-breakdown').locator('tr[data-programme="JHT"]')).toContainText('5,7%');
  await expect(page.getByRole('tabpanel', { name: 'Penerima Upah (PU)' }).getByTestId('applied-rules').locator('tr[data-uid="pu-jkk-class1-2015"]')).toContainText(
    'Tarif PU · JKK · kelas risiko 1 · Pemberi kerja',
  );
  await shotTop(page, '41-kalkulator-pu');

  // A construction project of Rp1 miliar: marginal tiers.
  await page.getByRole('tab', { name: 'Jasa konstruksi (Jakon)' }).click();
  const jakonForm = page.getByRole('form', { name: 'Jasa konstruksi (Jakon)' });
  await jakonForm.getByLabel('Nilai kontrak').fill('1000000000');
  await jakonForm.getByLabel('Tanggal aturan').fill('01/03/2026');
  await jakonForm.getByRole('button', { name: 'Hitung' }).click();
  await expect(page.getByTestId('jakon-total')).toHaveText(rp('1.540.000'));
  await expect(page.getByTestId('jakon-breakdown').getByRole('row')).toHaveCount(7);
  await shotTop(page, '42-kalkulator-jakon');

  // BPU: the default income is the lowest of the rule table.
  await page.getByRole('tab', { name: 'Bukan Penerima Upah (BPU)' }).click();
  await expect(page.getByTestId('bpu-total-monthly')).toHaveText(rp('16.800'));
  await shotTop(page, '43-kalkulator-bpu');
});

test('bad input is explained in Indonesian and nothing is calculated', async ({ app: page }) => {
  await openCalculator(page);
  const form = page.getByRole('form', { name: 'Anggaran APBD' });
  await apbd(page, { workers: '-5', months: '' });
  await expect(form.getByText('Tidak boleh negatif.')).toBeVisible();
  await expect(form.getByText('Wajib diisi.')).toBeVisible();
  await expect(form.getByLabel('Jumlah pekerja')).toHaveAttribute('aria-invalid', 'true');
  await apbd(page, { workers: '10', months: '121' });
  await expect(form.getByText('Paling banyak 120 bulan (10 tahun).')).toBeVisible();
  await shotTop(page, '44-kalkulator-salah-isi');

  await page.getByRole('tab', { name: 'Penerima Upah (PU)' }).click();
  const puForm = page.getByRole('form', { name: 'Penerima Upah (PU)' });
  await puForm.getByRole('button', { name: 'Hitung' }).click();
  await expect(puForm.getByText('Wajib diisi.')).toBeVisible();
  await expect(page.getByTestId('pu-employer-monthly')).toHaveCount(0);
});

test('replace the BPU JKM amount from 2027: the calculator follows, 2026 stays', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Aturan iuran' }).click();
  await expect(page.getByRole('heading', { name: 'Aturan iuran' })).toBeVisible();
  const oldRow = page.locator('tr[data-uid="bpu-jkm-2015"]');
  await expect(oldRow).toContainText('6.800');
  await expect(oldRow).toContainText('tanpa tanggal akhir'); // not 'masih berlaku' beside 'digantikan' (walk 31)
  // Each row says what the calculator does with it today.
  await expect(page.locator('tr[data-uid="pu-jkp-government-2021"]')).toContainText('sudah berakhir');
  await expect(page.locator('tr[data-uid="cap-jp-2024"]')).toContainText('digantikan');
  // Rows are named in words; their ids and the [c] markers stay out of sight.
  const table = page.getByTestId('rules-table');
  await expect(table).not.toContainText('bpu-jkm-2015');
  await expect(table).not.toContainText('[c]');
  await expectBadgesFit(table);
  await shotTop(page, '45-aturan-iuran');

  // A new rule with nothing filled in: every missing field says so, in Indonesian.
  await page.getByRole('button', { name: 'Tambah aturan' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Tambah aturan iuran' });
  await addDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(addDialog.getByText('Wajib diisi.')).toHaveCount(4); // programme, payer, rate, source
  await addDialog.getByLabel('Tarif (%)').fill('150');
  await addDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(addDialog.getByText('Tarif harus antara 0 dan 100 %.')).toBeVisible();
  await shotDialog(addDialog, '4e-aturan-tambah-salah-isi');
  // Batal with something typed asks first.
  await addDialog.getByRole('button', { name: 'Batal' }).click();
  await page.getByTestId('discard-dialog').getByRole('button', { name: 'Buang perubahan' }).click();
  await expect(addDialog).toBeHidden();

  // Rows are deactivated, never deleted, and can come back.
  await page.getByRole('button', { name: 'Tindakan untuk Paket PMI (sejak 1 Jan 2018)' }).click();
  await page.getByRole('menuitem', { name: 'Nonaktifkan' }).click();
  await expect(page.locator('tr[data-uid="pmi-package-2018"]')).toContainText('nonaktif');
  await page.getByRole('button', { name: 'Tindakan untuk Paket PMI (sejak 1 Jan 2018)' }).click();
  await page.getByRole('menuitem', { name: 'Aktifkan lagi' }).click();
  await expect(page.locator('tr[data-uid="pmi-package-2018"]')).not.toContainText('nonaktif');

  await page.getByRole('button', { name: 'Tindakan untuk Iuran tetap BPU · JKM (sejak 1 Jul 2015)' }).click();
  await page.getByRole('menuitem', { name: 'Ganti mulai tanggal…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ganti mulai tanggal' });
  await expect(dialog.getByTestId('replace-explanation')).toContainText('Mengganti Iuran tetap BPU · JKM (sejak 1 Jul 2015)');
  await expect(dialog.getByLabel('Program')).toBeDisabled();

  // A start before the old row's start is refused, in Indonesian.
  await dialog.getByLabel('Jumlah (Rp)').fill('7000');
  await dialog.getByLabel('Nilai baru berlaku mulai').fill('01/01/2015');
  await dialog.getByRole('button', { name: 'Simpan penggantian' }).click();
  await expect(dialog.getByText('Tanggal mulai harus sesudah tanggal mulai baris lama.')).toBeVisible();
  await expect(dialog.getByText('Wajib diisi.')).toBeVisible(); // the source note

  await dialog.getByLabel('Nilai baru berlaku mulai').fill('01/01/2027');
  await dialog.getByLabel('Sumber dan catatan').fill('Uji: JKM BPU Rp7.000 mulai 2027 (contoh) [u]');
  await expect(dialog.getByTestId('replace-explanation')).toContainText('31 Des 2026');
  await shotDialog(dialog, '46-aturan-ganti');
  await dialog.getByRole('button', { name: 'Simpan penggantian' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Nilai baru berlaku mulai 1 Jan 2027; baris lama "Iuran tetap BPU · JKM" diakhiri 31 Des 2026.')).toBeVisible();

  // Both rows are there: the old one ended, the new one from 2027.
  await expect(oldRow).toContainText('31 Des 2026');
  const newRow = page.locator('tr[data-uid^="rule-"]', { hasText: 'Rp\u00a07.000' });
  await expect(newRow).toHaveCount(1);
  await expect(newRow).toContainText('1 Jan 2027');
  await expect(newRow).toContainText('Belum dikonfirmasi');
  if (new Date() < new Date('2027-01-01T00:00:00+08:00')) await expect(newRow).toContainText('belum berlaku');
  await page.getByRole('combobox', { name: 'Jenis aturan' }).click();
  await page.getByRole('option', { name: 'Iuran tetap BPU' }).click();
  await expect(page.getByTestId('rules-count')).toHaveText('2 baris');
  await shotTop(page, '47-aturan-sesudah-ganti');

  // The calculator: Rp17.000 per worker-month in 2027, still Rp16.800 in 2026.
  await openCalculator(page);
  await apbd(page, { workers: '100', months: '12', date: '01/03/2027' });
  await expect(page.getByTestId('apbd-per-worker-month')).toHaveText(rp('17.000'));
  await expect(page.getByTestId('apbd-total')).toHaveText(rp('20.400.000'));
  const applied = page.getByRole('tabpanel', { name: 'Anggaran APBD' }).getByTestId('applied-rules');
  await expect(applied).toContainText('Uji: JKM BPU Rp7.000');
  await expect(applied.locator('tr[data-uid="bpu-jkm-2015"]')).toHaveCount(0);
  await shotTop(page, '48-kalkulator-2027');
  await apbd(page, { date: '31/12/2026' });
  await expect(page.getByTestId('apbd-per-worker-month')).toHaveText(rp('16.800'));
  await expect(page.getByTestId('apbd-total')).toHaveText(rp('20.160.000'));
  await expect(applied.locator('tr[data-uid="bpu-jkm-2015"]')).toHaveCount(1);
});

test('lists: add a vulnerable category, refuse a duplicate code, deactivate it', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Daftar pilihan' }).click();
  await expect(page.getByRole('heading', { name: 'Daftar pilihan' })).toBeVisible();
  const panel = page.getByRole('tabpanel', { name: 'Kategori pekerja rentan' });
  await expect(panel.locator('tr[data-code="pecalang"]')).toContainText('Pecalang');
  await shotTop(page, '49-daftar-pilihan');

  // Add.
  await panel.getByRole('button', { name: 'Tambah butir' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kode').fill('tukang suun');
  await dialog.getByLabel('Label (Bahasa Indonesia)').fill('Tukang suun');
  // No English label: optional, the Indonesian one shows in English too.
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Kode hanya huruf, angka dan garis bawah (_)', { exact: false })).toBeVisible();
  await dialog.getByLabel('Kode').fill('tukang_suun');
  await dialog.getByLabel('Keterangan').fill('Perempuan pengangkut barang di pasar tradisional Bali');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const row = panel.locator('tr[data-code="tukang_suun"]');
  await expect(row).toContainText('Tukang suun');
  await expect(row).toContainText('sama dengan label Indonesia');
  await expect(row).toContainText('Aktif');

  // A code already taken: the server's message on the code field.
  await panel.getByRole('button', { name: 'Tambah butir' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kode').fill('petani');
  await dialog.getByLabel('Label (Bahasa Indonesia)').fill('Petani sawah');
  await dialog.getByLabel('Label (bahasa Inggris)').fill('Rice farmers');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Kode "petani" sudah dipakai oleh "Petani".')).toBeVisible();
  await expect(dialog.getByLabel('Kode')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Kode')).toBeFocused();
  await shotDialog(dialog, '4a-daftar-kode-ganda');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await page.getByTestId('discard-dialog').getByRole('button', { name: 'Buang perubahan' }).click();
  // Both dialogs close together; while they fade out, 'dialog' matches two elements.
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Deactivate, not delete.
  await panel.getByRole('button', { name: 'Nonaktifkan tukang_suun' }).click();
  await expect(row).toContainText('Nonaktif');
  await expect(panel.getByRole('button', { name: 'Aktifkan lagi tukang_suun' })).toBeVisible();
  await expect(page.getByTestId('list-count-vulnerable_category')).toContainText('1 nonaktif');
  await shotTop(page, '4b-daftar-nonaktif');

  // The other lists are there too.
  await page.getByRole('tab', { name: 'Sumber dana' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Sumber dana' }).locator('tr[data-code="apbd_kabkota"]')).toBeVisible();
});

test('switch to English once', async ({ app: page }) => {
  await openCalculator(page);
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Contribution calculator' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'APBD budget' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Contribution rules' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lists' })).toBeVisible();
  await expect(page.getByText('Per worker per month').first()).toBeVisible();
  await expect(page.getByTestId('apbd-total')).toHaveText(/^Rp\s?\d{1,3}(,\d{3})*$/); // money in the English style: Rp 1,234,000
  await shotTop(page, '4c-calculator-en');
  await page.getByRole('link', { name: 'Contribution rules' }).click();
  await expect(page.getByRole('heading', { name: 'Contribution rules' })).toBeVisible();
  await shotTop(page, '4d-rules-en');
  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Aturan iuran' })).toBeVisible();
});
