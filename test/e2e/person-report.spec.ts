import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, openWorkerFromGrid, screenshotDir, shot, test, type Served } from './fixtures.ts';

// UU PDP against a real `lindung serve`: a person's own data report made from their page as a
// PDF (read back with pdftotext, its first page rendered for a look), then the worker register
// exported with masked NIKs, after the office chose to show the NIK column by default.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const nik = '5103064507900002';
const name = 'Ni Luh Putu Çandra Sukerti'; // a letter outside ASCII: the embedded font prints it

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-person-report-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function addPeople(served: Served) {
  await api(served, 'workers.save', {
    nik,
    name,
    address: 'Br. Kaja',
    kecamatanCode: '51.03.06',
    desaCode: '51.03.06.2006',
    category: 'petani',
    periods: [{ segment: 'BPU', startDate: '2025-01-01', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2025' }],
  });
  await api(served, 'workers.save', { nik: '5103061203850001', name: 'I Made Sudarsana', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', periods: [] });
}

async function openRegister(page: Page) {
  await page.getByRole('link', { name: 'Pekerja', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register pekerja', level: 1 })).toBeVisible();
}

test("a person's data report is made from their page as a PDF that reads back", async ({ app: page, served }) => {
  await addPeople(served);
  await openRegister(page);
  await openWorkerFromGrid(page, 'sukerti', name);
  await page.getByTestId('person-report').click();
  await expect(page.getByText('Semua data tentang orang ini dan setiap pemrosesannya')).toBeVisible();
  await shot(page, 'p1-laporan-menu');
  const download = page.waitForEvent('download');
  await page.getByTestId('person-report-pdf').click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('Laporan data pribadi 510306xxxxxx0002.pdf');
  const path = join(dir, 'laporan.pdf');
  await pdf.saveAs(path);
  await expect(page.getByText('Laporan data pribadi 510306xxxxxx0002.pdf dibuat.')).toBeVisible();

  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Dinas Perindustrian dan Tenaga Kerja Kabupaten Badung');
  expect(text).toContain('Laporan data pribadi');
  expect(text).toContain(name);
  expect(text).toContain(nik);
  expect(text).toMatch(/Tanggal lahir \(dari NIK\)\s+05\/07\/1990/);
  expect(text).toMatch(/Daftar desa\s+2025/);
  expect(text).toMatch(/Laporan data pribadi\s+dibuat/); // its own making, audited
  expect(text).toMatch(/Halaman 1 dari \d/);
  // The first page as an image, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(dir, 'halaman')]);
  renameSync(join(dir, 'halaman-1.png'), join(screenshotDir, 'p2-laporan-pdf-halaman-1.png'));
});

test('with the NIK column shown by default, the register exports with masked NIKs', async ({ app: page }) => {
  // The office's setting: the NIK column shows until a user hides it.
  await page.getByRole('link', { name: 'Profil kantor' }).click();
  const setting = page.getByTestId('hide-nik-setting');
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect(page.getByText('Pengaturan data pribadi tersimpan.')).toBeVisible();
  await shot(page, 'p3-pengaturan-nik');

  await openRegister(page);
  const grid = page.getByTestId('workers-grid');
  await expect(grid.getByRole('columnheader', { name: 'NIK', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: /^CSV/ }).check();
  await dialog.getByLabel('Samarkan NIK').check();
  await shot(page, 'p4-ekspor-samarkan-nik');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const csv = await download;
  const path = join(dir, 'pekerja.csv');
  await csv.saveAs(path);
  const content = readFileSync(path, 'utf8');
  expect(content).toContain('"510306******0002"');
  expect(content).toContain('"510306******0001"');
  expect(content).not.toContain(nik);
});
