import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, pageApiHeaders, pickByKeyboard, shot, test } from './fixtures.ts';

// Impor perusahaan against a real `lindung serve` (Kabupaten Badung): a messy file as BPJS
// branches send it, its errors named by row and column, the error file, the fixed file
// saved, the import undone; a file that is not a spreadsheet; an undo that is refused.
// The tests share one database and run in order.
// Long flows on a shared machine: minutes per test, not the default minute.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

// Made when the tests run, not when the file is loaded (Playwright loads it to list the tests too).
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-import-e2e-'));
});
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
  const response = await page.request.post(`${new URL(page.url()).origin}/api/${channel}`, { headers: await pageApiHeaders(page), data: input });
  const result = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.data;
}

const registerSize = async (page: Page) => (await api<{ total: number }>(page, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} })).total;

async function openImport(page: Page) {
  await page.getByRole('link', { name: 'Impor perusahaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Impor perusahaan', level: 1 })).toBeVisible();
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
  await expect(rows.locator('[data-row="6"]')).toContainText('Baris 6 · kolom H (Desa/Kelurahan): ');
  // The value is said once, in the message.
  await expect(rows.locator('[data-row="6"]')).toContainText('"Desa Tidak Ada"');
  await expect(rows.locator('[data-row="6"]')).not.toContainText('· "Desa Tidak Ada"');
  await expect(rows.locator('[data-row="7"]')).toContainText('NIB 9120000000001 sama dengan baris 4');
  await expect(page.getByTestId('will-skip')).toHaveText('2 baris tidak valid tidak akan disimpan.');
  expect(await registerSize(page)).toBe(0);
  await shot(page, '62-impor-periksa-kesalahan');

  // The same report in English: the app's sentences and the server's.
  await page.getByText('EN', { exact: true }).click();
  await expect(rows.locator('[data-row="6"]')).toContainText('Row 6 · column H (Desa/Kelurahan): ');
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
  await expect(page.getByTestId('commit-error-file')).toHaveCount(0); // nothing was left out
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
  await expect(dialog).toContainText('5 perusahaan yang ditambahkan akan dihapus');
  await shot(page, '66-impor-batalkan-konfirmasi');
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  await expect(dialog).toBeHidden();
  await expect(batchRow).toContainText('Dibatalkan');
  expect(await registerSize(page)).toBe(0);
  await shot(page, '67-impor-dibatalkan');

  // Back on the steps: the result says it was undone; the same headers are now remembered.
  await page.getByRole('tab', { name: 'Impor baru' }).click();
  await expect(page.getByTestId('commit-result')).toContainText('Impor ini sudah dibatalkan.');
  // Its title too: no longer "Impor tersimpan".
  await expect(page.getByTestId('commit-result')).toContainText('Impor dibatalkan');
  await expect(page.getByTestId('commit-result')).not.toContainText('Impor tersimpan');
  await page.getByRole('button', { name: 'Impor berkas lain' }).click();
  await upload(page, fixed);
  await expect(page.getByTestId('mapping-source')).toContainText('diingat');
  await expect(page.getByTestId('already-imported')).toHaveCount(0);
  await shot(page, '68-impor-kolom-diingat');
});

test('rows left out of a save can still be downloaded to fix after the save', async ({ app: page }) => {
  await openImport(page);
  const csv = join(dir, 'desa canggu.csv');
  writeFileSync(csv, ['Nama Perusahaan;NIB;Kecamatan;Desa', 'UD Canggu Jaya;9120000000871;Kuta Utara;Canggu', 'CV Canggu Salah;9120000000872;Kuta Utara;Desa Tidak Ada'].join('\n'));
  await upload(page, csv);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('1');
  // Saved without downloading the error file first: it is offered with the result.
  await page.getByRole('button', { name: 'Simpan 1 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('1 baru, 0 diperbarui');
  await shot(page, '64b-impor-tersimpan-berkas-kesalahan');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('commit-error-file').click()]);
  expect(download.suggestedFilename()).toBe('desa canggu - kesalahan.xlsx');
  const saved = join(dir, 'canggu-kesalahan.xlsx');
  await download.saveAs(saved);
  const errors = new ExcelJS.Workbook();
  await errors.xlsx.readFile(saved);
  const fix = errors.getWorksheet('Perbaiki');
  expect(fix?.rowCount).toBe(2);
  expect(JSON.stringify(fix?.getRow(2).values)).toContain('CV Canggu Salah');
});

test('a file that is not a spreadsheet is refused with a clear message and nothing changes', async ({ app: page }) => {
  await openImport(page);
  const before = await api<unknown[]>(page, 'imports.history', { register: 'employer' });
  const size = await registerSize(page);
  const error = page.getByTestId('import-file-error');

  // A good list chosen first, then replaced from step 1 by the bad file: the good one is not kept to go on with.
  const good = join(dir, 'daftar baik.csv');
  writeFileSync(good, 'Nama Perusahaan;NIB\nPT Contoh Baik;9120000000009\n');
  await upload(page, good);
  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeVisible();
  await page.locator('.mantine-Stepper-step').first().click();
  await expect(page.getByTestId('import-file-name')).toContainText('daftar baik.csv');

  // Plain text saved under an .xlsx name.
  const fake = join(dir, 'daftar perusahaan.xlsx');
  writeFileSync(fake, 'Ini bukan lembar kerja, hanya catatan teks biasa.\nDikirim lewat WhatsApp tanggal 3 Maret.\n');
  await upload(page, fake);
  await expect(error).toContainText('Berkas tidak bisa dibaca');
  await expect(page.getByTestId('import-file-name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lanjut ke kolom' })).toHaveCount(0);
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

test('an undo asks about a record edited since the import, names it and what changed, and keeps it when asked', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 }); // the clerks' laptops
  await openImport(page);
  const size = await registerSize(page);
  const csv = join(dir, 'desa dalung.csv');
  writeFileSync(
    csv,
    ['Nama Perusahaan;NIB;Kecamatan;Desa', 'UD Dalung Jaya;9120000000777;Kuta Utara;Dalung', 'CV Dalung Asri;9120000000778;Kuta Utara;Dalung', 'PT Dalung Makmur;9120000000779;Kuta Utara;Dalung'].join('\n'),
  );
  await upload(page, csv);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  // A CSV has no sheets: the file is named.
  await expect(page.getByText('dari 3 baris data di berkas "desa dalung.csv"')).toBeVisible();
  await page.getByRole('button', { name: 'Simpan 3 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('3 baru, 0 diperbarui');

  // Someone corrects one of the firms in its form after the import.
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await page.getByTestId('employer-search').fill('Dalung Jaya');
  await expect(page.getByTestId('employer-grid').locator('.ag-row [col-id="name"]')).toHaveText(['UD Dalung Jaya']);
  await page.getByTestId('employer-grid').getByRole('button', { name: 'UD Dalung Jaya' }).click();
  await expect(page.getByTestId('employer-title')).toHaveText('UD Dalung Jaya');
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Ubah data perusahaan' });
  await form.getByLabel('Telepon').fill('0361 412 777');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  // And another gets a follow-up: a record others hold, which an undo always keeps.
  const listed = await api<{ rows: { uid: string; name: string }[] }>(page, 'registers.list', { register: 'employer', startRow: 0, endRow: 10, filterModel: {}, quickSearch: 'Dalung Asri' });
  await api(page, 'employers.followUps.save', { employerUid: listed.rows[0]!.uid, kind: 'kunjungan', date: '2025-03-10' });

  // Back on the import: its undo first checks, then names the firm, who changed it, when and what.
  await openImport(page);
  await page.getByRole('button', { name: 'Batalkan impor ini' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan impor?' });
  await expect(dialog.getByTestId('undo-counts')).toHaveText('Yang dibatalkan: 3 perusahaan baru. 1 perusahaan sudah diubah sesudahnya. 1 perusahaan dipakai data lain.');
  // Nothing was updated by that import: the sentence says only what it added.
  await expect(dialog).toContainText('3 perusahaan yang ditambahkan akan dihapus dari register.');
  await expect(dialog).not.toContainText('0 perusahaan yang diperbarui');
  const edited = dialog.getByTestId('undo-conflicts').getByRole('row', { name: /UD Dalung Jaya/ });
  await expect(edited).toContainText('Sudah diubah');
  await expect(edited).toContainText(/oleh .+, \d{1,2} \w+ \d{4}.* WITA/);
  await expect(edited).toContainText('Telepon');
  await expect(dialog.getByTestId('undo-conflicts').getByRole('row', { name: /CV Dalung Asri/ })).toContainText('Sudah punya tindak lanjut atau cabang');
  await expect(dialog.getByTestId('undo-conflicts').getByRole('row')).toHaveCount(3); // the header and the two firms
  await expect(dialog.getByTestId('undo-held-note')).toHaveText('Perusahaan yang sudah punya tindak lanjut atau kantor cabang selalu dibiarkan, apa pun pilihan Anda.');
  const keep = dialog.getByRole('radio', { name: 'Biarkan data yang sudah diubah' });
  await expect(keep).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Batalkan juga perubahannya' })).not.toBeChecked();
  await expect(dialog).toContainText('2 perusahaan akan dibiarkan.');
  await shot(page, '6a-impor-batal-pilihan');
  // Undoing the edit too would still keep the held one.
  await dialog.getByRole('radio', { name: 'Batalkan juga perubahannya' }).check();
  await expect(dialog).toContainText('1 perusahaan akan dibiarkan.');

  // Keep it: the edited firm stays as it is now (and the held one), the third is gone.
  await keep.check();
  await expect(dialog).toContainText('2 perusahaan akan dibiarkan.');
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('"desa dalung.csv" dibatalkan; 2 data dibiarkan seperti sekarang.')).toBeVisible();
  await expect(page.getByTestId('commit-result')).toContainText('Impor ini sudah dibatalkan; 2 data yang sudah diubah sesudahnya atau dipakai data lain dibiarkan.');
  expect(await registerSize(page)).toBe(size + 2);
  const left = await api<{ rows: { uid: string; name: string }[] }>(page, 'registers.list', { register: 'employer', startRow: 0, endRow: 10, sortModel: [{ colId: 'name', sort: 'asc' }], filterModel: {}, quickSearch: 'Dalung' });
  expect(left.rows.map((r) => r.name)).toEqual(['CV Dalung Asri', 'UD Dalung Jaya']);
  expect((await api<{ employer: { contactPhone: string } }>(page, 'employers.get', { uid: left.rows[1]!.uid })).employer.contactPhone).toBe('0361 412 777');
  await page.getByRole('tab', { name: 'Riwayat impor' }).click();
  await expect(page.getByTestId('import-history').getByRole('row', { name: /desa dalung\.csv/ })).toContainText('2 data dibiarkan');
  await page.getByRole('tab', { name: 'Impor baru' }).click();
});

test('words the register does not know are listed with their counts, mapped, checked again, saved and remembered', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 }); // the clerks' laptops
  await openImport(page);
  const names = ['Nilai Satu', 'Nilai Dua', 'Nilai Tiga', 'Nilai Empat', 'Nilai Lima', 'Nilai Enam', 'Nilai Tujuh', 'Nilai Delapan', 'Nilai Sembilan', 'Nilai Sepuluh'];
  const statuses = ['Belum Daftar', 'sdh daftar', 'Belum Daftar', 'Belum  daftar', 'sdh daftar', 'Belum Daftar', 'Terdaftar', 'Belum Daftar', 'sdh daftar', 'BELUM DAFTAR'];
  const lines = (nibBase: number) => ['Nama Perusahaan;NIB;Kecamatan;Status BPJS', ...names.map((n, i) => `CV ${n};${nibBase + i};Kuta Utara;${statuses[i]}`)].join('\n');
  const csv = join(dir, 'dari cabang bpjs.csv');
  writeFileSync(csv, lines(9140000000100));
  await upload(page, csv);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();

  // The dry run lists the unknown words with how many rows have each (spellings of one word together).
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('9');
  const panel = page.getByTestId('value-mapping');
  await expect(panel.getByRole('heading', { name: '2 kata belum dikenal' })).toBeVisible();
  await expect(panel).toContainText('Status BPJS · kolom D (Status BPJS)');
  await expect(panel.locator('[data-value="Belum Daftar"]')).toContainText('6');
  await expect(panel.locator('[data-value="sdh daftar"]')).toContainText('3');
  await expect(panel.getByTestId('value-mapping-status')).toHaveText('2 kata belum dipilih artinya; barisnya tetap tidak valid.');
  await expect(panel.getByRole('button', { name: 'Periksa ulang' })).toBeDisabled();

  // "(belum dipilih)" is the empty picker's placeholder, not its text: typing searches at once.
  const belum = panel.getByRole('combobox', { name: 'Arti "Belum Daftar" untuk Status BPJS' });
  await expect(belum).toHaveValue('');
  await expect(belum).toHaveAttribute('placeholder', '(belum dipilih)');
  await belum.click();
  await belum.pressSequentially('pwb', { delay: 20 });
  await expect(belum).toHaveValue('pwb');
  await expect(page.getByRole('option', { name: /PWBD/ }).first()).toBeVisible();
  await belum.press('Escape');
  // Mapped by keyboard: type, arrow down, Enter.
  await pickByKeyboard(belum, 'pwbd', 'PWBD', 'focus');
  await expect(belum).toHaveValue(/^PWBD/);
  const sudah = panel.getByRole('combobox', { name: 'Arti "sdh daftar" untuk Status BPJS' });
  await pickByKeyboard(sudah, 'terdaf', 'Terdaftar', 'focus');
  await expect(sudah).toHaveValue(/^Terdaftar/);
  await expect(panel.getByTestId('value-mapping-status')).toHaveText('Semua kata sudah dipilih artinya. Periksa ulang untuk melihat hasilnya.');
  await shot(page, '6f-impor-pemetaan-nilai');
  await panel.getByRole('button', { name: 'Periksa ulang' }).press('Enter');

  // Checked again with the mapping: nothing invalid, and the mapping used is said.
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('0');
  await expect(page.getByTestId('summary-new-value')).toHaveText('10');
  await expect(page.getByTestId('value-mapping')).toHaveCount(0);
  await expect(page.getByTestId('value-mapping-used')).toContainText('"Belum Daftar" → PWBD');
  await page.getByRole('button', { name: 'Simpan 10 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('10 baru, 0 diperbarui');

  // The register shows them as PWBD and Terdaftar.
  await page.getByRole('link', { name: 'Buka register perusahaan' }).click();
  await expect(page.getByRole('heading', { name: 'Register perusahaan', level: 1 })).toBeVisible();
  await page.getByTestId('employer-search').fill('CV Nilai');
  const grid = page.getByTestId('employer-grid');
  await expect(grid.locator('.ag-row [col-id="name"]')).toHaveCount(10);
  // Name and status by the grid's row index (a pinned column sits in another row element).
  const shown = await grid.evaluate((el) => {
    const byRow = (col: string) => new Map([...el.querySelectorAll(`.ag-row [col-id="${col}"]`)].map((c) => [c.closest('.ag-row')?.getAttribute('row-index'), c.textContent?.trim()]));
    const status = byRow('bpjsStatus');
    return [...byRow('name')].map(([row, name]) => `${name}: ${status.get(row)}`);
  });
  const expected = names.map((n, i) => `CV ${n}: ${/^sdh|^Terdaftar/.test(statuses[i]!) ? 'Terdaftar' : 'PWBD'}`);
  expect(shown.sort()).toEqual(expected.sort());

  // The next file of the same source comes with the mapping: no word is unknown in its first check.
  await openImport(page);
  await page.getByRole('button', { name: 'Impor berkas lain' }).click();
  const next = join(dir, 'dari cabang bpjs bulan depan.csv');
  writeFileSync(next, lines(9140000000200).replaceAll('CV Nilai', 'UD Nilai'));
  await upload(page, next);
  await expect(page.getByTestId('values-remembered')).toContainText('"sdh daftar" → Terdaftar');
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('10');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('0');
  await expect(page.getByTestId('value-mapping')).toHaveCount(0);
});

test('a file of more than 500 rows of one status: every tab agrees with its count and says which rows it lists', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 }); // the clerks' laptops
  await openImport(page);
  const lines = ['Nama Perusahaan;NIB;Kecamatan'];
  // 1,040 good rows and 10 with a NIB that is too short, every 100th row.
  for (let i = 0; i < 1050; i += 1) lines.push(`Usaha Tab ${i};${i % 105 === 50 ? '12345' : 9160000000000 + i};Kuta Utara`);
  const csv = join(dir, 'daftar seribu.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  await upload(page, csv);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('1.040');
  await expect(page.getByTestId('summary-invalid-value')).toHaveText('10');

  // The tabs count from the whole file, as the cards do.
  await expect(page.getByRole('tab', { name: 'Semua (1.050)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Baru (1.040)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Sama (0)' })).toBeVisible();
  const rows = page.getByTestId('dry-run-rows');
  // Invalid rows first: all ten listed, nothing left out.
  await expect(page.getByRole('tab', { name: 'Tidak valid (10)' })).toHaveAttribute('aria-selected', 'true');
  await expect(rows.locator('tbody tr')).toHaveCount(10);
  await expect(page.getByTestId('rows-left-out')).toHaveCount(0);

  // New: the first 500 of 1,040, in file order, 50 a page.
  await page.getByRole('tab', { name: 'Baru (1.040)' }).click();
  await expect(page.getByTestId('rows-left-out')).toHaveText('Menampilkan 500 pertama dari 1.040.');
  await expect(rows.locator('tbody tr')).toHaveCount(50);
  const rowNumbers = () => rows.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));
  expect(await rowNumbers()).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
  await shot(page, '6g-impor-periksa-tab');

  // All: the listed rows of every status together, in file order.
  await page.getByRole('tab', { name: 'Semua (1.050)' }).click();
  await expect(page.getByTestId('rows-left-out')).toHaveText('Menampilkan 510 dari 1.050 baris: yang pertama dari tiap status, urut baris berkas.');
  expect(await rowNumbers()).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
  await page.getByRole('button', { name: '2', exact: true }).click();
  await expect(rows.locator('tbody tr').first()).toHaveAttribute('data-row', '52');
  await expect(rows.locator('tbody tr').first()).toContainText('Tidak valid');
  expect(await rowNumbers()).toEqual(Array.from({ length: 50 }, (_, i) => i + 52));

  // Unchanged: none, and the tab says so.
  await page.getByRole('tab', { name: 'Sama (0)' }).click();
  await expect(rows).toContainText('Tidak ada baris dengan status ini.');

  // Not this file after all: the dry run is dropped and the import starts again from the file (walk 38: no way out).
  await page.getByTestId('dry-run-discard').click();
  await expect(page.getByRole('button', { name: 'Periksa data (uji coba)' })).toHaveCount(0);
  await expect(page.getByTestId('dry-run-rows')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Pilih berkas' })).toBeVisible();
});

test('a bulk change made from the register shows in the history with its reason, and is undone there', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 }); // the clerks' laptops
  await openImport(page);
  const active = { recordStatus: { filterType: 'set', values: ['aktif'] } };
  const activeCount = async () => (await api<{ total: number }>(page, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: active })).total;
  const before = await activeCount();
  // The ten "CV Nilai" firms of the value-mapping test, removed from the register's filter at once.
  const started = await api<{ id: string }>(page, 'registers.bulkStatus', { register: 'employer', filterModel: {}, quickSearch: 'CV Nilai', status: 'dihapus', reason: 'Data ganda dari cabang BPJS' });
  await expect.poll(async () => (await api<{ status: string }>(page, 'jobs.get', { jobId: started.id })).status, { timeout: 60_000 }).toBe('done');
  expect(await activeCount()).toBe(before - 10);

  await page.getByRole('tab', { name: 'Riwayat impor' }).click();
  const row = page.getByTestId('import-history').locator('[data-kind="bulk"]');
  await expect(row).toContainText('Perubahan massal');
  await expect(row).toContainText('Alasan: Data ganda dari cabang BPJS');
  await expect(row).toContainText('CV Nilai');
  await shot(page, '6h-impor-riwayat-massal');
  await row.getByRole('button', { name: /^Batalkan perubahan massal/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan perubahan massal?' });
  await expect(dialog).toContainText('10 data akan dikembalikan ke keadaan sebelumnya');
  await expect(dialog.getByTestId('undo-counts')).toHaveText('Yang dibatalkan: 10 perusahaan yang diperbarui. Tidak ada data yang diubah sesudahnya.');
  await dialog.getByRole('button', { name: 'Ya, batalkan perubahan' }).click();
  await expect(dialog).toBeHidden();
  // A bulk change only changed statuses: the toast says how many got theirs back, no "0 dihapus".
  await expect(page.getByText('Status 10 data dikembalikan seperti semula.')).toBeVisible();
  await expect(row).toContainText('Dibatalkan');
  expect(await activeCount()).toBe(before);
  await page.getByRole('tab', { name: 'Impor baru' }).click();
});

test('a LibreOffice Calc file (.ods) is taken like an Excel one, its sheet named', async ({ app: page }) => {
  await openImport(page);
  await expect(page.getByText('Excel (.xlsx, .xls), LibreOffice (.ods, .fods) atau CSV')).toBeVisible();
  // LibreOffice itself writes the file (its own profile folder: another soffice may be running).
  const source = join(dir, 'pendataan desa.csv');
  writeFileSync(source, 'Nama Perusahaan,NIB,Kecamatan\nUD Calc Sejahtera,9170000000001,Kuta Utara\nCV Calc Mandiri,9170000000002,Kuta Utara\n');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'soffice-profile')}`, '--headless', '--convert-to', 'ods', '--outdir', dir, source], { timeout: 180_000, stdio: 'ignore' });
  await upload(page, join(dir, 'pendataan desa.ods'));
  await expect(page.getByRole('heading', { name: 'Pasangkan kolom' })).toBeFocused();
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await expect(page.getByTestId('summary-new-value')).toHaveText('2');
  await expect(page.getByText('dari 2 baris data di lembar "pendataan desa"')).toBeVisible();
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
  // A click that finds no Batal (the save already ended) must not wait for the test's timeout:
  // without its own timeout it would, and the catch would hide where the test stood.
  await saving.getByRole('button', { name: 'Batal' }).click({ timeout: 10_000 }).catch(() => undefined);
  // The save of 150,000 rows takes a few seconds; on a loaded machine the cancel may still arrive
  // after its COMMIT. Its rollback at every step is tested without a race in
  // test/unit/imports-pipeline/program-stop.test.ts and index-rebuild.test.ts.
  const stopped = page.getByTestId('commit-error');
  const saved = page.getByTestId('commit-counts');
  await expect(stopped.or(saved)).toBeVisible({ timeout: 90_000 });
  if (await stopped.isVisible()) {
    await expect(stopped).toContainText('Penyimpanan dibatalkan. Tidak ada yang berubah.');
    await shot(page, '6d-impor-simpan-dibatalkan');
    expect(await registerSize(page)).toBe(size);

    // The cancelled import is over and its copies are gone: the file is chosen, checked and saved again.
    await expect(stopped).toContainText('sudah dihapus dari folder data');
    await page.getByRole('button', { name: 'Pilih berkas lagi' }).click();
    await upload(page, big);
    await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
    await expect(page.getByTestId('summary-new-value')).toHaveText('150.000', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Simpan 150.000 baris' }).click();
  } else console.log('The save ended before its cancel reached it: the cancel of a save is checked by program-stop.test.ts and index-rebuild.test.ts.');
  await expect(saved).toHaveText('150.000 baru, 0 diperbarui', { timeout: 90_000 });
  expect(await registerSize(page)).toBe(size + 150_000);

  // Its undo is long too: progress, a cancel that changes nothing, then the undo itself.
  await page.getByRole('button', { name: 'Batalkan impor ini' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan impor?' });
  // 150,000 records: the undo waits for its word typed (walk 35: one click undid a whole import).
  await dialog.getByRole('textbox', { name: /Ketik BATALKAN untuk melanjutkan/ }).fill('BATALKAN');
  await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  const undoing = dialog.getByTestId('undo-progress');
  await expect(undoing).toBeVisible();
  await shot(page, '6e-impor-batal-berjalan');
  await undoing.getByRole('button', { name: 'Batal' }).click({ timeout: 10_000 }).catch(() => undefined); // as the save's above
  // The undo of 150,000 rows takes about a second now: the cancel may arrive after it ended. Its
  // rollback is tested without a race in test/unit/imports-pipeline/set-based-commit.test.ts.
  const cancelled = dialog.getByTestId('undo-error');
  await expect(cancelled.or(page.getByTestId('commit-result').getByText('Impor ini sudah dibatalkan.'))).toBeVisible({ timeout: 90_000 });
  if (await cancelled.isVisible()) {
    await expect(cancelled).toContainText('Dibatalkan; tidak ada yang berubah.');
    expect(await registerSize(page)).toBe(size + 150_000);
    await dialog.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  } else console.log('The undo ended before its cancel reached it: the cancel of an undo is checked by set-based-commit.test.ts.');
  await expect(dialog).toBeHidden({ timeout: 90_000 });
  await expect(page.getByTestId('commit-result')).toContainText('Impor ini sudah dibatalkan.');
  expect(await registerSize(page)).toBe(size);
});
