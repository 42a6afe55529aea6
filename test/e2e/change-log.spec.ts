import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { adminUser, expect, pageApiHeaders, shot, test } from './fixtures.ts';

// The change log as a clerk reads it at 1366×768: a firm edited in its form, then a small file
// imported over it; the log is searched in the words on screen, names the firm, shows only what
// changed in the register's words, and keeps the import one entry that opens to its records.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

// Made when the tests run, not when the file is loaded (Playwright loads it to list the tests too).
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-changelog-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${new URL(page.url()).origin}/api/${channel}`, { headers: await pageApiHeaders(page), data: input });
  const result = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.data;
}

const firm = { name: 'PT Maju Jaya', legalForm: 'PT', nib: '9120000004441', kbliCodes: ['55110'], businessScale: 'kecil', kecamatanCode: '51.03.06', bpjsStatus: 'pwbd', bpjsProgrammes: [] };

test('an edit and an import in the change log: found by the words on screen, only what changed, the import opened to its records', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const saved = await api<{ uid: string }>(page, 'employers.save', firm);
  // A first correction: its scale and kecamatan (codes in the database, words on screen).
  await api(page, 'employers.save', { ...firm, uid: saved.uid, businessScale: 'menengah', kecamatanCode: '51.03.05' });

  // The clerk edits the firm in its form: a phone number.
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await page.getByTestId('employer-search').fill('Maju Jaya');
  await page.getByTestId('employer-grid').getByRole('button', { name: 'PT Maju Jaya' }).click();
  await expect(page.getByTestId('employer-title')).toHaveText('PT Maju Jaya');
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Ubah data perusahaan' });
  await form.getByLabel('Telepon').fill('0361 412 777');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();

  // A small file updates the firm's BPJS status and adds two firms.
  const csv = join(dir, 'data bpjs cabang.csv');
  writeFileSync(csv, ['Nama Perusahaan;NIB;Status BPJS;Kecamatan', `PT Maju Jaya;${firm.nib};PDS upah;Kuta Selatan`, 'CV Tirta Amerta;9120000004442;belum;Mengwi', 'UD Sari Merta;9120000004443;terdaftar;Kuta'].join('\n'));
  await page.getByRole('link', { name: 'Impor perusahaan', exact: true }).click();
  await page.locator('input[type="file"]').setInputFiles(csv);
  await page.getByRole('button', { name: 'Periksa data (uji coba)' }).click();
  await page.getByRole('button', { name: 'Simpan 3 baris' }).click();
  await expect(page.getByTestId('commit-counts')).toHaveText('2 baru, 1 diperbarui');
  // The import history names the actor: the signed-in administrator.
  await page.getByRole('tab', { name: 'Riwayat impor' }).click();
  await expect(page.getByTestId('import-history').getByRole('row', { name: /data bpjs cabang\.csv/ })).toContainText(adminUser.displayName);

  // The change log, searched in the words on screen.
  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  const rows = page.getByTestId('audit-grid').locator('.ag-row');
  const search = page.getByLabel('Cari');
  await search.fill('ubah maju jaya');
  await expect(page.getByTestId('audit-row-count')).toHaveText('2 catatan');
  await expect(rows.first().locator('[col-id="entityLabel"]')).toHaveText('Perusahaan · PT Maju Jaya');
  await expect(rows.first().locator('[col-id="action"]')).toHaveText('ubah');
  await expect(rows.first().locator('[col-id="changedFields"]')).toHaveText('Telepon');
  await expect(rows.first().locator('[col-id="actorName"]')).toContainText(adminUser.displayName);
  await search.fill('Perusahaan');
  await expect(rows.locator('[col-id="entityLabel"]', { hasText: 'PT Maju Jaya' })).toHaveCount(3);
  await search.fill('skala usaha');
  await expect(page.getByTestId('audit-row-count')).toHaveText('1 catatan');
  await expect(rows.first().locator('[col-id="changedFields"]')).toHaveText('Skala usaha, Kecamatan');
  // Each action once in the action filter.
  await page.locator('.ag-header-row-column .ag-header-cell[col-id="action"] .ag-header-cell-filter-button').click();
  await expect(page.getByRole('checkbox', { name: 'hapus / salah input', exact: true })).toHaveCount(1);
  await page.getByRole('heading', { name: 'Riwayat perubahan' }).click();

  // The first correction's detail: only the changed fields, in words.
  await rows.first().click();
  const detail = page.getByRole('dialog').getByTestId('audit-changes');
  await expect(detail.getByRole('row', { name: /Skala usaha/ })).toContainText('KecilMenengah');
  await expect(detail.getByRole('row', { name: /Kecamatan/ })).toContainText('Kuta UtaraKuta Selatan');
  await expect(detail.getByRole('row')).toHaveCount(3); // the header and the two fields
  await expect(page.getByRole('dialog')).not.toContainText(/51\.03|menengah|[0-9a-f]{8}-[0-9a-f]{4}/);
  await shot(page, 'changelog-1-koreksi');
  await page.keyboard.press('Escape');

  // The form's edit: the phone alone.
  await search.fill('telepon');
  await expect(rows.first().locator('[col-id="changedFields"]')).toHaveText('Telepon');
  await rows.first().click();
  await expect(page.getByRole('dialog').getByTestId('audit-changes').getByRole('row', { name: /Telepon/ })).toContainText('—0361 412 777');
  await expect(page.getByRole('dialog').getByTestId('audit-changes').getByRole('row')).toHaveCount(2);
  await shot(page, 'changelog-2-ubah');
  await page.keyboard.press('Escape');

  // The import: one entry, named by its file, opening to the three records it touched.
  await search.fill('impor bpjs cabang');
  await expect(page.getByTestId('audit-row-count')).toHaveText('1 catatan');
  await expect(rows.first().locator('[col-id="entityLabel"]')).toHaveText('Impor · data bpjs cabang.csv');
  await rows.first().click();
  const touched = page.getByRole('dialog').getByTestId('batch-changes');
  await expect(touched).toContainText('Data yang tersentuh (3)');
  await expect(touched.getByTestId('batch-change')).toHaveCount(3);
  const maju = touched.getByTestId('batch-change').filter({ hasText: 'PT Maju Jaya' });
  await expect(maju).toContainText('diubah');
  await maju.getByRole('button').click();
  await expect(maju.getByRole('row', { name: /Status BPJS/ })).toContainText('PWBDPDS upah');
  await expect(touched.getByTestId('batch-change').filter({ hasText: 'CV Tirta Amerta' })).toContainText('baru');
  await expect(page.getByRole('dialog').getByTestId('audit-changes')).toContainText('Register perusahaan');
  await shot(page, 'changelog-3-impor');
  await page.keyboard.press('Escape');

  // The firm's own history: its edits and the import's change, in the same words.
  await page.evaluate((uid) => (window.location.hash = `#/register/perusahaan/${uid}?tab=riwayat`), saved.uid);
  const history = page.getByTestId('employer-history');
  await expect(history.getByRole('button')).toHaveCount(4);
  const imported = history.getByRole('button').first();
  await expect(imported).toContainText('diubah lewat impor');
  await expect(imported).toContainText('data bpjs cabang.csv · Status BPJS');
  await expect(history.getByRole('row', { name: /Status BPJS/ })).toContainText('PWBDPDS upah');
  await expect(history.getByRole('button', { name: /Telepon/ })).toContainText(adminUser.displayName);
  await shot(page, 'changelog-4-riwayat-perusahaan');

  // A firm the import made: its one entry says it was created, by whom, when and from which file
  // (an import keeps no field list for a new record, which is not "no field changed").
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await page.getByTestId('employer-search').fill('Tirta Amerta');
  await page.getByTestId('employer-grid').getByRole('button', { name: 'CV Tirta Amerta' }).click();
  await expect(page.getByTestId('employer-title')).toHaveText('CV Tirta Amerta');
  await page.evaluate(() => (window.location.hash = `${window.location.hash.split('?')[0]}?tab=riwayat`));
  const made = page.getByTestId('employer-history');
  await expect(made.getByRole('button')).toHaveCount(1);
  await expect(made.getByRole('button').first()).toContainText('dibuat lewat impor');
  await expect(made.getByTestId('history-created')).toContainText(`Data ini dibuat oleh ${adminUser.displayName} pada `);
  await expect(made.getByTestId('history-created')).toContainText('lewat impor berkas data bpjs cabang.csv');
  await expect(made).not.toContainText('Tidak ada kolom yang berubah');
  await shot(page, 'changelog-5-riwayat-dibuat-impor');
});

test('entries of other records name their kind in words, in both languages: a regulation', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await api(page, 'regulations.save', { jenis: 'perbup', nomor: '61', tahun: 2024, judul: 'Perlindungan Pekerja Rentan (uji log)', teuBadan: 'Badung (Kabupaten)' });
  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  const rows = page.getByTestId('audit-grid').locator('.ag-row');
  // Found by its kind's word, which is also what the row shows (not "regulation").
  await page.getByLabel('Cari').fill('regulasi perbup badung');
  await expect(page.getByTestId('audit-row-count')).toHaveText('1 catatan');
  await expect(rows.first().locator('[col-id="entityLabel"]')).toHaveText('Regulasi · Perbup Badung No. 61 Tahun 2024');
  await expect(rows.first().locator('[col-id="action"]')).toHaveText('buat');
  await shot(page, 'changelog-5-regulasi');
  await page.getByText('EN', { exact: true }).click();
  await expect(rows.first().locator('[col-id="entityLabel"]')).toHaveText('Regulation · Perbup Badung No. 61 Tahun 2024');
  await page.getByText('ID', { exact: true }).click();
});
