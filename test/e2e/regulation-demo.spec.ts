import { expect, test } from './fixtures.ts';

// The demo regulations are a fixed set of real ones: the dialog asks no number (it offered a
// "Jumlah" field it did not use), says what it loads, and its button takes Enter at once.
test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(180_000);

test('the regulation demo asks no number, and loads its set from the keyboard', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Regulasi', exact: true }).click();
  await expect(page).toHaveURL(/#\/register\/regulasi$/);
  // The URL changes before the page does: Beranda's own demo buttons may still be on screen.
  await page.getByTestId('regulations-empty').getByRole('button', { name: 'Muat data contoh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muat contoh regulasi' });
  await expect(dialog).toContainText('Perbup Jembrana 48/2023');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await expect(dialog).not.toContainText('Jumlah');
  const load = dialog.getByRole('button', { name: 'Muat contoh' });
  await expect(load).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('10 regulasi ditambahkan.')).toBeVisible();
  await expect(dialog).toBeHidden();
});
