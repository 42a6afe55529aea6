import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { api, expect, loadDemo, screenshotDir, shot, test, type Served } from './fixtures.ts';

// The coverage dashboard (Cakupan) against a real `lindung serve` (Kabupaten Badung) with demo
// people: the total and the kecamatan figures each with their source, the people behind one
// figure in the worker register, a month frozen and compared with a count now, a rule's
// before/after on its page, the dashboard as PDF and XLSX, and the page printed to A4.
// The numbers are read from the page itself, never written here: the same walk holds whatever
// the register holds. The tests share one database and run in order.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

// Made when the tests run, not when the file is loaded (Playwright loads it to list the tests too).
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-cakupan-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function loadDemoPeople(served: Served, count: number) {
  await loadDemo(served, 30); // employers, so that PU periods have one
  const job = await api<{ id: string }>(served, 'workers.demo', { count });
  await expect.poll(async () => (await api<{ status: string }>(served, 'jobs.get', { jobId: job.id })).status, { timeout: 120_000 }).toBe('done');
}

async function openCoverage(page: Page) {
  await page.getByRole('link', { name: 'Angka cakupan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cakupan kepesertaan', level: 1 })).toBeVisible();
  await expect(page.getByTestId('coverage-total')).toBeVisible();
}

/** A percent as the page writes it: '65,60 %', or '—' without a denominator. */
const percentText = /^(\d{1,3}(\.\d{3})*,\d{2} %|—)$/;

/** The first kecamatan row with people behind it (a figure that opens the register). */
async function kecamatanRowWithPeople(page: Page): Promise<Locator> {
  const rows = page.getByTestId('coverage-kecamatan-table').getByTestId('figure-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const numbers = (await rows.nth(i).locator('td').nth(1).innerText()).trim();
    if (!numbers.startsWith('0 ')) return rows.nth(i);
  }
  throw new Error('no kecamatan figure with people behind it');
}

test('Cakupan shows the total and each kecamatan with its denominator and source; a figure opens its people in the register', async ({ app: page, served }) => {
  await loadDemoPeople(served, 300);
  await openCoverage(page);

  // The total: percent, participants of the denominator, where both came from, the data date.
  const total = page.getByTestId('coverage-total');
  await expect(page.getByTestId('coverage-total-percent')).toHaveText(percentText);
  await expect(page.getByTestId('coverage-total-numbers')).toHaveText(/^\d{1,3}(\.\d{3})* dari (\d{1,3}(\.\d{3})*|—)$/);
  await expect(total.getByTestId('figure-numerator-source')).toHaveText(/^dari data (orang|agregat .+)$/);
  await expect(total.getByTestId('figure-data-date')).toHaveText(/^Tanggal data: \d{1,2} \w{3} \d{4}$/);
  await expect(total.getByTestId('figure-denominator-source').or(total.getByText('tanpa penyebut'))).toBeVisible();
  await expect(page.getByTestId('coverage-area')).toHaveText(/^Wilayah: .+/);
  await expect(page.getByTestId('coverage-trend-chart').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('coverage-kecamatan-chart').locator('canvas').first()).toBeVisible();
  await shot(page, 'c1-cakupan');

  // The desa table says what its percent cells show: a colour scale, or no desa denominator at all.
  const desaPercents = await page.getByTestId('coverage-desa-table').getByTestId('figure-percent').allInnerTexts();
  const desaHint = desaPercents.every((p) => p.trim() === '—') ? 'Belum ada penyebut per desa' : 'Warna sel mengikuti persen';
  await expect(page.getByTestId('coverage-desa')).toContainText(desaHint);

  // A target only for last year: the panel says this year has none and names last year's.
  const { at, targets } = await api<{ at: string; targets: unknown[] }>(served, 'coverage.report', { by: [] });
  expect(targets).toEqual([]);
  const lastYear = Number(at.slice(0, 4)) - 1;
  await api(served, 'coverageInputs.targets.save', { year: lastYear, areaCode: '51.03', kind: 'orang', value: 1234, source: 'Rencana uji' });
  await page.reload();
  await expect(page.getByTestId('coverage-targets-none')).toContainText(`Belum ada target untuk tahun ${lastYear + 1}. Yang terakhir: Target 1.234 orang tahun ${lastYear} · Kabupaten Badung.`);
  await page.getByTestId('coverage-targets-none').scrollIntoViewIfNeeded();
  await shot(page, 'c1b-cakupan-target-tahun-lalu');

  // A kecamatan figure: its short source beside it is the one its popover gives in full.
  const row = await kecamatanRowWithPeople(page);
  await expect(row.getByTestId('figure-percent')).toHaveText(percentText);
  const label = (await row.locator('td').first().innerText()).trim();
  const numerator = (await row.locator('td').nth(1).innerText()).trim().split(' ')[0]!;
  const short = (await row.getByTestId('figure-source-short').innerText()).trim();
  await row.getByTestId('figure-source-open').click();
  const popover = page.getByRole('dialog').filter({ has: page.getByTestId('figure-details') });
  await expect(popover).toBeVisible();
  await expect(popover.getByText(`${label}:`, { exact: false })).toBeVisible();
  if (short.startsWith('tanpa penyebut')) await expect(popover.getByText('tanpa penyebut')).toBeVisible();
  else await expect(popover.getByTestId('figure-denominator-source')).toContainText(short.split(',')[0]!);
  await expect(popover.getByTestId('figure-numerator-source')).toHaveText(/^dari data orang$/);
  await shot(page, 'c2-cakupan-sumber-angka');

  // The people behind it: the worker register, filtered as the figure was counted.
  await popover.getByTestId('figure-open-people').click();
  await expect(page).toHaveURL(/\/register\/pekerja\?cakupan=/);
  await expect(page.getByTestId('people-filter-notice')).toContainText(label);
  await expect(page.getByTestId('workers-row-count')).toHaveText(`${numerator} pekerja`);
  const statuses = page.getByTestId('workers-grid').getByTestId('participation-badge');
  await expect(statuses.first()).toHaveText('Aktif');
  for (const status of await statuses.allTextContents()) expect(status).toBe('Aktif');
  await shot(page, 'c3-cakupan-orang-di-balik-angka');

  // Away through the sidebar and back: the list is still the figure's, and it says so.
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await nav.getByRole('link', { name: 'Pekerja', exact: true }).click();
  await expect(page.getByTestId('workers-row-count')).toHaveText(`${numerator} pekerja`);
  await expect(page.getByTestId('people-filter-notice')).toContainText(label);
  // "Tampilkan seluruh register": the figure's filter is gone, and its notice with it.
  await page.getByTestId('people-filter-clear').click();
  await expect(page.getByTestId('people-filter-notice')).toBeHidden();
  await expect(page.getByTestId('workers-row-count')).not.toHaveText(`${numerator} pekerja`);
  await nav.getByRole('link', { name: 'Angka cakupan', exact: true }).click();
  await row.getByTestId('figure-source-open').click();
  await popover.getByTestId('figure-open-people').click();
  await expect(page.getByTestId('people-filter-notice')).toContainText(label);

  // And back: the dashboard as it was left.
  await page.getByRole('link', { name: 'Kembali ke cakupan' }).click();
  await expect(page.getByTestId('coverage-total')).toBeVisible();
});

test('a month is frozen, read back as it was frozen, and compared with a count now', async ({ app: page }) => {
  await openCoverage(page);
  await page.getByTestId('coverage-freeze').click();
  const dialog = page.getByRole('dialog', { name: 'Bekukan angka satu bulan' });
  await expect(dialog).toBeVisible();
  const month = (await dialog.getByTestId('freeze-month').inputValue()).trim();
  await shot(page, 'c4-cakupan-bekukan-bulan');
  await dialog.getByTestId('freeze-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Angka bulan ${month} dibekukan.`)).toBeVisible();

  await page.getByTestId('coverage-snapshot').click();
  await page.getByRole('option', { name: `Bulan ${month} (dibekukan)` }).first().click();
  await expect(page.getByTestId('coverage-snapshot-notice')).toContainText(`Angka bulan ${month} yang dibekukan`);
  await expect(page.getByTestId('coverage-total-percent')).toHaveText(percentText);
  await page.getByRole('button', { name: 'Bandingkan dengan hitungan sekarang' }).click();
  await expect(page.getByTestId('snapshot-difference').or(page.getByTestId('snapshot-no-difference'))).toBeVisible();
  await shot(page, 'c5-cakupan-selisih-bulan-beku');
});

test("a regulation's page shows coverage 12 months before and after it took effect", async ({ app: page, served }) => {
  const saved = await api<{ regulation: { uid: string } }>(served, 'regulations.save', {
    jenis: 'perbup',
    nomor: '21',
    tahun: 2025,
    judul: 'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan (uji cakupan)',
    teuBadan: 'Badung (Kabupaten)',
    areaCode: '51.03',
    effectiveDate: '2025-09-01',
  });
  await page.goto(`${served.url}#/register/regulasi/${saved.regulation.uid}`);
  const section = page.getByTestId('rule-effect');
  await expect(section.getByRole('heading', { name: 'Cakupan sebelum dan sesudah' })).toBeVisible();
  await expect(section.getByTestId('rule-effect-chart').locator('canvas').first()).toBeVisible();
  await expect(section).toContainText('1 Sep 2025');
  await expect(section.getByTestId('rule-effect-people')).toHaveText(/^([+−]?\d{1,3}(\.\d{3})*|—)$/);
  await expect(section.getByTestId('rule-effect-points')).toHaveText(/^([+−]?\d+,\d{2} poin persen|—)$/);
  await expect(section.getByTestId('rule-effect-caveat')).toHaveText(/bukan bukti bahwa peraturan ini penyebabnya/);
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'c6-regulasi-cakupan-sebelum-sesudah');
});

test('the dashboard exports to PDF and XLSX with its figures, and prints to A4', async ({ app: page }) => {
  await openCoverage(page);
  const area = (await page.getByTestId('coverage-area').innerText()).replace(/^Wilayah: /, '').trim();

  const pdfDownload = page.waitForEvent('download');
  await page.getByTestId('coverage-export-pdf').click();
  const pdf = await pdfDownload;
  const pdfPath = join(dir, 'cakupan.pdf');
  await pdf.saveAs(pdfPath);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByText(`${pdf.suggestedFilename()} dibuat.`)).toBeVisible();
  expect(execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' })).toContain(area);

  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('coverage-export-xlsx').click();
  const xlsx = await xlsxDownload;
  const xlsxPath = join(dir, 'cakupan.xlsx');
  await xlsx.saveAs(xlsxPath);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = XLSX.read(readFileSync(xlsxPath));
  expect(book.SheetNames.length).toBeGreaterThan(0);
  const cells = book.SheetNames.flatMap((name) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 }).flat().map(String));
  expect(cells.some((cell) => cell.includes(area))).toBe(true);

  // The page printed (the print stylesheet): A4, no navigation or buttons; its first page to look at.
  const printed = join(dir, 'cetak.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: printed, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-raw', printed, '-'], { encoding: 'utf8' });
  expect(text).toContain('Cakupan kepesertaan');
  expect(text).not.toContain('Ekspor PDF');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', printed, join(dir, 'cetak')]);
  renameSync(join(dir, 'cetak-1.png'), join(screenshotDir, 'c7-cakupan-cetak-halaman-1.png'));
  renameSync(join(dir, 'cetak-2.png'), join(screenshotDir, 'c8-cakupan-cetak-halaman-2.png'));
});
