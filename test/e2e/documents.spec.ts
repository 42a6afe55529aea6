import { createHash } from 'node:crypto';
import { textPdf } from '../unit/support/pdf-samples.ts';
import { expect, shot, test } from './fixtures.ts';

// The documents store on a record every office has: the office profile's "Dokumen kantor".
// Upload a PDF made up here, see it listed with its SHA-256, open it in the viewer, find a word
// that appears only inside it.

test('attach a PDF to the office profile, see its hash, view it, and search its text', async ({ app: page }) => {
  const pdf = await textPdf([
    'Surat Keputusan Kepala Dinas tentang tim pendataan pekerja rentan.',
    'Tim pendataan bekerja di Desa Sangkaragung bersama perangkat desa dan BPJS Ketenagakerjaan.',
  ]);
  const sha = createHash('sha256').update(pdf).digest('hex');

  await expect(page.getByRole('heading', { name: 'Beranda', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Profil kantor' }).click();
  const panel = page.getByRole('region', { name: 'Dokumen kantor' });
  await expect(panel.getByRole('heading', { name: 'Dokumen kantor' })).toBeVisible();
  await expect(panel.getByText('Belum ada dokumen.')).toBeVisible();

  await panel.locator('input[type="file"]').setInputFiles({ name: 'sk-tim-pendataan.pdf', mimeType: 'application/pdf', buffer: pdf });
  const row = panel.getByTestId('document-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('sk-tim-pendataan.pdf');
  await expect(row).toContainText('2 halaman');
  await expect(row.getByTestId('document-sha256')).toHaveText(sha);

  // The integrity check, recorded on the document.
  await row.getByRole('button', { name: 'Periksa keutuhan' }).click();
  await expect(row).toContainText('Utuh: sidik cocok');
  await shot(page, 'documents-1-listed');

  // The viewer: the PDF drawn page by page inside the app.
  await row.getByRole('button', { name: 'Lihat' }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByTestId('viewer-page')).toHaveText('Halaman 1 dari 2');
  await expect(viewer.getByTestId('pdf-canvas')).toBeVisible();
  await viewer.getByRole('button', { name: 'Halaman berikutnya' }).click();
  await expect(viewer.getByTestId('viewer-page')).toHaveText('Halaman 2 dari 2');
  await viewer.getByRole('button', { name: 'Perbesar' }).click();
  await expect(viewer).toContainText('125%');
  // The canvas has been drawn on (not blank): some pixel is dark.
  await expect
    .poll(() =>
      viewer.getByTestId('pdf-canvas').evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 3]! > 0) return true;
        return false;
      }),
    )
    .toBe(true);
  await shot(page, 'documents-2-viewer');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);

  // A word only inside the PDF, typed in another case and with an accent.
  await panel.getByLabel('Cari di dalam dokumen').fill('SANGKARAGÚNG');
  const hit = panel.getByTestId('document-hit');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('sk-tim-pendataan.pdf, halaman 2');
  await expect(hit.locator('mark')).toHaveText('Sangkaragung');
  await shot(page, 'documents-3-search');

  // A file that is not a document is refused with a clear message; nothing is added.
  await panel.locator('input[type="file"]').setInputFiles({ name: 'bukan-pdf.pdf', mimeType: 'application/pdf', buffer: Buffer.from('ini hanya teks biasa') });
  await expect(panel.getByTestId('documents-error')).toContainText('bukan PDF, JPEG atau PNG');
  await expect(row).toHaveCount(1);
});
