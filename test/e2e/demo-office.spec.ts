import { createAdmin, expect, freshDataDir, shot, signIn, startServe, stopServe, test } from './fixtures.ts';

// The first start's "Coba dengan kantor contoh": one click from an empty data folder to a whole
// office with data in every part. Its own server on an empty folder, and a real load: time enough.
test.setTimeout(480_000);

test('an empty data folder becomes a whole demo office in one step', async ({ page }) => {
  const dataDir = freshDataDir();
  const { served, child } = await startServe(dataDir);
  try {
    await createAdmin(served);
    await signIn(page.request, served);
    await page.goto(served.url);
    await expect(page.getByRole('heading', { name: 'Selamat datang di Lindung' })).toBeVisible();
    await page.getByTestId('setup-try-demo').click();

    // The demo page follows the job, then names what was loaded and where to start.
    await expect(page.getByRole('heading', { name: 'Kantor contoh', level: 1 })).toBeVisible();
    await expect(page.getByTestId('demo-office-done')).toBeVisible({ timeout: 360_000 });
    await expect(page.getByTestId('demo-office-done')).toContainText('1.500 pemberi kerja');
    await expect(page.getByTestId('demo-office-done')).toContainText('24 bulan cakupan dibekukan');
    await expect(page.getByRole('banner')).toContainText('Kabupaten Jembrana (CONTOH)');
    await shot(page, 'demo-01-kantor-contoh');

    // Coverage counts the demo people against the demo denominator, from the frozen months too.
    await page.getByRole('link', { name: 'Angka cakupan' }).first().click();
    await expect(page.getByRole('heading', { name: 'Cakupan kepesertaan' })).toBeVisible();
    await expect(page.getByTestId('coverage-kecamatan-table')).toContainText('%');
    await shot(page, 'demo-02-cakupan');

    // The total against another denominator the office keeps (here a kecamatan's sample one).
    await page.getByTestId('coverage-denominator').click();
    await page.getByRole('option', { name: /Kecamatan Negara/ }).click();
    await expect(page).toHaveURL(/penyebut=/);
    await expect(page.getByTestId('coverage-total')).toContainText('Kecamatan Negara');
    await shot(page, 'demo-03-penyebut-dipilih');

    // The denominators the frozen months used say so in whole words at 1366 wide, not "DIPAKAI CAKUPA…".
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('link', { name: 'Penyebut (denominator)' }).click();
    const frozen = page.getByTestId('input-frozen-badge').first();
    await expect(frozen).toHaveText('Dipakai cakupan beku');
    for (const part of [frozen, frozen.locator('.mantine-Badge-label')]) expect(await part.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    await shot(page, 'demo-04-penyebut-dipakai');
  } finally {
    await stopServe(child, dataDir);
  }
});
