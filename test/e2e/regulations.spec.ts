import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { api, expect, pickByKeyboard, shot, test } from './fixtures.ts';

// Register regulasi against a real `lindung serve`: Perbup Jembrana 48/2023 added through the
// form, a later Perbup that amends it and an SE that revokes an older SE, the statuses derived
// from those relations and the family timeline, then the register exported as JDIHN JSON and
// read back (checked: every record the same). The tests share one database and run in order.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

async function openRegister(page: Page) {
  await page.getByRole('link', { name: 'Regulasi', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register regulasi', level: 1 })).toBeVisible();
}

/** A regulation through the register's form; its page opened from the toast. */
async function addThroughForm(page: Page, values: { jenis?: string; nomor: string; tahun: string; judul: string; teu: string }, label: string) {
  await openRegister(page);
  await page.getByRole('button', { name: 'Tambah regulasi' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah regulasi' });
  await expect(form).toBeVisible();
  // The cursor starts where the citation does: Jenis, then Nomor and Tahun by Tab.
  await expect(form.getByRole('combobox', { name: 'Jenis', exact: true })).toBeFocused();
  // Its list stays closed until asked for: open, it covered Nomor and Judul (walk 32).
  await expect(page.getByRole('listbox')).toHaveCount(0);
  if (values.jenis) await pickByKeyboard(form.getByRole('combobox', { name: 'Jenis', exact: true }), values.jenis, `^${values.jenis}$`);
  await form.getByLabel('Nomor', { exact: true }).fill(values.nomor);
  await form.getByLabel('Tahun', { exact: true }).fill(values.tahun);
  await form.getByRole('textbox', { name: /^Judul/ }).fill(values.judul);
  await form.getByLabel('T.E.U. badan').fill(values.teu);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: `Buka ${label}` }).click();
  await expect(page.getByTestId('regulation-title')).toHaveText(label);
}

async function relate(page: Page, kind: string, other: string) {
  const panel = page.getByTestId('regulation-relations');
  await pickByKeyboard(panel.getByLabel('Hubungan', { exact: true }), kind, `^${kind}$`);
  // The list follows the words typed (asked of the register): the option is clicked once it is offered.
  await panel.getByLabel('Peraturan lain').fill(other);
  await page.getByRole('option', { name: new RegExp(other) }).click();
  await panel.getByTestId('relation-add').click();
}

test('Perbup Jembrana 48/2023 is added; a later Perbup amends it; the status and the timeline follow', async ({ app: page }) => {
  await addThroughForm(page, { nomor: '48', tahun: '2023', judul: 'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan (uji)', teu: 'Jembrana (Kabupaten)' }, 'Perbup Jembrana No. 48 Tahun 2023');
  await expect(page.getByTestId('legal-status').first()).toHaveText('Berlaku');
  await shot(page, '90-regulasi-perbup-48');

  await addThroughForm(page, { nomor: '12', tahun: '2025', judul: 'Perubahan atas Perbup Jembrana 48/2023 (uji)', teu: 'Jembrana (Kabupaten)' }, 'Perbup Jembrana No. 12 Tahun 2025');
  await relate(page, 'mengubah', 'No. 48 Tahun 2023');
  await expect(page.getByTestId('relation-row')).toContainText(/Peraturan ini mengubah\s*Perbup Jembrana No\. 48 Tahun 2023/);
  await page.getByTestId('relation-row').getByRole('link', { name: 'Perbup Jembrana No. 48 Tahun 2023' }).click();

  // From the other side: "diubah dengan", the status it gives, and the family on one screen.
  await expect(page.getByTestId('regulation-title')).toHaveText('Perbup Jembrana No. 48 Tahun 2023');
  await expect(page.getByTestId('relation-row')).toContainText('Peraturan ini diubah dengan');
  await expect(page.getByTestId('legal-status').first()).toHaveText('Berlaku dengan perubahan');
  const timeline = page.getByTestId('timeline-entry');
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText('Asal');
  await expect(timeline.nth(1)).toContainText('Perubahan');
  await shot(page, '91-regulasi-perubahan-timeline');

  // A second relation for the same pair is refused, with the words that say so.
  await relate(page, 'mengubah', 'No. 12 Tahun 2025');
  await expect(page.getByText(/sudah punya hubungan/)).toBeVisible();
});

test('an SE revokes an older SE: the older one is no longer in force', async ({ app: page, served }) => {
  await api(served, 'regulations.save', { jenis: 'se', nomor: '560/101/Disnaker', tahun: 2022, judul: 'Pendaftaran Pekerja Rentan (uji)', teuBadan: 'Jembrana (Kabupaten)' });
  await addThroughForm(page, { jenis: 'Surat Edaran', nomor: '560/207/Disnaker', tahun: '2024', judul: 'Pengganti Edaran Pendaftaran Pekerja Rentan (uji)', teu: 'Jembrana (Kabupaten)' }, 'SE Jembrana No. 560/207/Disnaker Tahun 2024');
  await relate(page, 'mencabut', '560/101');
  await expect(page.getByTestId('relation-row')).toContainText(/Peraturan ini mencabut\s*SE Jembrana No\. 560\/101\/Disnaker Tahun 2022/);
  await page.getByTestId('relation-row').getByRole('link').click();
  await expect(page.getByTestId('regulation-title')).toHaveText('SE Jembrana No. 560/101/Disnaker Tahun 2022');
  await expect(page.getByTestId('legal-status').first()).toHaveText('Dicabut / tidak berlaku');
  await shot(page, '92-regulasi-se-dicabut');

  await openRegister(page);
  await expect(page.getByTestId('regulations-row-count')).toHaveText('4 regulasi');
  await shot(page, '93-regulasi-register');

  // The header at the office's usual widths: the title on one line, the description readable
  // beside it (not a narrow strip), every button (JDIHN among them) on screen.
  for (const width of [1280, 1366]) {
    await page.setViewportSize({ width, height: 768 });
    const title = page.getByRole('heading', { name: 'Register regulasi', level: 1 });
    const titleBox = (await title.boundingBox())!;
    const titleLine = await title.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    expect(titleBox.height).toBeLessThan(titleLine * 1.5);
    const introBox = (await title.locator('xpath=following-sibling::p').boundingBox())!;
    expect(introBox.width).toBeGreaterThanOrEqual(300);
    for (const name of [/Cari di isi dokumen/, /JDIHN/, /Impor dari Excel/, /Ekspor/, /Tambah regulasi/]) await expect(page.getByTestId('register-toolbar').getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    await shot(page, `93-regulasi-register-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the register goes out as JDIHN JSON and comes back unchanged', async ({ app: page }, testInfo) => {
  await openRegister(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('jdihn-menu').click();
  await page.getByTestId('jdihn-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Regulasi JDIHN \d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath('regulasi.json');
  await file.saveAs(path);
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  expect(records.map((r) => [r.jenis, r.noPeraturan, r.tahun_pengundangan, r.status]).sort()).toEqual([
    ['Peraturan Bupati', '12', 2025, 'Berlaku'],
    ['Peraturan Bupati', '48', 2023, 'Berlaku'],
    ['Surat Edaran', '560/101/Disnaker', 2022, 'Tidak Berlaku'],
    ['Surat Edaran', '560/207/Disnaker', 2024, 'Berlaku'],
  ]);

  await page.getByTestId('jdihn-menu').click();
  await page.getByTestId('jdihn-import').click();
  const dialog = page.getByRole('dialog', { name: 'Impor JSON JDIHN' });
  await dialog.locator('input[type="file"]').setInputFiles(path);
  await dialog.getByTestId('jdihn-check').click();
  await expect(dialog.getByTestId('jdihn-summary')).toHaveText('4 data: baru 0, berubah 0, sama 4, tidak valid 0');
  await shot(page, '94-regulasi-jdihn-baca-ulang');
});

/** Nothing lies over the element's middle (a dialog's title or its Simpan bar). */
const uncovered = (target: Locator) =>
  target.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === e || e.contains(hit));
  });

test('a year not come yet and a link that is not one are refused at their fields, which the dialog scrolls into view; nothing is saved', async ({ app: page, served }) => {
  const before = await api<{ rowCount: number }>(served, 'registers.list', { register: 'regulation', startRow: 0, endRow: 1 });
  await openRegister(page);
  await page.getByRole('button', { name: 'Tambah regulasi' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah regulasi' });
  await form.getByLabel('Nomor', { exact: true }).fill('12');
  await form.getByLabel('Tahun', { exact: true }).fill('2099');
  await form.getByRole('textbox', { name: /^Judul/ }).fill('Uji tahun yang belum tiba');
  const link = form.getByLabel('Tautan unduhan');
  await link.fill('bukan url');
  await form.getByRole('button', { name: 'Simpan' }).click();
  // The link, low in the dialog, is shown above the Simpan bar (not under it) with its message.
  await expect(link).toBeFocused();
  const linkMessage = form.getByText(/Isi alamat web lengkap yang diawali http/);
  await expect(linkMessage).toBeInViewport({ ratio: 1 });
  expect(await uncovered(link)).toBe(true);
  expect(await uncovered(linkMessage)).toBe(true);
  await link.fill('');
  await form.getByRole('button', { name: 'Simpan' }).click();
  // The year is refused by the register's check: the dialog goes back up to it, below its title.
  const year = form.getByLabel('Tahun', { exact: true });
  await expect(year).toBeFocused();
  await expect(form.getByText(/^Tahun 2099 belum tiba/)).toBeInViewport({ ratio: 1 });
  await expect(year).toBeInViewport({ ratio: 1 });
  expect(await uncovered(year)).toBe(true);
  await shot(page, '92-regulasi-tahun-belum-tiba');
  await expect(form).toBeVisible();
  // A year typed wrong in one of the two dates (walk 38: 2016 for 2026) is said beside the promulgation's, not refused.
  await form.getByTestId('regulation-tanggalPenetapan').fill('15/03/2016');
  await form.getByTestId('regulation-tanggalPengundangan').fill('16/03/2026');
  await expect(form.getByText('Diundangkan lebih dari setahun sesudah ditetapkan (15/03/2016): peraturan biasanya diundangkan tak lama sesudah ditetapkan. Periksa tahun kedua tanggal ini.')).toBeVisible();
  await form.getByTestId('regulation-tanggalPenetapan').fill('15/03/2026');
  await expect(form.getByText(/^Diundangkan lebih dari setahun/)).toBeHidden();
  const after = await api<{ rowCount: number }>(served, 'registers.list', { register: 'regulation', startRow: 0, endRow: 1 });
  expect(after.rowCount).toBe(before.rowCount);
});
