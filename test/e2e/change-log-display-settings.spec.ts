import { api, expect, shot, test } from './fixtures.ts';

// Walk 35 item 4: showing the NIK column of a register was in the change log only as the grid's
// column state, raw JSON under "Rincian". The row now says it in words, the columns shown by
// their labels.

test.use({ viewport: { width: 1366, height: 768 } });

test('showing the NIK column reads "Kolom NIK ditampilkan — Register pekerja" in the change log', async ({ app: page, served }) => {
  await api(served, 'workers.save', { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', periods: [] });
  await page.goto(`${served.origin}/#/register/pekerja`);
  await expect(page.getByText('Ni Luh Putu Sukerti')).toBeVisible();
  await page.getByRole('button', { name: 'Kolom', exact: true }).click();
  await page.getByRole('checkbox', { name: 'NIK', exact: true }).check();
  await page.keyboard.press('Escape');
  // The layout is saved a moment after the last change.
  await expect.poll(async () => (await api<string | null>(served, 'settings.ui.get', { key: 'grid.workers.columns' })) ?? '', { timeout: 10_000 }).toContain('"nik"');

  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  await page.getByLabel('Cari').fill('NIK ditampilkan');
  const row = page.getByTestId('audit-grid').locator('.ag-row').first();
  await expect(row.locator('[col-id="entityLabel"]')).toHaveText('Pengaturan tampilan · Kolom NIK ditampilkan — Register pekerja');
  await row.click();
  const detail = page.getByTestId('audit-detail');
  await expect(detail.getByTestId('audit-summary')).toHaveText('Kolom NIK ditampilkan — Register pekerja');
  await expect(detail.getByTestId('audit-changes')).toContainText('Kolom yang ditampilkan');
  await expect(detail.getByTestId('audit-changes')).toContainText('NIK');
  await expect(detail).not.toContainText('colId');
  await shot(page, 'change-log-display-setting');
});
