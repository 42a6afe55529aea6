import { expect, shot, test } from './fixtures.ts';

test('the administrator reads what a lost key means, confirms, and turns encryption on', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Enkripsi data' }).click();
  await expect(page.getByRole('heading', { name: 'Enkripsi data (enkripsi saat disimpan)' })).toBeVisible();
  // The warning comes before the form, in plain words.
  await expect(page.getByText('Baca dulu: kunci yang hilang tidak dapat diganti')).toBeVisible();
  await expect(page.getByText(/data TIDAK DAPAT dibaca oleh siapa pun — termasuk tim IT/)).toBeVisible();
  const button = page.getByRole('button', { name: 'Aktifkan enkripsi' });
  await expect(button).toBeDisabled();
  await page.getByLabel('Kata sandi enkripsi (minimal 12 karakter)').fill('pendek');
  await expect(page.getByText('Minimal 12 karakter.')).toBeVisible();
  await page.getByLabel('Kata sandi enkripsi (minimal 12 karakter)').fill('kunci lemari kepala dinas 2026');
  await page.getByLabel('Ulangi kata sandi').fill('kunci lemari kepala dinas 2025');
  await expect(page.getByText('Kedua kata sandi tidak sama.')).toBeVisible();
  await page.getByLabel('Ulangi kata sandi').fill('kunci lemari kepala dinas 2026');
  await expect(button).toBeDisabled(); // not before the confirmation
  await page.getByLabel(/Saya sudah menulis kata sandi ini/).check();
  await shot(page, '70-enkripsi-sebelum');
  await button.click();
  await expect(page.getByText('Enkripsi akan diterapkan saat Lindung dimulai ulang. Tutup aplikasi lalu buka lagi.')).toBeVisible();
  await expect(page.getByText(/Enkripsi diminta/)).toBeVisible();
  await shot(page, '71-enkripsi-diminta');

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Data encryption (encryption at rest)' })).toBeVisible();
  await page.getByText('ID', { exact: true }).click();
});
