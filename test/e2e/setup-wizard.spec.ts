import { createAdmin, expect, freshDataDir, shot, signIn, startServe, stopServe, test } from './fixtures.ts';

// This test starts its own server on an empty folder (and the machine may be shared): time enough for that.
test.setTimeout(180_000);

test('an empty database opens on the setup wizard, which cannot be skipped', async ({ page }) => {
  const dataDir = freshDataDir();
  const { served, child } = await startServe(dataDir);
  try {
    // The administrator comes first (accounts.spec.ts shows that page); the wizard follows.
    await createAdmin(served);
    await signIn(page.request, served);
    await page.goto(served.url);
    await expect(page.getByRole('heading', { name: 'Selamat datang di Lindung' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0); // no way around it
    // The first field has the cursor: the clerk can type the office name at once.
    await expect(page.getByLabel('Nama kantor')).toBeFocused();
    await shot(page, '01-setup-kantor');

    const next = page.getByRole('button', { name: 'Lanjut' });
    await expect(next).toBeDisabled();
    await page.getByLabel('Nama kantor').fill('Di');
    await expect(page.getByText('Terlalu pendek (paling sedikit 3 huruf).')).toBeVisible();
    await page.getByLabel('Nama kantor').fill('Dinas Tenaga Kerja Kabupaten Gianyar');
    await next.click();
    await expect(page.getByRole('combobox', { name: 'Provinsi' })).toBeFocused();

    // Area: province by typing, then the kabupaten; the time zone follows the province.
    await page.getByRole('combobox', { name: 'Provinsi' }).fill('bali');
    await page.getByRole('option', { name: 'Bali (51)' }).click();
    await expect(page.getByText('Disarankan dari provinsi: WITA')).toBeVisible();
    await expect(next).toBeDisabled();
    await page.getByRole('combobox', { name: 'Kabupaten / kota' }).fill('gian');
    await page.getByRole('option', { name: 'Kabupaten Gianyar (51.04)' }).click();
    await shot(page, '02-setup-wilayah');
    await next.click();

    await expect(page.getByTestId('setup-summary')).toContainText('Kabupaten Gianyar (51.04)');
    await expect(page.getByTestId('setup-summary')).toContainText('WITA (UTC+8)');
    await shot(page, '03-setup-periksa');
    await page.getByRole('button', { name: 'Selesai dan mulai' }).click();

    // The app proper, scoped to the area, opening on Beranda, whose empty registers show where the work starts.
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/#\/beranda$/);
    await expect(page.getByTestId('home-register-employers-empty')).toContainText('Register perusahaan masih kosong');
    await expect(page.getByRole('banner')).toContainText('Dinas Tenaga Kerja Kabupaten Gianyar · Kabupaten Gianyar');
    await shot(page, '04-setelah-setup');

    // A reload stays in the app: the setup is stored.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible();
  } finally {
    await stopServe(child, dataDir);
  }
});
