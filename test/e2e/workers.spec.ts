import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, loadDemo, openWorkerFromGrid, pickByKeyboard, shot, test, watchToasts } from './fixtures.ts';

// Register pekerja against a real `lindung serve` (Kabupaten Badung): demo people through the
// import pipeline, the grid (NIK hidden by default, quick search by name and NIK prefix), a
// person added with a participation period, and a small messy list imported. The tests share
// one database and run in order.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-workers-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowCount = (page: Page) => page.getByTestId('workers-row-count');

async function openRegister(page: Page) {
  await page.getByRole('link', { name: 'Pekerja', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register pekerja', level: 1 })).toBeVisible();
}

test('demo people fill an empty register; the grid searches by name and by NIK prefix', async ({ app: page, served }) => {
  await loadDemo(served, 40); // employers, so that PU periods have one
  await openRegister(page);
  const empty = page.getByTestId('workers-empty');
  await expect(empty.getByRole('heading', { name: 'Register pekerja masih kosong' })).toBeVisible();
  await shot(page, '80-pekerja-kosong');
  await empty.getByRole('button', { name: 'Muat data contoh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muat data contoh pekerja' });
  await expect(dialog).toContainText('Kabupaten Badung');
  await dialog.getByLabel('Jumlah orang').fill('400');
  await dialog.getByRole('button', { name: 'Muat' }).click();
  await expect(page.getByText('400 orang ditambahkan.', { exact: false })).toBeVisible({ timeout: 120_000 });
  await expect(rowCount(page)).toHaveText(/\d+ pekerja/);
  const all0 = (await rowCount(page).textContent()) ?? '';
  const grid = page.getByTestId('workers-grid');
  await expect(grid.getByRole('columnheader', { name: 'Kepesertaan hari ini' })).toBeVisible();
  // Personal data: the NIK column is hidden until a clerk asks for it.
  await expect(grid.getByRole('columnheader', { name: 'NIK', exact: true })).toHaveCount(0);
  await expect(grid.getByText('Aktif', { exact: true }).first()).toBeVisible();
  await shot(page, '81-pekerja-grid');
  // Exported as shown (no NIK, no start date), the file would not import back: the dialog says so (walk 38).
  await page.getByRole('button', { name: /^Ekspor/ }).click();
  await expect(page.getByTestId('export-not-reimportable')).toHaveText('Tanpa kolom NIK, Mulai, berkas ini tidak bisa diimpor kembali ke register. Bila akan diimpor lagi, tampilkan kolomnya lewat tombol Kolom, lalu ekspor lagi.');
  await page.keyboard.press('Escape');

  // Two dozen categories: the largest as badges, the rest in one menu, so the grid keeps its rows.
  const counts = page.getByTestId('workers-counts');
  const badges = counts.getByTestId('count-button');
  expect(await badges.count()).toBeLessThanOrEqual(9);
  await counts.getByTestId('count-more').click();
  const item = page.getByRole('menuitem').first();
  const picked = ((await item.innerText()).split('\n')[0] ?? '').trim();
  await item.click();
  // The category picked is a badge now, pressed, and the grid shows its people.
  await expect(counts.getByRole('button', { name: new RegExp(`^${picked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toHaveAttribute('aria-pressed', 'true');
  await expect(rowCount(page)).not.toHaveText(all0);
  await counts.getByRole('button', { name: /^Semua/ }).click();
  await expect(rowCount(page)).toHaveText(all0);

  // Quick search: a word of a name, then the start of a NIK (Kuta Utara's code).
  const search = page.getByTestId('workers-search');
  const all = (await rowCount(page).textContent()) ?? '';
  await search.fill('sudarsana');
  await expect(rowCount(page)).not.toHaveText(all);
  await expect(grid.locator('[col-id="name"]').filter({ hasText: /Sudarsana/ }).first()).toBeVisible();
  const sudarsana = (await rowCount(page).textContent()) ?? '';
  await search.fill('510306');
  await expect(rowCount(page)).not.toHaveText(all);
  await expect(rowCount(page)).not.toHaveText('0 pekerja');
  await shot(page, '82-pekerja-cari-nik');

  // Moving away in bulk asks the day it happened (coverage counts them until then), never today for the clerk.
  // The search applies after a pause: the bulk action waits for the grid to show its people.
  await search.fill('sudarsana');
  await expect(rowCount(page)).toHaveText(sudarsana);
  await page.getByRole('button', { name: 'Tindakan' }).click();
  await page.getByRole('menuitem', { name: /^Tandai pindah semua yang tersaring/ }).click();
  const bulk = page.getByRole('dialog', { name: 'Tandai pindah semua orang yang tersaring?' });
  await expect(bulk).toContainText('Pencarian: "sudarsana"');
  await bulk.getByLabel('Alasan').fill('Pindah ke Kabupaten Tabanan (surat desa)');
  await expect(bulk.getByTestId('bulk-date')).toHaveValue('');
  await bulk.getByRole('button', { name: /^Tandai pindah/ }).click();
  await expect(bulk.getByText('Isi tanggal kejadiannya.')).toBeVisible();
  await bulk.getByTestId('bulk-date').fill('01/01/2099');
  await bulk.getByRole('button', { name: /^Tandai pindah/ }).click();
  await expect(bulk.getByText(/^Tanggal 01\/01\/2099 sesudah hari ini/)).toBeVisible();
  await bulk.getByTestId('bulk-date').fill('31/08/2026');
  await bulk.getByRole('button', { name: /^Tandai pindah/ }).click();
  await expect(bulk).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('bulk-done')).toContainText('Alasan: Pindah ke Kabupaten Tabanan (surat desa)');
  await search.fill('');
});

test('a person is added with a BPU period, and their page shows the period and its status', async ({ app: page }) => {
  await openRegister(page);
  await page.getByRole('button', { name: 'Tambah pekerja' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah pekerja' });
  await expect(form).toBeVisible();
  // A NIK of 13 digits is said on its field as soon as it is left, in the parser's words; on save
  // it stands with the other fields' errors, with no toast, and what was typed stays.
  const toasts = await watchToasts(page);
  const tooShort = 'NIK tidak dapat dipakai: NIK harus 16 digit; ditemukan 13 digit. Mungkin ada digit yang hilang (misalnya terpotong saat disimpan sebagai angka). Ketik ulang NIK dari KTP/KK.';
  await form.getByLabel('NIK').fill('5103065508990');
  await form.getByLabel('NIK').press('Tab');
  await expect(form.getByText(tooShort)).toBeVisible();
  await expect(form.getByLabel('NIK')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Alamat').fill('Jl. Raya Dalung No. 7');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Wajib diisi.')).toHaveCount(1);
  await expect(form.getByLabel('Nama')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(tooShort)).toBeVisible();
  await expect(form.getByLabel('NIK')).toBeFocused();
  await expect(form.getByLabel('NIK')).toHaveValue('5103065508990');
  await expect(form.getByLabel('Alamat')).toHaveValue('Jl. Raya Dalung No. 7');
  await shot(page, '82b-pekerja-nik-13-digit');
  // A NIK with an impossible date is refused with the parser's words; what was typed stays.
  await form.getByLabel('NIK').fill('5103069907900002');
  await form.getByLabel('Nama').fill('Ni Kadek Uji Lindung');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText(/^NIK tidak dapat dipakai/).first()).toBeVisible();
  await expect(form.getByLabel('NIK')).toBeFocused(); // the keyboard is at the field the save named
  await expect(form.getByLabel('Nama')).toHaveValue('Ni Kadek Uji Lindung');
  expect(await toasts()).toEqual([]);

  await form.getByLabel('NIK').fill('5103065508990007');
  // Sex and birth date are read from the NIK as it is typed (a woman: day + 40).
  await expect(form.getByText('Dari NIK: Perempuan, lahir 15 Agu 1999')).toBeVisible();
  await pickByKeyboard(form.getByRole('combobox', { name: 'Kecamatan' }), 'kuta ut', 'Kuta Utara');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Desa / kelurahan' }), 'dalu', 'Dalung');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Kategori rentan' }), 'petan', 'Petani');
  await form.getByTestId('add-period').click();
  const period = form.getByTestId('period-0');
  // A period just added says nothing before anything is typed (it said "Wajib diisi." at once; walks 30, 33).
  await expect(period.getByLabel('Mulai')).toBeFocused();
  await page.waitForTimeout(500); // the list's own check, when it ran, came within a frame or two
  await expect(period.getByText('Wajib diisi.')).toHaveCount(0);
  await period.getByLabel('Mulai').fill('01/01/2025');
  await period.getByLabel('Mulai').press('Tab');
  await pickByKeyboard(period.getByRole('combobox', { name: 'Sumber dana' }), 'apbd kab', 'APBD kabupaten/kota');
  // An end before the start is said at once, under the end date, and blocks the save.
  await period.getByLabel('Selesai').fill('31/12/2024');
  await period.getByLabel('Selesai').press('Tab');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(period.getByText('Tanggal selesai sebelum tanggal mulai. Periksa kedua tanggalnya.')).toBeVisible();
  await period.getByLabel('Selesai').fill('');
  await period.getByLabel('Selesai').press('Tab');
  await expect(period.getByText('Tanggal selesai sebelum tanggal mulai. Periksa kedua tanggalnya.')).toBeHidden();
  // A negative income stays as typed and is said at its field; it was made Rp 0 and saved (walk 33).
  await period.getByLabel('Penghasilan (BPU)').fill('-5000');
  await period.getByLabel('Penghasilan (BPU)').press('Tab');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(period.getByLabel('Penghasilan (BPU)')).toHaveValue('-Rp 5.000');
  await expect(period.getByText('Isi jumlah rupiah bulat 0 atau lebih, tanpa sen, mis. 1.500.000.')).toBeVisible();
  // An income in thousands ("3.500" for 3.500.000) is said beside the field, and saved as typed if so kept.
  await period.getByLabel('Penghasilan (BPU)').fill('3500');
  await expect(period.getByText(/^Rp\s3\.500 sebulan terlalu kecil untuk upah atau penghasilan; mungkin maksudnya Rp\s3\.500\.000\? Periksa angkanya\.$/)).toBeVisible();
  await period.getByLabel('Penghasilan (BPU)').fill('');
  await expect(period.getByText(/terlalu kecil untuk upah/)).toBeHidden();
  await shot(page, '83-pekerja-formulir');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Buka data Ni Kadek Uji Lindung' }).click();
  await expect(page.getByTestId('worker-title')).toHaveText('Ni Kadek Uji Lindung');
  await expect(page.getByTestId('worker-periods')).toContainText('BPU');
  await expect(page.getByTestId('worker-periods')).toContainText('1 Jan 2025');
  await expect(page.getByTestId('participation-badge').first()).toHaveText('Aktif');
  // The header's badge is participation, not the record's status: its title says so.
  await expect(page.getByTestId('participation-badge').first()).toHaveAttribute('title', /^Kepesertaan hari ini \(/);
  await shot(page, '84-pekerja-halaman');

  // A date of death is typed, never filled in: the dialog says so beside the empty field, and
  // the service refuses a day after today, beside the same field.
  await page.getByRole('button', { name: 'Status data', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Tandai meninggal…' }).click();
  const status = page.getByRole('dialog', { name: 'Ubah status data' });
  await expect(status.getByTestId('status-date')).toHaveValue('');
  await status.getByLabel('Alasan').fill('Akta kematian dari desa');
  await status.getByRole('button', { name: 'Simpan status' }).click();
  await expect(status.getByText('Isi tanggal meninggal.')).toBeVisible();
  await status.getByTestId('status-date').fill('01/01/2099');
  await status.getByRole('button', { name: 'Simpan status' }).click();
  await expect(status.getByText(/^Tanggal status \(01\/01\/2099\) sesudah hari ini \(\d\d\/\d\d\/\d{4}\)\. Isi tanggal kejadiannya\.$/)).toBeVisible();
  await expect(status.getByLabel('Alasan')).toHaveValue('Akta kematian dari desa');
  await shot(page, '84b-pekerja-tanggal-meninggal');
  await status.getByTestId('status-date').fill('03/11/2026');
  await status.getByRole('button', { name: 'Simpan status' }).click();
  await expect(status).toBeHidden();
  await expect(page.getByText('Meninggal · 3 Nov 2026 · Akta kematian dari desa')).toBeVisible();
});

test("a PU period's employer past the first search results keeps its name in the edit form", async ({ app: page, served }) => {
  // The last of the demo employers by name: the form's employer search lists the first 20.
  const { rows } = await api<{ rows: { uid: string; name: string }[] }>(served, 'registers.list', {
    register: 'employer',
    startRow: 0,
    endRow: 100,
    sortModel: [{ colId: 'name', sort: 'desc' }],
    filterModel: { recordStatus: { filterType: 'set', values: ['aktif'] } },
  });
  const last = rows[0]!;
  await api(served, 'workers.save', {
    nik: '5103061203850077',
    name: 'I Ketut Uji Pemberi Kerja',
    kecamatanCode: '51.03.06',
    periods: [{ segment: 'PU', employerUid: last.uid, startDate: '2025-01-01', programmes: ['JKK', 'JKM'] }],
  });
  await openRegister(page);
  await openWorkerFromGrid(page, 'uji pemberi', 'I Ketut Uji Pemberi Kerja');
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Ubah data pekerja' });
  await expect(form.getByTestId('period-0').getByRole('combobox', { name: 'Pemberi kerja' })).toHaveValue(new RegExp(`^${last.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await shot(page, '84b-pekerja-ubah-pemberi-kerja');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('worker-periods')).toContainText(last.name);
  await openRegister(page);
  await page.getByTestId('workers-search').fill('');
});

test('a small messy list: NIKs as numbers and in scientific notation, an unknown desa, checked and saved', async ({ app: page }) => {
  const file = join(dir, 'daftar desa.csv');
  writeFileSync(
    file,
    [
      'DAFTAR PEKERJA RENTAN DESA DALUNG 2025',
      'NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program',
      '5103064101800011.0;Ni Wayan Contoh;Br. Kaja;Dalung;Petani;BPU;01/02/2025;APBDes;JKK, JKM',
      '5.10306E+15;I Made Hilang;Br. Kelod;Dalung;Petani;BPU;01/02/2025;APBDes;JKK, JKM',
      '5103061506850012;I Ketut Contoh;Br. Anyar;Desa Entah;Nelayan;BPU;01/02/2025;APBDes;JKK, JKM',
      '5103061506850013;I Nyoman Contoh;Br. Anyar;Dalung;Nelayan;BPU;01/02/2025;APBDes;JKK, JKM',
    ].join('\n'),
  );
  await page.getByRole('link', { name: 'Impor pekerja', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Impor pekerja', level: 1 })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeFocused();
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('2');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('2');
  const rows = page.getByTestId('dry-run-rows');
  await expect(rows.locator('[data-row="4"]')).toContainText('NIK tidak dapat dipakai');
  await expect(rows.locator('[data-row="5"]')).toContainText('Desa Entah');
  await shot(page, '85-pekerja-impor-periksa');
  await page.getByRole('button', { name: 'Simpan 2 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('2 baru, 0 diperbarui');
  await shot(page, '86-pekerja-impor-tersimpan');
});

test('a programme list without a Segmen column gets one value for all rows on the mapping screen, and its people are saved as BPU', async ({ app: page, served }) => {
  const file = join(dir, 'program apbd.csv');
  writeFileSync(file, ['NIK;Nama;Desa;Mulai;Program', '5103064101800021;Ni Wayan Program;Dalung;01/03/2025;JKK, JKM', '5103061506850022;I Ketut Program;Dalung;01/03/2025;JKK, JKM'].join('\n'));
  await page.getByRole('link', { name: 'Impor pekerja', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Impor pekerja', level: 1 })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeFocused();
  // Without a column for it, Segmen is asked for, the other way named.
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  const segment = page.locator('[data-field="segment"]');
  await expect(segment).toContainText('beri satu nilai untuk semua baris');
  await page.getByRole('combobox', { name: 'Segmen', exact: true }).click();
  await page.getByRole('option', { name: 'Satu nilai untuk semua baris…' }).click();
  // Chosen but still empty: the check waits, saying so under the value.
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(segment).toContainText('Isi nilai untuk semua baris, atau pilih kolom berkas.');
  // Said there only: the summary below does not ask to match a column the clerk chose not to.
  await expect(page.getByText(/Pasangkan dulu kolom wajib/)).toHaveCount(0);
  const value = page.getByRole('combobox', { name: 'Nilai untuk semua baris: Segmen' });
  await pickByKeyboard(value, 'BPU', 'BPU');
  await expect(page.getByTestId('sample-segment')).toHaveText('Semua baris: BPU');
  // Taking the same value again keeps it; so does a trip to a column and back.
  await value.click();
  await page.getByRole('option', { name: 'BPU', exact: true }).click();
  await expect(page.getByTestId('sample-segment')).toHaveText('Semua baris: BPU');
  await page.getByRole('combobox', { name: 'Segmen', exact: true }).click();
  await page.getByRole('option', { name: 'D — Mulai' }).click();
  await page.getByRole('combobox', { name: 'Segmen', exact: true }).click();
  await page.getByRole('option', { name: 'Satu nilai untuk semua baris…' }).click();
  await expect(page.getByTestId('sample-segment')).toHaveText('Semua baris: BPU');
  // A desa is typed, the office's own desa offered as it is.
  await page.getByRole('combobox', { name: 'Desa/kelurahan', exact: true }).click();
  await page.getByRole('option', { name: 'Satu nilai untuk semua baris…' }).click();
  const desa = page.getByRole('combobox', { name: 'Nilai untuk semua baris: Desa/kelurahan' });
  await desa.fill('dalu');
  await page.getByRole('option', { name: 'Dalung', exact: true }).click();
  await expect(desa).toHaveValue('Dalung');
  await expect(page.getByTestId('sample-desa')).toHaveText('Semua baris: Dalung');
  await shot(page, '86b-pekerja-impor-satu-nilai');
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('2');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('0');
  await page.getByRole('button', { name: 'Simpan 2 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('2 baru, 0 diperbarui');
  const { rows } = await api<{ rows: { name: string; segment: string | null }[] }>(served, 'registers.list', {
    register: 'worker',
    startRow: 0,
    endRow: 10,
    sortModel: [{ colId: 'name', sort: 'asc' }],
    filterModel: { segment: { filterType: 'set', values: ['BPU'] } },
    quickSearch: 'program',
  });
  expect(rows.map((r) => [r.name, r.segment])).toEqual([['I Ketut Program', 'BPU'], ['Ni Wayan Program', 'BPU']]);
});
