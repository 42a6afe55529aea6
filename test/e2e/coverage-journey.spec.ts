import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, loadDemo, pickByKeyboard, screenshotDir, shot, test, type Served } from './fixtures.ts';

// Issue 15's judged flow as an office head's afternoon, against a real `lindung serve`
// (Kabupaten Badung): demo workers loaded, a BPS denominator entered for the kabupaten, the total
// divided by it with its source (a kecamatan needs its own), the people behind a kecamatan, a target set,
// a month frozen, a record corrected, the frozen month unchanged with the difference shown, a
// rule's before/after, and the dashboard as PDF (pdftotext) and XLSX (LibreOffice reads it).
// Every number asserted is computed here from what the page showed before. Serial, one database.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

// Made when the tests run, not when the file is loaded (Playwright loads it to list the tests too).
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-coverage-journey-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const denominator = { value: 400_000, source: 'BPS Kabupaten Badung, Sakernas Agustus 2025 (uji)' };
/** An Indonesian number and percent as the page writes them. */
const id = (n: number) => n.toLocaleString('id-ID');
const percent = (n: number, d: number) => `${(Math.round((n / d) * 10_000) / 100).toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
const numberOf = (text: string) => Number(text.trim().split(' ')[0]!.replaceAll('.', ''));
let total = 0;
let kecamatan = { label: '', count: 0 };
let frozenMonth = '';

async function openCoverage(page: Page) {
  await page.getByRole('link', { name: 'Angka cakupan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cakupan kepesertaan', level: 1 })).toBeVisible();
  await expect(page.getByTestId('coverage-total')).toBeVisible();
}

async function loadDemoPeople(served: Served) {
  await loadDemo(served, 30); // employers, so that PU periods have one
  const job = await api<{ id: string }>(served, 'workers.demo', { count: 400 });
  await expect.poll(async () => (await api<{ status: string }>(served, 'jobs.get', { jobId: job.id })).status, { timeout: 120_000 }).toBe('done');
}

const kecamatanRow = (page: Page, label: string) => page.getByTestId('coverage-kecamatan-table').getByTestId('figure-row').filter({ has: page.getByRole('cell', { name: label, exact: true }) });

test('demo workers, then a BPS denominator for the kabupaten: the total divided by it, with its source', async ({ app: page, served }) => {
  await loadDemoPeople(served);
  await openCoverage(page);
  // Before a denominator: participants only, and the page says there is no denominator yet.
  await expect(page.getByTestId('coverage-total-percent')).toHaveText('—');
  await expect(page.getByTestId('coverage-kecamatan-no-percent')).toBeVisible();
  total = numberOf(await page.getByTestId('coverage-total-numbers').innerText());
  expect(total).toBeGreaterThan(0);
  const first = page.getByTestId('coverage-kecamatan-table').getByTestId('figure-row').first();
  kecamatan = { label: (await first.locator('td').first().innerText()).trim(), count: numberOf(await first.locator('td').nth(1).innerText()) };

  await page.getByRole('link', { name: 'Penyebut (denominator)', exact: true }).click();
  await page.getByTestId('coverage-add').click();
  const form = page.getByRole('dialog', { name: 'Tambah penyebut cakupan' });
  await form.getByLabel('Nama penyebut').fill('Penduduk bekerja Kabupaten Badung, Sakernas Agustus 2025');
  await form.getByLabel('Jumlah orang').fill(String(denominator.value));
  await pickByKeyboard(form.getByRole('combobox', { name: 'Yang dihitung' }), 'bekerja', 'Penduduk bekerja');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Provinsi / kabupaten / kota' }), 'badung', 'Badung');
  await form.getByLabel(/^Tanggal data/).fill('31/08/2025');
  await form.getByTestId('denominator-source').fill(denominator.source);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();

  await openCoverage(page);
  await expect(page.getByTestId('coverage-total-numbers')).toHaveText(`${id(total)} dari ${id(denominator.value)}`);
  await expect(page.getByTestId('coverage-total-percent')).toHaveText(percent(total, denominator.value));
  await expect(page.getByTestId('coverage-total').getByTestId('figure-denominator-source')).toContainText(denominator.source);
  await expect(page.getByTestId('coverage-kecamatan-chart').locator('canvas').first()).toBeVisible();
  await shot(page, 'cj1-cakupan-dengan-penyebut');
});

test('the people behind a kecamatan figure are that many active people in the register', async ({ app: page }) => {
  await openCoverage(page);
  const row = kecamatanRow(page, kecamatan.label);
  await row.getByTestId('figure-source-open').click();
  await page.getByRole('dialog').filter({ has: page.getByTestId('figure-details') }).getByTestId('figure-open-people').click();
  await expect(page.getByTestId('people-filter-notice')).toContainText(kecamatan.label);
  await expect(page.getByTestId('workers-row-count')).toHaveText(`${id(kecamatan.count)} pekerja`);
  await shot(page, 'cj2-orang-di-balik-angka');
});

test('a target in people is set; the dashboard shows the progress toward it', async ({ app: page }) => {
  const year = new Date().getFullYear();
  await page.getByRole('link', { name: 'Target', exact: true }).click();
  await page.getByTestId('coverage-add').click();
  const form = page.getByRole('dialog', { name: 'Tambah target cakupan' });
  await form.getByTestId('target-year').fill(String(year));
  await form.getByText('Jumlah orang', { exact: true }).click();
  await pickByKeyboard(form.getByRole('combobox', { name: 'Provinsi / kabupaten / kota' }), 'badung', 'Badung');
  await form.getByTestId('target-value').fill(String(total * 2));
  await form.getByTestId('target-source').fill('Renstra Disnaker Badung (uji)');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await openCoverage(page);
  await expect(page.getByTestId('coverage-target-progress')).toContainText('50,00 %');
  await shot(page, 'cj3-target');
});

test('a month is frozen; a record corrected afterwards leaves it unchanged, and the difference is shown', async ({ app: page, served }) => {
  await openCoverage(page);
  await page.getByTestId('coverage-freeze').click();
  const dialog = page.getByRole('dialog', { name: 'Bekukan angka satu bulan' });
  frozenMonth = (await dialog.getByTestId('freeze-month').inputValue()).trim();
  await dialog.getByTestId('freeze-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Angka bulan ${frozenMonth} dibekukan.`)).toBeVisible();
  const snapshots = await api<{ uid: string; at: string; frozenAt: string }[]>(served, 'coverage.snapshots', {});
  const snapshot = snapshots.sort((a, b) => b.frozenAt.localeCompare(a.frozenAt))[0]!; // the one just frozen
  const frozen = await api<{ total: { numerator: number } }>(served, 'coverage.report', { snapshotUid: snapshot.uid });

  // The correction: a person active at the frozen month's end was entered in error.
  const list = await api<{ rows: { uid: string }[] }>(served, 'registers.list', { register: 'worker', startRow: 0, endRow: 200, filterModel: { statusToday: { filterType: 'set', values: ['aktif'] } } });
  let corrected = '';
  for (const { uid } of list.rows) {
    const detail = await api<{ periods: { startDate: string; endDate: string | null }[] }>(served, 'workers.get', { uid });
    if (detail.periods.some((p) => p.startDate <= snapshot.at && (p.endDate === null || p.endDate >= snapshot.at))) {
      corrected = uid;
      break;
    }
  }
  expect(corrected).not.toBe('');
  await api(served, 'workers.setStatus', { uid: corrected, recordStatus: 'salah_input', reason: 'Data ganda (uji)' });

  await openCoverage(page);
  await page.getByTestId('coverage-snapshot').click();
  await page.getByRole('option', { name: `Bulan ${frozenMonth} (dibekukan)` }).first().click();
  await expect(page.getByTestId('coverage-snapshot-notice')).toContainText(frozenMonth);
  // The frozen month still says what was reported.
  await expect(page.getByTestId('coverage-total-numbers')).toHaveText(`${id(frozen.total.numerator)} dari ${id(denominator.value)}`);
  await page.getByRole('button', { name: 'Bandingkan dengan hitungan sekarang' }).click();
  const totalRow = page.getByTestId('snapshot-difference-row').filter({ hasText: 'Seluruh peserta aktif' }).first();
  await expect(totalRow).toContainText(id(frozen.total.numerator));
  await expect(totalRow).toContainText(id(frozen.total.numerator - 1));
  await expect(totalRow).toContainText('−1');
  await shot(page, 'cj4-bulan-beku-dan-selisih');

  // A frozen month's figures read domicile and category as recorded when frozen: the page says so.
  await expect(page.getByTestId('coverage-past-note')).toContainText('riwayat keduanya tidak disimpan');
  // The people behind the frozen total: today's register at that date, said plainly, the frozen count beside today's.
  const card = page.getByTestId('coverage-total');
  await expect(card.getByTestId('figure-frozen-people')).toContainText(`Angka beku: ${id(frozen.total.numerator)} orang`);
  await expect(card.getByTestId('figure-frozen-people')).toContainText(`sekarang ${id(frozen.total.numerator - 1)} orang (selisih dengan angka beku: −1)`);
  await card.screenshot({ path: join(screenshotDir, 'cj4a-total-bulan-beku.png') });
  await card.getByTestId('figure-open-people').click();
  await expect(page.getByTestId('people-filter-frozen')).toContainText(`${id(frozen.total.numerator)} orang`);
  await expect(page.getByTestId('people-filter-frozen')).toContainText(`register hari ini pada tanggal`);
  // The difference says what it is against (a bare "(0)" did not; walk 32).
  await expect(page.getByTestId('people-filter-frozen')).toContainText('selisih dengan angka beku:');
  await expect(page.getByTestId('people-filter-past')).toBeVisible();
  await expect(page.getByTestId('workers-row-count')).toHaveText(`${id(frozen.total.numerator - 1)} pekerja`);
  await shot(page, 'cj4b-orang-bulan-beku');
});

test("a rule's before/after, then the dashboard as PDF and XLSX with the denominator's source", async ({ app: page, served }) => {
  const saved = await api<{ regulation: { uid: string } }>(served, 'regulations.save', {
    jenis: 'perbup', nomor: '33', tahun: 2025, judul: 'Perlindungan Pekerja Rentan Badung (uji cakupan)', teuBadan: 'Badung (Kabupaten)', areaCode: '51.03', effectiveDate: '2025-09-01',
  });
  await page.goto(`${served.url}#/register/regulasi/${saved.regulation.uid}`);
  const section = page.getByTestId('rule-effect');
  await expect(section.getByTestId('rule-effect-chart').locator('canvas').first()).toBeVisible();
  await expect(section.getByTestId('rule-effect-caveat')).toHaveText(/bukan bukti bahwa peraturan ini penyebabnya/);
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'cj5-regulasi-sebelum-sesudah');

  await openCoverage(page);
  const pdfDownload = page.waitForEvent('download');
  await page.getByTestId('coverage-export-pdf').click();
  const pdfPath = join(dir, 'cakupan.pdf');
  await (await pdfDownload).saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(kecamatan.label);
  expect(text).toContain('Sakernas Agustus 2025');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('coverage-export-xlsx').click();
  const xlsxPath = join(dir, 'cakupan.xlsx');
  await (await xlsxDownload).saveAs(xlsxPath);
  // LibreOffice, as the office would open it: its first sheet as CSV.
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) {
    console.log('LibreOffice is not installed here: the XLSX is not opened by it (the PDF was read back).');
    return;
  }
  const out = join(dir, 'lo');
  const run = spawnSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'csv', '--outdir', out, xlsxPath], { timeout: 180_000 });
  expect(run.status, String(run.stderr)).toBe(0);
  expect(existsSync(join(out, 'cakupan.csv')), `${String(run.stdout)} ${String(run.stderr)}`).toBe(true);
  const csv = readFileSync(join(out, 'cakupan.csv'), 'utf8');
  expect(csv).toContain('Sakernas Agustus 2025');
  expect(csv).toContain(String(denominator.value));
});

test('an aggregate row is retired and replaced: counts use the replacement, the retired row stays listed', async ({ app: page, served }) => {
  await api(served, 'coverageInputs.demo', {});
  await page.getByRole('link', { name: 'Data agregat', exact: true }).click();
  const nonAsn = (count: string) => page.getByTestId('aggregate-row').filter({ hasText: count });
  await nonAsn('5.302').getByTestId('aggregate-menu').click();
  await page.getByTestId('aggregate-retire-open').click();
  await page.getByTestId('aggregate-retire').getByRole('button', { name: 'Pensiunkan dan masukkan pengganti' }).click();
  const form = page.getByRole('dialog', { name: 'Tambah data agregat' });
  await expect(form.getByTestId('aggregate-form-note')).toBeVisible();
  await form.getByTestId('aggregate-count').fill('5320');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(nonAsn('5.320')).toBeVisible();
  await expect(nonAsn('5.302')).toHaveCount(0);
  await page.getByLabel('Tampilkan yang dipensiunkan').check();
  await expect(nonAsn('5.302').getByTestId('aggregate-status')).toHaveText('Dipensiunkan');
  await shot(page, 'cj6-agregat-pensiun-dan-ganti');
  // Denpasar's figures now count the replacement: its category, and the APBD list's total.
  const denpasar = await api<{ total: { numerator: number }; breakdowns: { category: { value: string | null; numerator: number }[] } }>(served, 'coverage.report', { at: '2025-02-01', areaCode: '51.71', by: ['category'] });
  expect(denpasar.breakdowns.category.find((f) => f.value === 'non_asn')!.numerator).toBe(5_320);
  expect(denpasar.total.numerator).toBe(10_717 - 5_302 + 5_320);
});

test("a desa's own total where the register has nobody yet joins the kabupaten's people: a mixed figure that says so", async ({ app: page, served }) => {
  // The first month end with people in the register (demo periods start over eight years): most desa have nobody yet.
  const year = new Date().getFullYear() - 7;
  const trend = await api<{ date: string; numerator: number }[]>(served, 'coverage.trend', { from: `${year}-01`, to: `${year}-12` });
  const first = trend.find((p) => p.numerator > 0)!;
  const past = await api<{ breakdowns: { desa: { value: string | null; hasData: boolean }[] } }>(served, 'coverage.report', { at: first.date, by: ['desa'] });
  const withPeople = new Set(past.breakdowns.desa.filter((f) => f.hasData).map((f) => f.value));
  const desa = (await api<{ code: string; name: string }[]>(served, 'regions.within', { code: '51.03', level: 4 })).find((d) => !withPeople.has(d.code))!;
  await api(served, 'coverageInputs.aggregates.save', { areaCode: desa.code, count: 37, asOfDate: first.date, sourceKind: 'dinas', source: 'Rekap desa (uji)' });

  await page.goto(`${served.url}#/cakupan?tanggal=${first.date}`);
  const total = page.getByTestId('coverage-total');
  await expect(total.getByTestId('figure-numerator-source')).toContainText(`Campuran: ${id(first.numerator)} orang dari register pekerja + 37 dari data agregat (Rekap desa (uji))`);
  await expect(page.getByTestId('coverage-total-numbers')).toHaveText(`${id(first.numerator + 37)} dari ${id(denominator.value)}`);
  const row = page.getByTestId('coverage-desa-table').locator(`[data-key="desa:${desa.code}"]`);
  await expect(row).toContainText('37 dari');
  await expect(row.getByTestId('figure-source-short')).toContainText('agregat');
  await expect(page.getByTestId('coverage-past-note')).toBeVisible();
  await total.screenshot({ path: join(screenshotDir, 'cj7a-total-campuran.png') });
  await shot(page, 'cj7-campuran');
});
