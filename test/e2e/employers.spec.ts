/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Locator, type Page } from '@playwright/test';
import { formatNpwp, type EmployerRow } from '../../core/api/employers.ts';
import type { RegisterCounts } from '../../core/api/registers.ts';
import type { GridPage } from '../../core/api/grid.ts';
import { api, expect, loadDemo, pickByKeyboard, screenshotDir, type Served, shot as fullShot, test } from './fixtures.ts';

// The employer register on a database set up as Kabupaten Badung (51.03): empty register,
// demo data, counts, search, sort, filters, the form with the RegionPicker, conflicts,
// status changes, follow-ups and the remembered column layout. The server is shared by
// the tests of this file; each test makes sure the demo data is there and creates its own records.

const demoCount = 300;
async function ensureDemo(served: Served) {
  const counts = await countsOf(served, {});
  if (counts.total === 0) await loadDemo(served, demoCount);
}

const list = (served: Served, input: Record<string, unknown>) => api<GridPage<EmployerRow>>(served, 'registers.list', { register: 'employer', startRow: 0, endRow: 50, ...input });
/** Records by BPJS status for a filter (`total`, and each status in `values`). */
const countsOf = (served: Served, filterModel: Record<string, unknown>) => api<RegisterCounts>(served, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel });
const activeOnly = { recordStatus: { filterType: 'set', values: ['aktif'] } };

/** Full-page screenshot from the top. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}
/** What is on screen now (dialogs and dropdowns included). */
async function viewShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

/** ag-grid warnings (a missing module, a bad option) end up in the console: none allowed. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && !/Download the React DevTools/.test(msg.text())) problems.push(msg.text());
  });
  return problems;
}

async function openRegister(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register perusahaan', level: 1 })).toBeVisible();
}

const grid = (page: Page) => page.getByTestId('employer-grid');
/** The name cell of each row shown. */
const nameCells = (page: Page) => grid(page).locator('.ag-row [col-id="name"]');
const rowCount = (page: Page) => page.getByTestId('employer-row-count');
const cellsOf = (page: Page, colId: string) => grid(page).locator(`.ag-row [col-id="${colId}"]`);
const countBadge = (page: Page, label: RegExp) => page.getByTestId('status-counts').getByRole('button', { name: label });

async function search(page: Page, text: string) {
  await page.getByTestId('employer-search').fill(text);
}

async function openFilter(page: Page, colId: string): Promise<Locator> {
  await grid(page).locator(`.ag-header-row-column .ag-header-cell[col-id="${colId}"] .ag-header-cell-filter-button`).click();
  return page.locator('.ag-filter');
}

const uniqueNib = () => `8${String(Date.now()).slice(-12)}`;

test('an empty register shows the next steps, and demo data fills it', async ({ app: page }) => {
  const problems = watchConsole(page);
  await openRegister(page);
  const empty = page.getByTestId('employers-empty');
  await expect(empty.getByRole('heading', { name: 'Register perusahaan masih kosong' })).toBeVisible();
  await expect(empty.getByRole('button', { name: 'Tambah perusahaan' })).toBeVisible();
  await expect(empty.getByRole('button', { name: 'Impor dari Excel' })).toBeVisible();
  await expect(empty.getByRole('button', { name: 'Muat data contoh' })).toBeVisible();
  await shot(page, '50-register-kosong');

  // The import screen is a route of its own.
  await empty.getByRole('button', { name: 'Impor dari Excel' }).click();
  await expect(page).toHaveURL(/#\/register\/perusahaan\/impor$/);
  await page.goBack();
  await expect(empty).toBeVisible();

  await empty.getByRole('button', { name: 'Muat data contoh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muat data contoh' });
  await expect(dialog).toContainText('Kabupaten Badung');
  await dialog.getByLabel('Jumlah perusahaan').fill(String(demoCount));
  await viewShot(page, '51-muat-data-contoh');
  await dialog.getByRole('button', { name: 'Muat data contoh' }).click();
  await expect(page.getByText(`${demoCount} perusahaan contoh ditambahkan.`)).toBeVisible();
  await expect(rowCount(page)).toHaveText(`${demoCount} perusahaan`);
  await expect(nameCells(page).first()).toBeVisible();
  await shot(page, '52-register-terisi');
  expect(problems).toEqual([]);
});

test('status counts are always shown, and clicking PWBD filters the grid', async ({ app: page, served }) => {
  await ensureDemo(served);
  const counts = await countsOf(served, activeOnly);
  await openRegister(page);
  await expect(countBadge(page, /^Semua/)).toContainText(String(counts.total));
  await expect(countBadge(page, /^PWBD/)).toContainText(String(counts.values.pwbd ?? 0));
  await expect(countBadge(page, /^Terdaftar/)).toContainText(String(counts.values.terdaftar ?? 0));

  await countBadge(page, /^PWBD/).click();
  await expect(countBadge(page, /^PWBD/)).toHaveAttribute('aria-pressed', 'true');
  await expect(rowCount(page)).toHaveText(`${counts.values.pwbd ?? 0} perusahaan`);
  await expect(cellsOf(page, 'bpjsStatus').first()).toHaveText('PWBD');
  const shown = await cellsOf(page, 'bpjsStatus').allInnerTexts();
  expect(new Set(shown)).toEqual(new Set(['PWBD']));
  // The other counts stay visible while the filter is on.
  await expect(countBadge(page, /^Terdaftar/)).toContainText(String(counts.values.terdaftar ?? 0));
  await shot(page, '53-saring-pwbd');

  // Click again: the filter is off.
  await countBadge(page, /^PWBD/).click();
  await expect(rowCount(page)).toHaveText(`${counts.total} perusahaan`);
});

test('quick search by a name fragment and by NPWP typed with dots; "/" focuses the search', async ({ app: page, served }) => {
  await ensureDemo(served);
  const fragmentOf = (name: string) => name.split(' ').slice(-2).join(' ').slice(0, -1); // "Sari Jay" of "… Sari Jaya"
  // A record whose name fragment finds several: "1 perusahaan" below then can only be the NPWP search.
  let sample: EmployerRow | undefined;
  let expected: GridPage<EmployerRow> | undefined;
  for (const row of (await list(served, { filterModel: { ...activeOnly, npwp: { filterType: 'text', type: 'notBlank' } } })).rows.filter((r) => r.npwp?.length === 15)) {
    expected = await list(served, { filterModel: activeOnly, quickSearch: fragmentOf(row.name) });
    if (expected.rowCount > 1) {
      sample = row;
      break;
    }
  }
  if (!sample?.npwp || !expected) throw new Error('no demo record with a 15-digit NPWP whose name fragment finds several records');
  await openRegister(page);

  // "/" from anywhere on the page jumps to the search box.
  await page.getByRole('heading', { name: 'Register perusahaan' }).click();
  await page.keyboard.press('/');
  await expect(page.getByTestId('employer-search')).toBeFocused();

  await page.keyboard.type(fragmentOf(sample.name));
  await expect(rowCount(page)).toHaveText(`${expected.rowCount} perusahaan`);
  expect(expected.rowCount).toBeLessThan(demoCount);
  await expect(nameCells(page).filter({ hasText: sample.name }).first()).toBeVisible();
  await shot(page, '54-cari-nama');

  const dotted = `${sample.npwp.slice(0, 2)}.${sample.npwp.slice(2, 5)}.${sample.npwp.slice(5, 8)}.${sample.npwp.slice(8, 9)}-${sample.npwp.slice(9, 12)}.${sample.npwp.slice(12)}`;
  await search(page, dotted);
  await expect(rowCount(page)).toHaveText('1 perusahaan');
  await expect(nameCells(page)).toHaveText([sample.name]);
  await expect(cellsOf(page, 'npwp')).toHaveText([dotted]);
  await shot(page, '55-cari-npwp');

  // ArrowDown moves into the grid, Enter opens the record.
  await page.getByTestId('employer-search').press('ArrowDown');
  await expect(nameCells(page).first()).toBeFocused();
  // Pressed on the cell itself: a grid page redrawn meanwhile (a late search answer) is not a lost key.
  await nameCells(page).first().press('Enter');
  await expect(page.getByTestId('employer-title')).toHaveText(sample.name);
  await page.goBack();
  // Back in the register, the search is still there.
  await expect(page.getByTestId('employer-search')).toHaveValue(dotted);
  await search(page, '');
  await expect(rowCount(page)).not.toHaveText('1 perusahaan');

  // Typed and moved down at once, before the search's pause is over: the keys land on the new
  // search's first row and Enter opens it.
  await search(page, dotted);
  await page.getByTestId('employer-search').press('ArrowDown');
  await expect(nameCells(page).first()).toBeFocused();
  await expect(nameCells(page)).toHaveText([sample.name]);
  await nameCells(page).first().press('Enter');
  await expect(page.getByTestId('employer-title')).toHaveText(sample.name);
  await page.goBack();
  await search(page, '');
});

test('sort by the worker count, both ways', async ({ app: page, served }) => {
  await ensureDemo(served);
  const asc = await list(served, { filterModel: activeOnly, sortModel: [{ colId: 'workersTotal', sort: 'asc' }] });
  const desc = await list(served, { filterModel: activeOnly, sortModel: [{ colId: 'workersTotal', sort: 'desc' }] });
  await openRegister(page);
  const header = grid(page).locator('.ag-header-row-column .ag-header-cell[col-id="workersTotal"] .ag-header-cell-label');
  await header.click();
  await expect(cellsOf(page, 'workersTotal').first()).toHaveText(String(asc.rows[0]?.workersTotal));
  await expect(nameCells(page).first()).toHaveText(asc.rows[0]?.name ?? '');
  await header.click();
  await expect(nameCells(page).first()).toHaveText(desc.rows[0]?.name ?? '');
  await expect(cellsOf(page, 'workersTotal').first()).toHaveText(new Intl.NumberFormat('id-ID').format(desc.rows[0]?.workersTotal ?? 0));
  await shot(page, '56-urut-pekerja');
  await header.click(); // back to the default order (name)
});

test('a firm without worker counts shows "—" in the grid and its record; a total below its split is refused in the form', async ({ app: page, served }) => {
  await ensureDemo(served);
  const unknown = await list(served, { filterModel: { ...activeOnly, workersTotal: { filterType: 'number', type: 'blank' } }, endRow: 1 });
  expect(unknown.rowCount).toBeGreaterThan(0); // the demo data has firms without counts
  const firm = unknown.rows[0]!;
  await openRegister(page);
  await search(page, firm.nib ?? firm.name);
  await expect(nameCells(page)).toHaveText([firm.name]);
  await expect(cellsOf(page, 'workersTotal')).toHaveText(['—']);
  await nameCells(page).first().click();
  await expect(page.getByTestId('employer-title')).toHaveText(firm.name);
  await expect(page.getByTestId('detail-workers-total')).toHaveText('—');
  await expect(page.getByTestId('detail-workers-by-sex')).toHaveText('—');

  // In the form: the counts are empty, not 0; a total below male + female says so in red and is not saved.
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah data perusahaan' });
  await expect(edit.getByTestId('workers-total')).toHaveValue('');
  await expect(edit.getByLabel('Pekerja laki-laki')).toHaveValue('');
  // What was typed stays: a negative count and a decimal one are said at their fields, never changed (walk 33).
  await edit.getByTestId('workers-total').fill('-5');
  await edit.getByLabel('Tenaga kerja asing').fill('1,5');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit.getByTestId('workers-total')).toHaveValue('-5');
  await expect(edit.getByLabel('Tenaga kerja asing')).toHaveValue('1,5');
  await expect(edit.getByText('Isi bilangan bulat dari 0 sampai 10.000.000, tanpa koma.')).toHaveCount(2);
  await edit.getByLabel('Tenaga kerja asing').fill('');
  await edit.getByTestId('workers-total').fill('10');
  await edit.getByLabel('Pekerja laki-laki').fill('8');
  await edit.getByLabel('Pekerja perempuan').fill('1');
  await expect(edit.getByTestId('workforce-sexBelowTotal')).toHaveText('Laki-laki + perempuan (9) tidak sama dengan jumlah pekerja (10). Periksa angkanya (boleh disimpan).');
  await edit.getByLabel('Pekerja perempuan').fill('4');
  await expect(edit.getByTestId('workforce-sexAboveTotal')).toContainText('Laki-laki + perempuan (12) lebih banyak dari jumlah pekerja (10)');
  await edit.getByTestId('workforce-sexAboveTotal').scrollIntoViewIfNeeded();
  await viewShot(page, '5c-form-jumlah-pekerja');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit.getByText('Lebih kecil dari laki-laki + perempuan.')).toBeVisible(); // on the total's field
  await expect(edit).toBeVisible();
  // The sentence stands under the counts already: no toast says it again (walk 33).
  await expect(page.getByRole('alert').filter({ hasText: 'lebih banyak dari jumlah' })).toHaveCount(0);
  await edit.getByTestId('workers-total').fill('12');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('detail-workers-total')).toHaveText('12');
  await expect(page.getByTestId('detail-workers-by-sex')).toHaveText('8 laki-laki · 4 perempuan');

  // A total in step with its split follows it; typed over, even with the number it holds, it is the user's (walk 29).
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  await edit.getByLabel('Pekerja laki-laki').fill('1');
  await expect(edit.getByTestId('workers-total')).toHaveValue('5');
  // The same digit typed over the selected total changes no value (no change event), yet the total is now typed.
  await edit.getByTestId('workers-total').click();
  await edit.getByTestId('workers-total').press('ControlOrMeta+a');
  await edit.getByTestId('workers-total').pressSequentially('5');
  await edit.getByLabel('Pekerja perempuan').fill('3');
  await expect(edit.getByTestId('workers-total')).toHaveValue('5');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('detail-workers-total')).toHaveText('5');
  await expect(page.getByTestId('detail-workers-by-sex')).toHaveText('1 laki-laki · 3 perempuan');
});

test('export the view as shown (PWBD, most workers first, NPP hidden) to XLSX and to CSV', async ({ app: page, served }, testInfo) => {
  await ensureDemo(served);
  const filterModel = { ...activeOnly, bpjsStatus: { filterType: 'set', values: ['pwbd'] } };
  const expected = await list(served, { filterModel, sortModel: [{ colId: 'workersTotal', sort: 'desc' }], endRow: 1000 });
  await openRegister(page);
  await countBadge(page, /^PWBD/).click();
  await expect(rowCount(page)).toHaveText(`${expected.rowCount} perusahaan`);
  const workersHeader = grid(page).locator('.ag-header-row-column .ag-header-cell[col-id="workersTotal"] .ag-header-cell-label');
  await workersHeader.click();
  await workersHeader.click();
  await expect(nameCells(page).first()).toHaveText(expected.rows[0]?.name ?? '');
  await page.getByRole('button', { name: 'Kolom', exact: true }).click();
  await page.getByRole('checkbox', { name: 'NPP BPJS' }).uncheck();
  await page.keyboard.press('Escape');

  // The dialog says what the file will hold; XLSX is the default.
  await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText(`${expected.rowCount} baris`);
  await expect(dialog).toContainText('12 kolom');
  await expect(dialog.getByRole('radio', { name: 'Excel (.xlsx)' })).toBeChecked();
  await viewShot(page, '5o-ekspor');
  const xlsxDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^Register perusahaan \d{4}-\d{2}-\d{2}\.xlsx$/);
  await xlsx.saveAs(testInfo.outputPath('ekspor.xlsx'));
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Ekspor selesai')).toBeVisible();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(testInfo.outputPath('ekspor.xlsx'));
  const sheet = workbook.getWorksheet('Perusahaan')!;
  expect(String(sheet.getRow(3).getCell(1).value)).toContain('Status BPJS: PWBD');
  expect(sheet.getRow(6).values).toEqual([
    undefined, 'Nama perusahaan', 'Status BPJS', 'Kecamatan', 'Desa/kelurahan', 'Jumlah tenaga kerja', 'Skala usaha', 'Kategori KBLI', 'NIB', 'NPWP', 'Tanggal mulai usaha', 'Tanggal data BPJS', 'Status data',
  ]);
  const exported = Array.from({ length: sheet.rowCount - 6 }, (_, i) => sheet.getRow(7 + i));
  expect(exported.map((r) => r.getCell(1).value)).toEqual(expected.rows.map((r) => r.name));
  const withNpwp = exported.findIndex((r) => r.getCell(9).value);
  expect(withNpwp).toBeGreaterThanOrEqual(0);
  expect(exported[withNpwp]!.getCell(9).value).toBe(formatNpwp(expected.rows[withNpwp]!.npwp)); // text, as printed (01.234.567.8-901.000)
  expect(exported[withNpwp]!.getCell(9).value).toMatch(/^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$|^\d{16}$/);
  expect(exported[withNpwp]!.getCell(9).numFmt).toBe('@');

  // CSV: the dialog warns what Excel does to identity numbers in a CSV.
  await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
  // A click that did not take (the dialog opening under it) is made again, as a user would.
  await expect(async () => dialog.getByRole('radio', { name: /^CSV/ }).check({ timeout: 2_000 })).toPass({ timeout: 10_000 });
  await expect(dialog).toContainText('NPWP bisa kehilangan nol di depan');
  await viewShot(page, '5p-ekspor-csv');
  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  await csv.saveAs(testInfo.outputPath('ekspor.csv'));
  const lines = readFileSync(testInfo.outputPath('ekspor.csv'), 'utf8').split('\r\n');
  expect(lines[0]!.charCodeAt(0)).toBe(0xfeff);
  const headerAt = lines.findIndex((l) => l.startsWith('"Nama perusahaan";'));
  expect(lines.slice(headerAt + 1).filter(Boolean).map((l) => l.split('";"')[0]!.replace(/^"'?/, ''))).toEqual(expected.rows.map((r) => r.name));

  // Back to the default layout (saved before the next test reads it) and view.
  await page.getByRole('button', { name: 'Kolom', exact: true }).click();
  const layoutSaved = page.waitForResponse((r) => r.url().endsWith('/api/settings.ui.set'));
  await page.getByRole('button', { name: 'Kembalikan susunan awal' }).click();
  await layoutSaved;
  await page.keyboard.press('Escape');
  await countBadge(page, /^PWBD/).click();
});

test('the kecamatan set filter', async ({ app: page, served }) => {
  await ensureDemo(served);
  const expected = await list(served, { filterModel: { ...activeOnly, kecamatanCode: { filterType: 'set', values: ['51.03.06'] } } });
  await openRegister(page);
  const filter = await openFilter(page, 'kecamatanCode');
  for (const name of ['Kuta Selatan', 'Kuta', 'Mengwi', 'Abiansemal', 'Petang']) await filter.getByRole('checkbox', { name, exact: true }).uncheck();
  await expect(filter.getByRole('checkbox', { name: 'Kuta Utara', exact: true })).toBeChecked();
  await expect(rowCount(page)).toHaveText(`${expected.rowCount} perusahaan`);
  await viewShot(page, '57-saring-kecamatan');
  await page.keyboard.press('Escape');
  expect(new Set(await cellsOf(page, 'kecamatanCode').allInnerTexts())).toEqual(new Set(['Kuta Utara']));
  // The counts follow the filter.
  const counts = await countsOf(served, { ...activeOnly, kecamatanCode: { filterType: 'set', values: ['51.03.06'] } });
  await expect(countBadge(page, /^Semua/)).toContainText(String(counts.total));
  await page.getByRole('button', { name: 'Hapus pencarian dan saringan' }).first().click();
  await expect(rowCount(page)).toHaveText(/\d+ perusahaan/);
});

test('the desa set filter: a long list, grouped by kecamatan, searched', async ({ app: page, served }) => {
  await ensureDemo(served);
  const [dalung] = await api<{ code: string }[]>(served, 'regions.search', { query: 'Dalung', withinCode: '51.03', level: 4, limit: 5 });
  const expected = await list(served, { filterModel: { ...activeOnly, desaCode: { filterType: 'set', values: [dalung!.code] } } });
  await openRegister(page);
  const filter = await openFilter(page, 'desaCode');
  await expect(filter.getByText('Kuta Utara', { exact: true })).toBeVisible(); // a kecamatan heading
  await filter.getByRole('textbox', { name: 'Cari di daftar…' }).fill('dalung');
  await expect(filter.getByRole('checkbox')).toHaveCount(1);
  await filter.getByRole('button', { name: 'Hanya yang cocok (1)' }).click();
  await expect(rowCount(page)).toHaveText(`${expected.rowCount} perusahaan`);
  await viewShot(page, '57b-saring-desa');
  await page.keyboard.press('Escape');
  if (expected.rowCount > 0) expect(new Set(await cellsOf(page, 'desaCode').allInnerTexts())).toEqual(new Set(['Dalung']));
  await page.getByRole('button', { name: 'Hapus pencarian dan saringan' }).first().click();
  await expect(rowCount(page)).not.toHaveText(`${expected.rowCount} perusahaan`);
});

test('create an employer with the RegionPicker by keyboard, see it in the grid, edit it and find the change in its history', async ({ app: page, served }) => {
  await ensureDemo(served);
  const problems = watchConsole(page);
  await openRegister(page);
  await page.getByRole('heading', { name: 'Register perusahaan' }).click();
  await page.keyboard.press('Control+n');
  const form = page.getByRole('dialog', { name: 'Tambah perusahaan' });
  await expect(form).toBeVisible();

  // Bad input is explained on the fields.
  await form.getByLabel('NIB', { exact: true }).fill('12345');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Wajib diisi.')).toBeVisible();
  await expect(form.getByText('NIB harus 13 digit angka (dari OSS).')).toBeVisible();

  const name = 'PT Uji Lindung Nusantara';
  const nib = uniqueNib();
  await form.getByLabel('Nama perusahaan').fill(name);
  await form.getByLabel('NIB', { exact: true }).fill(nib);
  await form.getByLabel('NPWP').fill('');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Bentuk badan usaha' }), 'PT', 'PT');
  await form.getByRole('combobox', { name: 'Kode KBLI' }).fill('55110');
  await form.getByRole('combobox', { name: 'Kode KBLI' }).press('Enter');
  await expect(form.getByTestId('kbli-feedback')).toContainText('I – Penyediaan Akomodasi');

  // Kecamatan then desa, by keyboard only.
  await pickByKeyboard(form.getByRole('combobox', { name: 'Kecamatan' }), 'kuta ut', 'Kuta Utara');
  await expect(form.getByRole('combobox', { name: 'Kecamatan' })).toHaveValue('Kuta Utara');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Desa / kelurahan' })).toBeFocused();
  await pickByKeyboard(form.getByRole('combobox', { name: 'Desa / kelurahan' }), 'dalu', 'Dalung');
  await expect(form.getByRole('combobox', { name: 'Desa / kelurahan' })).toHaveValue('Dalung');

  // A day that does not exist is refused with a word, not silently dropped.
  await form.getByLabel('Mulai usaha').fill('31/02/2015');
  await form.getByLabel('Mulai usaha').press('Tab');
  await expect(form.getByText('"31/02/2015": tanggal itu tidak ada, Februari 2015 hanya sampai tanggal 28.')).toBeVisible();
  await form.getByLabel('Mulai usaha').fill('7/3/2015');
  // The total left empty: the form says what will be saved (male + female).
  await form.getByLabel('Pekerja laki-laki').fill('12');
  await form.getByLabel('Pekerja perempuan').fill('8');
  await expect(form.getByTestId('workers-total')).toHaveValue('');
  await expect(form.getByTestId('workforce-total-hint')).toHaveText('Jumlah pekerja kosong: disimpan sebagai laki-laki + perempuan = 20.');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Skala usaha' }), 'kec', 'Kecil');
  await pickByKeyboard(form.getByRole('combobox', { name: /^Status BPJS/ }), 'pds prog', 'PDS program');
  await form.getByRole('checkbox', { name: 'JKK' }).check();
  await form.getByRole('checkbox', { name: 'JKM' }).check();
  await expect(form).toContainText('Program wajib yang belum dicentang: JHT.');
  await viewShot(page, '58-form-tambah');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(`Buka "${name}"`)).toBeVisible();

  await search(page, 'Uji Lindung Nusantara');
  await expect(rowCount(page)).toHaveText('1 perusahaan');
  await expect(nameCells(page)).toHaveText([name]);
  await expect(cellsOf(page, 'kecamatanCode')).toHaveText(['Kuta Utara']);
  await expect(cellsOf(page, 'desaCode')).toHaveText(['Dalung']);
  await expect(cellsOf(page, 'bpjsStatus')).toHaveText(['PDS program']);
  await shot(page, '59-baru-di-grid');

  // Open it (Enter on the row), edit, and see the change in "Riwayat perubahan".
  await nameCells(page).first().click();
  await expect(page.getByTestId('employer-title')).toHaveText(name);
  await expect(page.getByTestId('detail-nib')).toHaveText(nib);
  await expect(page.getByTestId('detail-start-date')).toHaveText('7 Mar 2015');
  await shot(page, '5a-rincian');
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah data perusahaan' });
  await expect(edit.getByLabel('Nama perusahaan')).toHaveValue(name);
  await expect(edit.getByRole('combobox', { name: 'Desa / kelurahan' })).toHaveValue('Dalung');
  // The saved total (20 = 12 + 8) follows the split as it changes.
  await expect(edit.getByTestId('workers-total')).toHaveValue('20');
  await edit.getByLabel('Pekerja laki-laki').fill('15');
  await expect(edit.getByTestId('workers-total')).toHaveValue('23');
  await edit.getByRole('checkbox', { name: 'JHT' }).check();
  await edit.getByLabel('Nama perusahaan').press('Control+s');
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('detail-workers-total')).toHaveText('23');

  await page.getByRole('tab', { name: 'Riwayat perubahan' }).click();
  const history = page.getByTestId('employer-history');
  await expect(history.getByRole('button')).toHaveCount(2);
  const latest = history.getByRole('button').first();
  await expect(latest).toContainText('diubah');
  await expect(latest).toContainText('Pekerja laki-laki');
  const changed = history.getByRole('row', { name: /Pekerja laki-laki/ });
  await expect(changed).toContainText('12');
  await expect(changed).toContainText('15');
  await expect(history.getByRole('button').nth(1)).toContainText('dibuat');
  await shot(page, '5b-riwayat-perusahaan');
  expect(problems).toEqual([]);
});

test('a branch is linked to its head office, found by name', async ({ app: page, served }) => {
  await ensureDemo(served);
  const head = await api<{ uid: string }>(served, 'employers.save', { name: 'PT Induk Segara Dewata', kecamatanCode: '51.03.01', bpjsStatus: 'terdaftar', npp: 'NN51030001', bpjsProgrammes: ['JKK', 'JKM', 'JHT'] });
  await openRegister(page);
  await page.getByRole('button', { name: 'Tambah perusahaan' }).click();
  const form = page.getByRole('dialog', { name: 'Tambah perusahaan' });
  await form.getByLabel('Nama perusahaan').fill('PT Induk Segara Dewata Cabang Kuta');
  await form.getByText('Kantor cabang', { exact: true }).click();
  await pickByKeyboard(form.getByRole('combobox', { name: /^Kantor pusat/ }), 'Induk Segara', 'PT Induk Segara Dewata');
  await expect(form.getByRole('combobox', { name: /^Kantor pusat/ })).toHaveValue('PT Induk Segara Dewata');
  await viewShot(page, '5l-cabang');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Buka "PT Induk Segara Dewata Cabang Kuta"' }).click();
  await expect(page.getByTestId('employer-title')).toHaveText('PT Induk Segara Dewata Cabang Kuta');
  await page.getByRole('link', { name: 'PT Induk Segara Dewata', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(head.uid));
  await expect(page.getByRole('link', { name: 'PT Induk Segara Dewata Cabang Kuta' })).toBeVisible();
  await shot(page, '5m-kantor-pusat');
});

test('a duplicate NIB is shown on the field with a link to the existing record', async ({ app: page, served }) => {
  await ensureDemo(served);
  const existing = (await list(served, { filterModel: activeOnly })).rows.find((r) => r.nib);
  if (!existing?.nib) throw new Error('no demo record with a NIB');
  await openRegister(page);
  await page.getByRole('button', { name: 'Tambah perusahaan' }).click();
  const form = page.getByRole('dialog', { name: 'Tambah perusahaan' });
  await form.getByLabel('Nama perusahaan').fill('CV Nomor Kembar');
  await form.getByLabel('NIB', { exact: true }).fill(existing.nib);
  await form.getByRole('button', { name: 'Simpan' }).click();
  const message = form.getByTestId('duplicate-nib');
  await expect(message).toContainText(`NIB ini sudah dipakai oleh "${existing.name}".`);
  await expect(form.getByLabel('NIB', { exact: true })).toBeFocused();
  await viewShot(page, '5c-nib-ganda');
  await message.getByRole('button', { name: 'Buka data yang ada' }).click();
  await expect(page.getByTestId('employer-title')).toHaveText(existing.name);
});

test('a similar name in the same desa warns, and "Lanjutkan menyimpan" saves', async ({ app: page, served }) => {
  await ensureDemo(served);
  await api(served, 'employers.save', { name: 'UD Tirta Segara Amerta', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', bpjsStatus: 'terdaftar', npp: 'NN51030002', bpjsProgrammes: ['JKK', 'JKM', 'JHT'] });
  await openRegister(page);
  await page.getByRole('button', { name: 'Tambah perusahaan' }).click();
  const form = page.getByRole('dialog', { name: 'Tambah perusahaan' });
  await form.getByLabel('Nama perusahaan').fill('CV Tirta Segara Amerta');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Desa / kelurahan' }), 'Dalung', 'Dalung');
  await expect(form.getByRole('combobox', { name: 'Kecamatan' })).toHaveValue('Kuta Utara');
  await form.getByRole('button', { name: 'Simpan' }).click();
  const warning = page.getByRole('dialog', { name: 'Nama mirip di desa yang sama' });
  await expect(warning).toContainText('UD Tirta Segara Amerta');
  await expect(warning.getByRole('button', { name: 'Buka' })).toBeVisible();
  await viewShot(page, '5d-nama-mirip');
  await warning.getByRole('button', { name: 'Lanjutkan menyimpan' }).click();
  await expect(warning).toBeHidden();
  await expect(form).toBeHidden();
  await search(page, 'Tirta Segara Amerta');
  await expect(rowCount(page)).toHaveText('2 perusahaan');
});

test('closing a record needs a reason and takes it out of the default view', async ({ app: page, served }) => {
  await ensureDemo(served);
  const name = 'PT Tutup Buku Sentosa';
  await api(served, 'employers.save', { name, kecamatanCode: '51.03.04', bpjsStatus: 'pwbd' });
  await openRegister(page);
  await search(page, 'Tutup Buku Sentosa');
  await expect(rowCount(page)).toHaveText('1 perusahaan');
  await expect(nameCells(page)).toHaveText([name]);
  await nameCells(page).first().getByRole('button').click();
  await expect(page.getByTestId('employer-title')).toHaveText(name);

  await page.getByRole('button', { name: 'Tutup / hapus…' }).click();
  await page.getByRole('menuitem', { name: 'Tandai tutup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tandai perusahaan tutup' });
  await dialog.getByRole('button', { name: 'Tandai tutup' }).click();
  await expect(dialog.getByText('Tulis alasannya (paling sedikit 3 huruf).')).toBeVisible();
  await dialog.getByLabel('Alasan').fill('Usaha berhenti sejak Januari, dicek saat kunjungan');
  await viewShot(page, '5e-tandai-tutup');
  await dialog.getByRole('button', { name: 'Tandai tutup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('record-status-alert')).toContainText('Usaha berhenti sejak Januari');
  await expect(page.getByRole('button', { name: 'Pulihkan' })).toBeVisible();
  await shot(page, '5f-rincian-tutup');

  await page.getByRole('link', { name: /Register perusahaan/ }).click();
  await expect(page.getByTestId('employer-search')).toHaveValue('Tutup Buku Sentosa');
  await expect(page.getByTestId('employer-no-match')).toBeVisible();
  await page.getByRole('switch', { name: 'Tampilkan yang tutup / dihapus' }).click({ force: true });
  await expect(page.getByRole('switch', { name: 'Tampilkan yang tutup / dihapus' })).toBeChecked();
  await expect(rowCount(page)).toHaveText('1 perusahaan');
  await expect(cellsOf(page, 'recordStatus')).toHaveText(['Tutup']);
  await shot(page, '5g-tampil-tutup');
  await page.getByRole('switch', { name: 'Tampilkan yang tutup / dihapus' }).click({ force: true });
  await expect(page.getByRole('switch', { name: 'Tampilkan yang tutup / dihapus' })).not.toBeChecked();
  await search(page, '');
});

test('closing a head office says which of its branches stay open', async ({ app: page, served }) => {
  await ensureDemo(served);
  const head = await api<{ uid: string }>(served, 'employers.save', { name: 'PT Induk Cabang Lestari', kecamatanCode: '51.03.04', bpjsStatus: 'pwbd', officeType: 'pusat' });
  await api(served, 'employers.save', { name: 'PT Induk Cabang Lestari Cabang Kuta', kecamatanCode: '51.03.04', bpjsStatus: 'pwbd', officeType: 'cabang', headOfficeUid: head.uid });
  const closed = await api<{ uid: string }>(served, 'employers.save', { name: 'PT Induk Cabang Lestari Cabang Mengwi', kecamatanCode: '51.03.04', bpjsStatus: 'pwbd', officeType: 'cabang', headOfficeUid: head.uid });
  await api(served, 'employers.setStatus', { uid: closed.uid, recordStatus: 'tutup', reason: 'Cabang sudah tutup' });
  await openRegister(page);
  await search(page, 'Induk Cabang Lestari');
  await nameCells(page).filter({ hasText: /^PT Induk Cabang Lestari$/ }).getByRole('button').click();
  await expect(page.getByTestId('employer-title')).toHaveText('PT Induk Cabang Lestari');
  // The branch list marks the closed branch.
  await expect(page.getByText('PT Induk Cabang Lestari Cabang Mengwi', { exact: true }).locator('..')).toContainText('Tutup');
  await expect(page.getByText('PT Induk Cabang Lestari Cabang Kuta', { exact: true }).locator('..')).not.toContainText('Tutup');
  await page.getByRole('button', { name: 'Tutup / hapus…' }).click();
  await page.getByRole('menuitem', { name: 'Tandai tutup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tandai perusahaan tutup' });
  // The open branch is named; the one already closed is not.
  await expect(dialog.getByTestId('status-open-branches')).toHaveText('Cabang yang masih aktif (1) tidak ikut ditutup: PT Induk Cabang Lestari Cabang Kuta. Tandai tutup masing-masing bila ikut berhenti.');
  await viewShot(page, '5h-tutup-kantor-pusat');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: /Register perusahaan/ }).click();
  await search(page, '');
});

test('a follow-up past its due date shows as overdue on the due page', async ({ app: page, served }) => {
  await ensureDemo(served);
  const name = 'CV Teguran Pertama Jaya';
  await api(served, 'employers.save', { name, kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
  await openRegister(page);
  await search(page, 'Teguran Pertama Jaya');
  await expect(nameCells(page)).toHaveText([name]);
  await nameCells(page).first().getByRole('button').click();
  await expect(page.getByTestId('employer-title')).toHaveText(name);
  await page.getByRole('tab', { name: 'Tindak lanjut' }).click();
  await expect(page.getByText('Belum ada tindak lanjut.')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah tindak lanjut' });
  await pickByKeyboard(dialog.getByRole('combobox', { name: /^Jenis/ }), 'teguran', 'Teguran tertulis I$');
  await expect(dialog.getByRole('combobox', { name: /^Jenis/ })).toHaveValue('Teguran tertulis I');
  // Dates typed the Indonesian way, day first.
  await dialog.getByLabel(/^Tanggal/).fill('06/01/2025');
  await dialog.getByLabel('Tenggat').fill('16/01/2025');
  await dialog.getByLabel('Nomor surat').fill('560/017/Disperinaker/2025');
  await viewShot(page, '5h-tindak-lanjut-baru');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('follow-ups-table').getByRole('row', { name: 'Teguran tertulis I' });
  await expect(row).toContainText('560/017/Disperinaker/2025');
  await expect(row).toContainText(/Terlambat \d+ hari/);
  await shot(page, '5i-tindak-lanjut-perusahaan');

  await page.getByRole('navigation').getByRole('link', { name: 'Tindak lanjut jatuh tempo' }).click();
  await expect(page.getByRole('heading', { name: 'Tindak lanjut jatuh tempo' })).toBeVisible();
  const due = page.getByTestId('due-table').getByRole('row').filter({ hasText: name });
  await expect(due).toHaveAttribute('data-overdue', 'true');
  await expect(due).toContainText(/Terlambat \d+ hari/);
  await expect(due).toContainText('16 Jan 2025');
  await page.getByText('30 hari ke depan').click();
  await expect(page.getByRole('radio', { name: '30 hari ke depan' })).toBeChecked();
  await expect(due).toBeVisible();
  await shot(page, '5j-jatuh-tempo');
  await due.getByRole('cell').first().click();
  await expect(page.getByTestId('employer-title')).toHaveText(name);
  await expect(page.getByRole('tab', { name: 'Tindak lanjut' })).toHaveAttribute('aria-selected', 'true');
});

test('a hidden column stays hidden and a column moved by keyboard stays moved after a reload', async ({ app: page, served }) => {
  await ensureDemo(served);
  await openRegister(page);
  const nppHeader = grid(page).locator('.ag-header-row-column .ag-header-cell[col-id="npp"]');
  await expect(nppHeader).toBeVisible();
  await page.getByRole('button', { name: 'Kolom', exact: true }).click();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings.ui.set'));
  await page.getByRole('checkbox', { name: 'NPP BPJS' }).uncheck();
  await saved;
  await expect(nppHeader).toHaveCount(0);
  // The order changes from the keyboard too: NPWP moves up, before NIB.
  const headerOrder = () => grid(page).locator('.ag-header-row-column .ag-header-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('col-id')));
  expect((await headerOrder()).indexOf('npwp')).toBeGreaterThan((await headerOrder()).indexOf('nib'));
  const reordered = page.waitForResponse((r) => r.url().endsWith('/api/settings.ui.set'));
  await page.getByRole('button', { name: 'Naikkan NPWP' }).focus();
  await page.keyboard.press('Enter');
  await reordered;
  await expect.poll(async () => (await headerOrder()).indexOf('npwp') < (await headerOrder()).indexOf('nib')).toBe(true);
  await viewShot(page, '5k-pilih-kolom');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Register perusahaan' })).toBeVisible();
  await expect(nameCells(page).first()).toBeVisible();
  await expect(nppHeader).toHaveCount(0);
  expect((await headerOrder()).indexOf('npwp')).toBeLessThan((await headerOrder()).indexOf('nib'));
  await expect(grid(page).locator('.ag-header-row-column .ag-header-cell[col-id="npwp"]')).toBeVisible();

  // In English too (the layout stays).
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Employer register' })).toBeVisible();
  await expect(nppHeader).toHaveCount(0);
  await expect(countBadge(page, /^PWBD/)).toBeVisible();
  await shot(page, '5n-register-en');
  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register perusahaan' })).toBeVisible();

  // Back to the default layout.
  await page.getByRole('button', { name: 'Kolom', exact: true }).click();
  await page.getByRole('button', { name: 'Kembalikan susunan awal' }).click();
  await expect(nppHeader).toBeVisible();
});

// A common office laptop screen. What must hold there: nothing the user needs to read is cut
// off, every column can be reached in the 'Kolom' list, and rows not loaded yet say so.
test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  /** Elements whose text is cut (an ellipsis or clipped): their text and widths. */
  const cutTexts = (scope: Locator, selector: string) =>
    scope.locator(selector).evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => `${e.textContent} (${e.scrollWidth} > ${e.clientWidth})`));

  test('headers and count badges read whole, in both languages', async ({ app: page, served }) => {
    await ensureDemo(served);
    // A district's registers count into the hundreds of thousands (the worker register up to a
    // million): the counts are scaled up in the answer to see the bar at that size.
    const scale = 4_111;
    await page.route(/\/api\/(employers|registers)\.counts$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { ok: boolean; data: Record<string, unknown> };
      const times = (o: Record<string, unknown>): Record<string, unknown> =>
        Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? v * scale : v && typeof v === 'object' ? times(v as Record<string, unknown>) : v]));
      await route.fulfill({ response, json: body.ok ? { ...body, data: times(body.data) } : body });
    });
    const counts = await countsOf(served, activeOnly);
    await openRegister(page);
    await expect(countBadge(page, /^Semua/)).toContainText(new Intl.NumberFormat('id-ID').format(counts.total * scale));
    await expect(nameCells(page).first()).toBeVisible();
    const header = grid(page).locator('.ag-header-row-column .ag-header-cell[col-id="startDate"]');
    await expect(header).toContainText('Mulai usaha');
    await expect.poll(() => cutTexts(grid(page), '.ag-header-cell-text')).toEqual([]);
    await expect.poll(() => cutTexts(page.getByTestId('status-counts'), '.mantine-Badge-root, .mantine-Badge-label')).toEqual([]);
    // Sorted, the header makes room for the arrow and still reads whole.
    await header.locator('.ag-header-cell-label').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => cutTexts(header, '.ag-header-cell-text')).toEqual([]);
    await shot(page, '5q-register-1366');
    await header.locator('.ag-header-cell-label').click();
    await header.locator('.ag-header-cell-label').click();

    // In English the labels are longer.
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Employer register' })).toBeVisible();
    await expect(countBadge(page, /^All/)).toContainText(new Intl.NumberFormat('en-GB').format(counts.total * scale));
    await expect.poll(() => cutTexts(grid(page), '.ag-header-cell-text')).toEqual([]);
    await expect.poll(() => cutTexts(page.getByTestId('status-counts'), '.mantine-Badge-root, .mantine-Badge-label')).toEqual([]);
    await shot(page, '5r-register-1366-en');
    await page.getByText('ID', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Register perusahaan' })).toBeVisible();
  });

  test('a follow-up long overdue, beside a long letter number and outcome, reads "Terlambat … hari" whole', async ({ app: page, served }) => {
    await ensureDemo(served);
    const employer = await api<{ uid: string }>(served, 'employers.save', { name: 'PT Lama Terlambat Sekali', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
    await api(served, 'employers.followUps.save', {
      employerUid: employer.uid,
      kind: 'teguran_1',
      date: '2023-01-06',
      dueDate: '2023-01-16',
      letterNumber: '560/017/Disperinaker/2023/Bidang-Hubungan-Industrial',
      outcome: 'Perusahaan belum mendaftarkan pekerjanya; pemilik berjanji mendaftar bulan depan setelah kunjungan kedua',
    });
    await page.goto(`${served.url}#/register/perusahaan/${employer.uid}?tab=tindak-lanjut`);
    const row = page.getByTestId('follow-ups-table').getByRole('row', { name: 'Teguran tertulis I' });
    await expect(row).toContainText(/Terlambat \d+ hari/);
    await expect.poll(() => cutTexts(row, '.mantine-Badge-root, .mantine-Badge-label')).toEqual([]);
    await shot(page, '5s-tindak-lanjut-1366');
    await page.getByRole('navigation').getByRole('link', { name: 'Tindak lanjut jatuh tempo' }).click();
    const due = page.getByTestId('due-table').getByRole('row').filter({ hasText: 'PT Lama Terlambat Sekali' });
    await expect(due).toContainText(/Terlambat \d+ hari/);
    await expect.poll(() => cutTexts(due, '.mantine-Badge-root, .mantine-Badge-label')).toEqual([]);
  });

  test('the column list shows its scrollbar and scrolls to the last column', async ({ app: page, served }) => {
    await ensureDemo(served);
    await openRegister(page);
    await expect(nameCells(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'Kolom', exact: true }).click();
    const list = page.getByRole('group', { name: 'Kolom yang ditampilkan' });
    await expect(list.getByRole('checkbox', { name: 'Status BPJS' })).toBeVisible();
    // The list is longer than it is tall: its scrollbar shows without the pointer on it, so
    // the columns below the fold are seen to be there.
    await expect(list.locator('.mantine-ScrollArea-scrollbar[data-orientation="vertical"]')).toBeVisible();
    await viewShot(page, '5t-pilih-kolom-1366');
    const last = list.getByRole('checkbox', { name: 'Terakhir diubah' });
    await expect(last).not.toBeInViewport();
    await list.getByRole('checkbox', { name: 'Kecamatan' }).hover();
    await page.mouse.wheel(0, 2000);
    await expect(last).toBeInViewport();
    await expect(list.getByRole('button', { name: 'Kembalikan susunan awal' })).toBeInViewport();
    await viewShot(page, '5u-pilih-kolom-1366-bawah');
    await page.keyboard.press('Escape');
  });

  test('a jump to the end of the grid shows a loading sign until the rows arrive', async ({ app: page, served }) => {
    await ensureDemo(served);
    const all = await list(served, { filterModel: activeOnly });
    const lastRow = (await list(served, { filterModel: activeOnly, startRow: all.rowCount - 1, endRow: all.rowCount })).rows[0]!;
    // The rows past the first block wait until the test lets them through: a slow connection
    // or a million rows, seen deterministically.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/(employers|registers)\.list$/, async (route) => {
      const input = route.request().postDataJSON() as { startRow: number };
      if (input.startRow > 0) await released;
      await route.continue();
    });
    await openRegister(page);
    await expect(rowCount(page)).toHaveText(`${new Intl.NumberFormat('id-ID').format(all.rowCount)} perusahaan`);
    await expect(nameCells(page).first()).toBeVisible();
    await page.getByTestId('employer-search').press('ArrowDown');
    await expect(nameCells(page).first()).toBeFocused();
    await page.keyboard.press('Control+ArrowDown');
    const loading = grid(page).getByTestId('row-loading');
    await expect(loading.first()).toBeVisible();
    await expect(loading.first()).toHaveText('Memuat…');
    await viewShot(page, '5v-memuat-baris');
    release();
    await expect(nameCells(page).filter({ hasText: lastRow.name })).toBeVisible();
    await expect(loading).toHaveCount(0);
  });

  test('Ctrl+End focuses the last row, End and Home the row\'s last and first column, and Tab leaves the grid', async ({ app: page, served }) => {
    await ensureDemo(served);
    const all = await list(served, { filterModel: activeOnly });
    const lastRow = (await list(served, { filterModel: activeOnly, startRow: all.rowCount - 1, endRow: all.rowCount })).rows[0]!;
    await openRegister(page);
    await expect(nameCells(page).first()).toBeVisible();
    await page.getByTestId('employer-search').press('ArrowDown');
    await expect(nameCells(page).first()).toBeFocused();
    // The last row, loaded after the jump, holds the focus (it stayed on row 0, off screen; walk 33).
    await page.keyboard.press('Control+End');
    await expect(nameCells(page).filter({ hasText: lastRow.name })).toBeFocused();
    await page.keyboard.press('End');
    const lastCell = grid(page).locator('.ag-row-last .ag-cell').last();
    await expect(lastCell).toBeFocused();
    await page.keyboard.press('Home');
    await expect(nameCells(page).filter({ hasText: lastRow.name })).toBeFocused();
    await page.keyboard.press('Control+Home');
    await expect(grid(page).locator('.ag-row[row-index="0"] [col-id="name"]')).toBeFocused();
    // Tab goes on past the grid, not to the next cell.
    await page.keyboard.press('Tab');
    await expect(grid(page).locator('.ag-cell:focus')).toHaveCount(0);
  });

  test('after a record added with Ctrl+N from the grid, the keyboard is back on the grid\'s row, not on the page\'s body (walk 33)', async ({ app: page, served }) => {
    await ensureDemo(served);
    await openRegister(page);
    await expect(nameCells(page).first()).toBeVisible();
    await page.getByTestId('employer-search').press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const thirdRow = grid(page).locator('.ag-row[row-index="2"] [col-id="name"]');
    await expect(thirdRow).toBeFocused();
    await page.keyboard.press('Control+n');
    const form = page.getByRole('dialog', { name: 'Tambah perusahaan' });
    await form.getByLabel('Nama perusahaan').fill('PT Fokus Kembali');
    await pickByKeyboard(form.getByRole('combobox', { name: 'Kecamatan' }), 'kuta ut', 'Kuta Utara');
    await pickByKeyboard(form.getByRole('combobox', { name: 'Desa / kelurahan' }), 'dalu', 'Dalung');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(form).toBeHidden();
    // The grid drew its rows again after the save; the focus is on the same row and column.
    await expect(thirdRow).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(grid(page).locator('.ag-row[row-index="3"] [col-id="name"]')).toBeFocused();
  });
});
