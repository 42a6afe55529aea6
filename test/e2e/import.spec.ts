import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, shot, test } from './fixtures.ts';

// Impor perusahaan against a real `lindung serve` (Kabupaten Badung): a messy file as BPJS
// branches send it, its errors named by row and column, the error file, the fixed file
// saved, the import undone; a file that is not a spreadsheet; an undo that is refused.
// The tests share one database and run in order.
// Long flows on a shared machine: minutes per test, not the default minute.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const dir = mkdtempSync(join(tmpdir(), 'lindung-import-e2e-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = (string | number | null)[];
const header = ['No', 'Nama Badan Usaha', 'NIB', 'NPWP', 'No. Pendaftaran', 'KBLI', 'Kecamatan', 'Desa/Kelurahan', 'Status BPJS'];
const messyRows: Row[] = [
  [1, 'PT Segara Dewata', 9120000000001, '01.234.567.8-901.000', 'NN100001', '55110', 'Kec. Kuta Utara', 'Dalung', 'Terdaftar'],
  [2, 'CV Tirta Amerta', 9120000000002, '', '', 56101, 'KUTA UTARA', 'Canggu', 'belum'],
  [3, 'UD Sari Merta', 9120000000003, '', '', '47111', 'Mengwi', 'Desa Tidak Ada', 'PWBD'],
  [4, 'PT Segara Dewata Dua', 9120000000001, '', '', '55110', 'Kuta Utara', '', 'terdaftar'],
  [5, 'Koperasi Tibu Sejahtera', 9120000000005, '', '', '47111', 'Kuta Utara', 'Tibubeneng', 'pwbd'],
];

/** A title row, an empty row, then the table: the header is on row 3, data from row 4. */
async function workbook(name: string, rows: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data Perusahaan');
  ws.addRow(['DATA PERUSAHAAN KABUPATEN BADUNG 2025']);
  ws.addRow([]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${new URL(page.url()).origin}/api/${channel}`, { headers: { 'X-Lindung': '1' }, data: input });
  const result = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.data;
}

const registerSize = async (page: Page) => (await api<{ total: number }>(page, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} })).total;

async function openImport(page: Page) {
  await page.getByRole('link', { name: 'Impor perusahaan' }).click();
  await expect(page.getByRole('heading', { name: 'Impor perusahaan', level: 2 })).toBeVisible();
}

async function upload(page: Page, path: string) {
  await page.locator('input[type="file"]').setInputFiles(path);
}

test('a messy BPJS file: header found, errors named, error file, the fixed file saved and undone', async ({ app: page }) => {
  await openImport(page);
  expect(await registerSize(page)).toBe(0);
  await expect(page.getByRole('button', { name: 'Unduh templat' })).toBeVisible();
  await shot(page, '60-impor-berkas');

  // 1) Berkas: the messy file as it came.
  await upload(page, await workbook('data perusahaan badung.xlsx', messyRows));

  // 2) Kolom: row 3 found under the title, Indonesian headers matched.
  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Baris judul kolom' })).toHaveValue('Baris 3 (terdeteksi)');
  await expect(page.getByRole('combobox', { name: 'Nama perusahaan', exact: true })).toHaveValue('B — Nama Badan Usaha');
  await expect(page.getByRole('combobox', { name: 'NIB', exact: true })).toHaveValue('C — NIB');
  await expect(page.getByRole('combobox', { name: 'NPP', exact: true })).toHaveValue('E — No. Pendaftaran');
  await expect(page.getByRole('combobox', { name: 'Desa/kelurahan', exact: true })).toHaveValue('H — Desa/Kelurahan');
  await expect(page.getByRole('combobox', { name: 'Status BPJS', exact: true })).toHaveValue('I — Status BPJS');
  await expect(page.getByTestId('sample-nib')).toContainText('9120000000001');
  await expect(page.getByTestId('import-preview')).toContainText('PT Segara Dewata');
  await expect(page.getByTestId('ignored-columns')).toContainText('A (No)');
  await expect(page.getByTestId('mapping-source')).toContainText('otomatis');
  await expect(page.getByTestId('inspection-note')).toHaveText(
    'Baris judul kolom: baris 3, karena berisi 8 nama kolom yang dikenali ("Nama Badan Usaha", "NIB", "NPWP", "No. Pendaftaran", "KBLI", "Kecamatan", dan 2 lainnya). 1 baris berisi di atasnya dilewati dan tidak diimpor.',
  );
  await shot(page, '61-impor-kolom');

  // 3) Periksa: the dry run names every problem by row and column; nothing is saved.
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('3');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('2');
  const rows = page.getByTestId('dry-run-rows');
  await expect(rows.locator('[data-row="6"]')).toContainText('Baris 6 · kolom H (Desa/Kelurahan) · "Desa Tidak Ada":');
  await expect(rows.locator('[data-row="7"]')).toContainText('NIB 9120000000001 sama dengan baris 4');
  await expect(page.getByTestId('will-skip')).toHaveText('2 baris tidak valid tidak akan disimpan.');
  expect(await registerSize(page)).toBe(0);
  await shot(page, '62-impor-periksa-kesalahan');

  // The same report in English: the app's sentences and the server's.
  await page.getByText('EN', { exact: true }).click();
  await expect(rows.locator('[data-row="6"]')).toContainText('Row 6 · column H (Desa/Kelurahan) · "Desa Tidak Ada":');
  await expect(rows.locator('[data-row="7"]')).toContainText('repeats row 4');
  await expect(page.getByTestId('will-skip')).toHaveText('2 invalid rows will not be saved.');
  await shot(page, '62b-impor-periksa-en');
  await page.getByText('ID', { exact: true }).click();

  // The error file: the invalid rows as they were, with the reason beside each.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh berkas kesalahan' }).click()]);
  expect(download.suggestedFilename()).toMatch(/kesalahan\.xlsx$/);
  const errorPath = join(dir, download.suggestedFilename());
  await download.saveAs(errorPath);
  const errors = new ExcelJS.Workbook();
  await errors.xlsx.readFile(errorPath);
  const fix = errors.getWorksheet('Perbaiki');
  expect(fix?.rowCount).toBe(3);
  expect(fix?.getRow(1).values).toEqual(expect.arrayContaining(['Nama Badan Usaha', 'Kesalahan']));
  expect(JSON.stringify(fix?.getRow(2).values)).toContain('Desa Tidak Ada');

  // The clerk fixes the two rows and chooses the corrected file.
  const fixedRows = messyRows.map((r) => [...r]);
  fixedRows[2]![7] = 'Kapal';
  fixedRows[3]![2] = 9120000000004;
  const fixed = await workbook('data perusahaan badung (perbaikan).xlsx', fixedRows);
  await page.getByRole('button', { name: /Berkas/ }).first().click();
  await expect(page.getByText('Berkas: data perusahaan badung.xlsx')).toBeVisible();
  await upload(page, fixed);
  await expect(page.getByRole('combobox', { name: 'Baris judul kolom' })).toHaveValue('Baris 3 (terdeteksi)');
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('5');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('0');
  await expect(page.getByTestId('invalid-help')).toHaveCount(0);
  await shot(page, '63-impor-periksa-bersih');

  // 4) Simpan: all five, then the counts and the way back.
  await page.getByRole('button', { name: 'Simpan 5 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('5 baru, 0 diperbarui');
  await expect(page.getByRole('link', { name: 'Buka register perusahaan' })).toBeVisible();
  expect(await registerSize(page)).toBe(5);
  // Saved: every step shows done, the last one too.
  await expect(page.locator('.mantine-Stepper-step[data-completed]')).toHaveCount(4);
  await shot(page, '64-impor-tersimpan');

  // Riwayat impor: the batch, then undo it as a whole.
  await page.getByRole('tab', { name: 'Riwayat impor' }).click();
  const history = page.getByTestId('import-history');
  const batchRow = history.getByRole('row', { name: /perbaikan/ });
  await expect(batchRow).toContainText('Tersimpan');
  await expect(batchRow).toContainText(/WITA/);
  await shot(page, '65-impor-riwayat');
  await batchRow.getByRole('button', { name: /^Batalkan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan impor?' });
  await expect(dialog).toContainText('5 perusahaan yang ditambahkan dihapus');
  await shot(page, '66-impor-batalkan-konfirmasi');
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  await expect(dialog).toBeHidden();
  await expect(batchRow).toContainText('Dibatalkan');
  expect(await registerSize(page)).toBe(0);
  await shot(page, '67-impor-dibatalkan');

  // Back on the steps: the result says it was undone; the same headers are now remembered.
  await page.getByRole('tab', { name: 'Impor baru' }).click();
  await expect(page.getByTestId('commit-result')).toContainText('Impor ini sudah dibatalkan.');
  await page.getByRole('button', { name: 'Impor berkas lain' }).click();
  await upload(page, fixed);
  await expect(page.getByTestId('mapping-source')).toContainText('diingat');
  await expect(page.getByTestId('already-imported')).toHaveCount(0);
  await shot(page, '68-impor-kolom-diingat');
});

test('a file that is not a spreadsheet is refused with a clear message and nothing changes', async ({ app: page }) => {
  await openImport(page);
  const before = await api<unknown[]>(page, 'imports.history', { register: 'employer' });
  const size = await registerSize(page);
  const error = page.getByTestId('import-file-error');

  // Plain text saved under an .xlsx name.
  const fake = join(dir, 'daftar perusahaan.xlsx');
  writeFileSync(fake, 'Ini bukan lembar kerja, hanya catatan teks biasa.\nDikirim lewat WhatsApp tanggal 3 Maret.\n');
  await upload(page, fake);
  await expect(error).toContainText('Berkas tidak bisa dibaca');
  await expect(error).toContainText('Berkas "daftar perusahaan.xlsx" bukan buku kerja Excel: isinya teks biasa');
  await expect(error).toContainText('Tidak ada data yang berubah');
  await expect(page.getByRole('heading', { name: 'Pilih berkas' })).toBeVisible();
  await shot(page, '69-impor-bukan-lembar-kerja');

  // A web page saved as .xls (what some web systems call an Excel export).
  const html = join(dir, 'ekspor sistem.xls');
  writeFileSync(html, '<html><body><table><tr><td>Nama Perusahaan</td><td>NIB</td></tr><tr><td>PT Contoh</td><td>9120000000009</td></tr></table></body></html>');
  await upload(page, html);
  await expect(error).toContainText('ekspor sistem.xls');
  await expect(error).toContainText('halaman web (HTML)');
  await expect(page.getByRole('heading', { name: 'Pilih berkas' })).toBeVisible();

  expect(await registerSize(page)).toBe(size);
  expect(await api<unknown[]>(page, 'imports.history', { register: 'employer' })).toHaveLength(before.length);
});

test('a parts list is not taken for employers: nothing matched, the screen says why', async ({ app: page }) => {
  await openImport(page);
  const size = await registerSize(page);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Suku Cadang');
  ws.addRow(['No', 'Part Name', 'Qty', 'P', 'L']);
  for (let i = 1; i <= 5; i += 1) ws.addRow([i, 'testtest', i * 2, 10 + i, 5 + i]);
  const path = join(dir, 'suku cadang.xlsx');
  await wb.xlsx.writeFile(path);
  await upload(page, path);

  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeFocused();
  const warning = page.getByRole('alert').filter({ hasText: 'Periksa dulu sebelum melanjutkan' });
  await expect(warning).toContainText('Tidak ada judul kolom yang dikenali di baris 1 ("No", "Part Name", "Qty", "P", "L")');
  await expect(page.getByRole('combobox', { name: 'Nama perusahaan', exact: true })).toHaveValue('(tidak diimpor)');
  await expect(page.getByTestId('mapping-source')).toHaveCount(0); // nothing was matched automatically
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByText('Pasangkan dulu kolom wajib: Nama perusahaan.')).toBeVisible();
  await shot(page, '69b-impor-bukan-register');

  await page.getByText('EN', { exact: true }).click();
  await expect(warning.or(page.getByRole('alert').filter({ hasText: 'Check this before going on' }))).toContainText('No column title on row 1 is known');
  await page.getByText('ID', { exact: true }).click();
  expect(await registerSize(page)).toBe(size);
});

test('an undo is refused, with the reason, when a record changed after the import', async ({ app: page }) => {
  await openImport(page);
  const csv = join(dir, 'desa dalung.csv');
  writeFileSync(csv, 'Nama Perusahaan;NIB;Kecamatan;Desa\nUD Dalung Jaya;9120000000777;Kuta Utara;Dalung\n');
  await upload(page, csv);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await page.getByRole('button', { name: 'Simpan 1 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('1 baru, 0 diperbarui');

  // Someone closes the record after the import.
  const list = await api<{ rows: { uid: string; name: string }[] }>(page, 'registers.list', { register: 'employer', startRow: 0, endRow: 10, filterModel: {} });
  const uid = list.rows.find((r) => r.name === 'UD Dalung Jaya')!.uid;
  await api(page, 'employers.setStatus', { uid, recordStatus: 'tutup', reason: 'Usaha sudah tutup' });

  await page.getByRole('button', { name: 'Batalkan impor ini' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan impor?' });
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  await expect(dialog.getByTestId('undo-error')).toContainText('UD Dalung Jaya');
  await expect(dialog.getByTestId('undo-error')).toContainText('Tidak ada yang berubah');
  await shot(page, '6a-impor-batal-ditolak');
  await dialog.getByRole('button', { name: 'Jangan batalkan' }).click();
  expect(await registerSize(page)).toBe(1);
});

test('a long check and a long save show progress and can be cancelled, then retried', async ({ app: page }) => {
  test.slow(); // 150,000 rows, checked twice, saved twice and undone twice
  await openImport(page);
  const size = await registerSize(page);
  const lines = ['Nama Perusahaan;NIB;Kecamatan;Status BPJS'];
  // Big enough that the set-based save (about 2,000 rows a step) runs long enough to cancel.
  for (let i = 0; i < 150_000; i += 1) lines.push(`PT Uji Coba ${i};${9130000000000 + i};Kuta Utara;terdaftar`);
  const big = join(dir, 'daftar besar.csv');
  writeFileSync(big, `${lines.join('\n')}\n`);
  await upload(page, big);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  const checking = page.getByTestId('dry-run-progress');
  await expect(checking).toBeVisible();
  await shot(page, '6b-impor-periksa-berjalan');
  await checking.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('dry-run-error')).toContainText('Pemeriksaan dibatalkan. Tidak ada yang berubah.');
  await page.getByRole('button', { name: 'Periksa lagi' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('150.000', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Simpan 150.000 baris' }).click();
  const saving = page.getByTestId('commit-progress');
  await expect(saving).toBeVisible();
  await shot(page, '6c-impor-simpan-berjalan');
  await saving.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('commit-error')).toContainText('Penyimpanan dibatalkan. Tidak ada yang berubah.');
  await shot(page, '6d-impor-simpan-dibatalkan');
  expect(await registerSize(page)).toBe(size);

  // Nothing was lost: the same check is saved on a second try.
  await page.getByRole('button', { name: 'Coba simpan lagi' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('150.000 baru, 0 diperbarui', { timeout: 90_000 });
  expect(await registerSize(page)).toBe(size + 150_000);

  // Its undo is long too: progress, a cancel that changes nothing, then the undo itself.
  await page.getByRole('button', { name: 'Batalkan impor ini' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan impor?' });
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  const undoing = dialog.getByTestId('undo-progress');
  await expect(undoing).toBeVisible();
  await shot(page, '6e-impor-batal-berjalan');
  await undoing.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog.getByTestId('undo-error')).toContainText('Dibatalkan; tidak ada yang berubah.');
  expect(await registerSize(page)).toBe(size + 150_000);
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  await expect(dialog).toBeHidden({ timeout: 90_000 });
  await expect(page.getByTestId('commit-result')).toContainText('Impor ini sudah dibatalkan.');
  expect(await registerSize(page)).toBe(size);
});
