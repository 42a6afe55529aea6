import { expect, shot, test } from './fixtures.ts';

test('switch language, edit the office profile, and find the change in the audit grid', async ({ app: page }) => {
  // The app opens on Beranda; the office profile is under Pengaturan. Bahasa Indonesia first.
  await expect(page.getByRole('heading', { name: 'Beranda', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Profil kantor' }).click();
  await expect(page.getByRole('heading', { name: 'Profil kantor' })).toBeVisible();
  await expect(page.getByTestId('profile-last-saved')).toContainText('Terakhir disimpan');
  await shot(page, '10-profil');

  // English, then back.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Office profile' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change history' })).toBeVisible();
  await shot(page, '11-office-profile-en');
  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Profil kantor' })).toBeVisible();

  // Bad input is explained in Indonesian, field by field, and nothing is saved.
  await page.getByLabel('Nama kantor').fill('Di');
  await page.getByLabel('NIP kepala dinas').fill('1970-01');
  await page.getByLabel('E-mail').fill('bukan email');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Terlalu pendek (paling sedikit 3 huruf).')).toBeVisible();
  await expect(page.getByText('NIP harus 18 digit angka (spasi boleh), mis. 19700512 199803 1 007.')).toBeVisible();
  await expect(page.getByText(/Alamat e-mail tidak sah/)).toBeVisible();
  await shot(page, '12-profil-salah-isi');

  // Fix and save.
  await page.getByLabel('Nama kantor').fill('Dinas Perindustrian dan Tenaga Kerja Kabupaten Badung');
  await page.getByLabel('Alamat').fill('Jl. Raya Sempidi, Mengwi, Badung');
  await page.getByLabel('Nama kepala dinas').fill('I Putu Eka Merthawan');
  await page.getByLabel('NIP kepala dinas').fill('197001011990031001');
  await page.getByLabel('E-mail').fill('disperinaker@badungkab.go.id');
  await page.getByRole('radio', { name: 'WITA (UTC+8)' }).check({ force: true });
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Profil kantor tersimpan dan dicatat di riwayat perubahan.')).toBeVisible();
  await expect(page.getByTestId('profile-last-saved')).toContainText('WITA');
  await expect(page.getByRole('banner')).toContainText('Kabupaten Badung');

  // A second edit, so the grid has two entries to sort and filter.
  await page.getByLabel('Nama kepala dinas').fill('Ni Made Ayu Sri Wahyuni');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Profil kantor tersimpan dan dicatat di riwayat perubahan.').first()).toBeVisible();
  await shot(page, '13-profil-tersimpan');

  // The audit grid shows both changes, newest first.
  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  await expect(page.getByRole('heading', { name: 'Riwayat perubahan' })).toBeVisible();
  const rows = page.getByTestId('audit-grid').locator('.ag-row');
  // Setup and the reference loads are recorded too; narrow to the office profile.
  await page.getByLabel('Cari').fill('office_profile');
  await expect(page.getByTestId('audit-row-count')).toHaveText('3 catatan');
  await expect(rows).toHaveCount(3);
  await expect(rows.first().locator('[col-id="action"]')).toHaveText('ubah');
  await expect(rows.first().locator('[col-id="changedFields"]')).toHaveText('Nama kepala dinas');
  await expect(rows.first().locator('[col-id="entityLabel"]')).toHaveText('Profil kantor');
  await shot(page, '14-riwayat');

  // Sort: click the time header to flip to oldest first.
  await page.locator('.ag-header-row-column .ag-header-cell[col-id="at"] .ag-header-cell-label').click();
  await expect(rows.first().locator('[col-id="action"]')).toHaveText('buat');

  // Filter through the set filter on "Tindakan": only updates.
  await page.locator('.ag-header-row-column .ag-header-cell[col-id="action"] .ag-header-cell-filter-button').click();
  await page.getByRole('checkbox', { name: 'buat' }).uncheck();
  await expect(page.getByTestId('audit-row-count')).toHaveText('2 catatan');
  await expect(rows).toHaveCount(2);
  await shot(page, '15-riwayat-disaring');
  await page.keyboard.press('Escape');

  // The date filter is typed day first, whatever the computer's locale: today (office time) keeps
  // both rows and marks the column filtered; another day leaves none.
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Makassar', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  const atFilter = page.getByRole('textbox', { name: 'Waktu Isian saringan' });
  await expect(atFilter).toHaveAttribute('placeholder', 'hh/bb/tttt');
  await atFilter.fill('01/02/2020');
  await expect(page.getByTestId('audit-row-count')).toHaveText('0 catatan');
  await atFilter.fill(today);
  await expect(page.getByTestId('audit-row-count')).toHaveText('2 catatan');
  await expect(page.getByRole('columnheader', { name: 'Waktu' })).toHaveClass(/ag-header-cell-filtered/);
  await shot(page, '15b-riwayat-tanggal');
  // The column's filter panel shows the same day-first box, with the day typed.
  await page.locator('.ag-floating-filter[col-id="at"] .ag-floating-filter-button-button').click();
  await expect(page.locator('.ag-filter').getByPlaceholder('hh/bb/tttt').first()).toHaveValue(today);
  await shot(page, '15c-riwayat-saringan-tanggal');
  await page.keyboard.press('Escape');
  await atFilter.fill('31/02/2020'); // not a day: no filter, and the box says so
  await expect(atFilter).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('columnheader', { name: 'Waktu' })).not.toHaveClass(/ag-header-cell-filtered/);
  // A two-digit year may still grow ('01/02/20' on the way to '01/02/2026'): it filters on Enter, written out whole.
  await atFilter.fill('01/02/20');
  await expect(page.getByRole('columnheader', { name: 'Waktu' })).not.toHaveClass(/ag-header-cell-filtered/);
  await atFilter.press('Enter');
  await expect(atFilter).toHaveValue('01/02/2020');
  await expect(page.getByTestId('audit-row-count')).toHaveText('0 catatan');
  await atFilter.fill('');
  await expect(page.getByTestId('audit-row-count')).toHaveText('2 catatan');


  // Row detail shows the changed field before and after.
  await rows.filter({ has: page.locator('[col-id="changedFields"]', { hasText: /^Nama kepala dinas$/ }) }).click();
  const changed = page.getByRole('dialog').getByRole('row', { name: /Nama kepala dinas/ });
  await expect(changed).toContainText('I Putu Eka Merthawan');
  await expect(changed).toContainText('Ni Made Ayu Sri Wahyuni');
  await shot(page, '16-rincian');
});

test('the API refuses callers without the per-run token', async ({ served, request }) => {
  const response = await request.post(`${served.origin}/api/settings.officeProfile.get`, { headers: { 'X-Lindung': '1' }, data: {} });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe('FORBIDDEN');
  const page = await request.get(`${served.origin}/`);
  expect(page.status()).toBe(403);
});
