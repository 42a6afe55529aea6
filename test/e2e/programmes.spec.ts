import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { api, expect, pickByKeyboard, screenshotDir, shot, test, watchToasts } from './fixtures.ts';

// Program pekerja rentan against a real `lindung serve` (Kabupaten Badung): the demo people
// come with the demo programmes; a programme is added with its targets by category; two people
// are enrolled through the person form (one with a funding that disagrees: a warning, saved);
// the programme page shows target vs enrolled by category and desa, and the cost vs the budget.
// The tests share one database and run in order.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const year = new Date().getFullYear();
const name = `Program Uji Petani dan Nelayan ${year}`;

async function openProgrammes(page: Page) {
  await page.getByRole('link', { name: 'Program pekerja rentan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Program perlindungan pekerja rentan', level: 1 })).toBeVisible();
}

/** The row of a table whose first cell reads `label`. */
const rowOf = (table: Locator, label: string) => table.getByRole('row').filter({ has: table.page().getByRole('cell', { name: label, exact: true }) });

test('the demo people come with three demo programmes; a programme page shows target vs enrolled, desa and budget', async ({ app: page }) => {
  await openProgrammes(page);
  await expect(page.getByText('Belum ada program.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Pekerja', exact: true }).click();
  await page.getByTestId('workers-empty').getByRole('button', { name: 'Muat data contoh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muat data contoh pekerja' });
  await dialog.getByLabel('Jumlah orang').fill('500');
  await dialog.getByRole('button', { name: 'Muat' }).click();
  await expect(page.getByText('500 orang ditambahkan.', { exact: false })).toBeVisible({ timeout: 120_000 });

  await openProgrammes(page);
  const list = page.getByTestId('programme-list');
  for (const demo of [`Perlindungan Pekerja Rentan APBD ${year}`, `Jaminan Sosial Pekerja Rentan APBD Provinsi ${year}`, `Desa Peduli Pekerja Rentan (APBDes) ${year}`]) {
    await expect(list.getByRole('link', { name: demo })).toBeVisible();
  }
  await shot(page, 'program-01-daftar-contoh');

  await list.getByRole('link', { name: `Perlindungan Pekerja Rentan APBD ${year}` }).click();
  await expect(page.getByTestId('programme-title')).toHaveText(`Perlindungan Pekerja Rentan APBD ${year}`);
  await expect(page.getByTestId('programme-rule')).toContainText(`berlangsung pada tahun ${year}`);
  const categories = page.getByTestId('programme-categories');
  await expect(categories.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByTestId('programme-summary')).toContainText(/\d+ dari target \d+ orang/);
  await expect(page.getByTestId('programme-budget')).toContainText('Biaya peserta terdaftar');
  await expect(page.getByTestId('programme-budget')).toContainText('Sisa anggaran');
  await expect(page.getByTestId('programme-desa').getByRole('row').nth(1)).toBeVisible();
  await shot(page, 'program-02-halaman-contoh');
  await page.screenshot({ path: join(screenshotDir, 'program-02b-halaman-contoh-atas.png') });

  // In English the categories and the funding read as their lists' English labels, not in Indonesian.
  const categoryNames = () => categories.locator('tbody tr td:first-child').allInnerTexts();
  const inIndonesian = await categoryNames();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('programme-summary')).toContainText('District/city budget (APBD)');
  await expect.poll(async () => (await categoryNames()).filter((name, i) => name === inIndonesian[i])).toEqual([]);
  await shot(page, 'program-02c-halaman-contoh-inggris');
  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByTestId('programme-summary')).toContainText('APBD kabupaten/kota');

  // A person of the programme opens their page, which names the programme that pays.
  const people = page.getByTestId('programme-people');
  const first = people.getByRole('link').first();
  const person = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByTestId('worker-title')).toHaveText(person);
  await expect(page.getByTestId('worker-periods').getByRole('link', { name: `Perlindungan Pekerja Rentan APBD ${year}` })).toBeVisible();
});

test('a programme is added with its targets by category; a missing funding and budget are said on their fields and nothing typed is lost', async ({ app: page }) => {
  await openProgrammes(page);
  await page.getByRole('button', { name: 'Tambah program' }).click();
  const form = page.getByRole('dialog', { name: 'Tambah program pekerja rentan' });
  await form.getByLabel('Nama program').fill(name);
  // The budget is required and marked so, like the other required fields.
  await expect(form.locator('label', { hasText: 'Anggaran setahun' })).toContainText('*');
  // A year out of range stays as typed (not clamped to 2015) and the range is said on it.
  const yearField = form.getByRole('textbox', { name: 'Tahun', exact: true });
  await yearField.fill('1999');
  await yearField.press('Tab');
  await expect(yearField).toHaveValue('1999');
  await expect(form.getByText('Tahun harus antara 2015 dan 2100.')).toBeVisible();
  // A negative income stays negative (not Rp 0) and is refused on its field.
  const income = form.getByLabel('Penghasilan dasar iuran');
  await income.fill('-500000');
  await income.press('Tab');
  await expect(income).toHaveValue(/-.*500\.000/);
  await expect(income).toHaveAttribute('aria-invalid', 'true');
  await income.fill('');
  await income.press('Tab');
  await expect(income).not.toHaveAttribute('aria-invalid', 'true');
  // 2015 is in range, but no BPU rule is in force on 1 January 2015: said under Tahun on save (below).
  await yearField.fill('2015');
  await expect(form.getByText('Tahun harus antara 2015 dan 2100.')).toHaveCount(0);
  await form.getByLabel('Keterangan dasar hukum').fill('Keputusan Bupati Badung (uji)');
  await form.getByTestId('add-target').click();
  await pickByKeyboard(form.getByTestId('target-0').getByRole('combobox'), 'petan', 'Petani');
  await form.getByTestId('target-0').getByRole('textbox').fill('3');
  await form.getByTestId('add-target').click();
  await pickByKeyboard(form.getByTestId('target-1').getByRole('combobox'), 'nelay', 'Nelayan');
  await form.getByTestId('target-1').getByRole('textbox').fill('2');
  await form.getByRole('button', { name: 'Simpan' }).click();
  // The funding and the budget are asked for: an empty budget is not Rp 0.
  await expect(form.getByText('Wajib diisi.')).toHaveCount(2);
  await expect(form.getByLabel('Anggaran setahun')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Nama program')).toHaveValue(name);
  await form.getByLabel('Anggaran setahun').fill('1000000');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Sumber dana' }), 'apbd kab', 'APBD kabupaten/kota');
  const toasts = await watchToasts(page);
  await form.getByRole('button', { name: 'Simpan' }).click();
  const noRules = 'Belum ada aturan iuran BPU yang berlaku 1 Januari 2015, jadi iuran per orang program tahun 2015 tidak dapat dihitung. Pilih tahun lain, atau tambahkan aturan iuran tahun itu di Referensi › Aturan iuran.';
  // Said once, on the year (not the package): no toast repeats what the field says.
  await expect(form.getByText(noRules)).toHaveCount(1);
  await expect(yearField).toHaveAttribute('aria-invalid', 'true');
  await expect(yearField).toHaveAccessibleDescription(noRules);
  await yearField.fill(String(year));
  await expect(form.getByText(noRules)).toHaveCount(0);
  await shot(page, 'program-03-formulir');
  expect(await toasts()).toEqual([]);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('programme-title')).toHaveText(name);
  await expect(page.getByTestId('programme-summary')).toContainText('0 dari target 5 orang');
  await expect(rowOf(page.getByTestId('programme-categories'), 'Petani')).toContainText('3');
  await expect(page.getByTestId('programme-budget-implausible')).toHaveCount(0);
  // A budget with zeros too many (walk 38: Rp 35 triliun for 100 people) is said on the page.
  await page.getByRole('button', { name: 'Ubah program' }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah program pekerja rentan' });
  await edit.getByLabel('Anggaran setahun').fill('35000000000000');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('programme-budget-implausible')).toContainText('Anggaran setahun lebih dari 10 kali biaya target setahun');
});

async function addPerson(page: Page, person: { nik: string; name: string; category: [string, string]; funding?: [string, string] }) {
  await page.getByRole('link', { name: 'Pekerja', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah pekerja' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah pekerja' });
  await form.getByLabel('NIK').fill(person.nik);
  await form.getByLabel('Nama').fill(person.name);
  await pickByKeyboard(form.getByRole('combobox', { name: 'Kecamatan' }), 'kuta ut', 'Kuta Utara');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Desa / kelurahan' }), 'dalu', 'Dalung');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Kategori rentan' }), ...person.category);
  await form.getByTestId('add-period').click();
  const period = form.getByTestId('period-0');
  await period.getByLabel('Mulai').fill(`01/01/${year}`);
  await period.getByLabel('Mulai').press('Tab');
  if (person.funding) await pickByKeyboard(period.getByRole('combobox', { name: 'Sumber dana' }), ...person.funding);
  await pickByKeyboard(period.getByRole('combobox', { name: 'Program yang membayar' }), 'uji petani', name);
  return { form, period };
}

test('two people are enrolled through the person form; the programme page shows target vs enrolled and the budget', async ({ app: page }) => {
  // Funding left empty: the programme's is filled in.
  const first = await addPerson(page, { nik: '5103064403950031', name: 'Ni Luh Uji Program', category: ['petan', 'Petani'] });
  await expect(first.period.getByRole('combobox', { name: 'Sumber dana' })).toHaveValue('APBD kabupaten/kota');
  await first.form.getByRole('button', { name: 'Simpan' }).click();
  await expect(first.form).toBeHidden();

  // A self-paid period naming an APBD programme: said under the field, saved anyway.
  const second = await addPerson(page, { nik: '5103061711880032', name: 'I Made Uji Program', category: ['nelay', 'Nelayan'], funding: ['mandiri', 'Mandiri'] });
  await expect(second.period.getByTestId('period-0-programme-warning')).toHaveText('Sumber dana periode berbeda dengan sumber dana program.');
  await shot(page, 'program-04-periode-peringatan');
  await second.form.getByRole('button', { name: 'Simpan' }).click();
  await expect(second.form).toBeHidden();
  await page.getByRole('button', { name: 'Buka data I Made Uji Program' }).click();
  await expect(page.getByTestId('worker-flags')).toContainText(`dibayar program "${name}"`);
  await shot(page, 'program-04b-pekerja-periksa');

  await page.getByTestId('worker-periods').getByRole('link', { name }).click();
  await expect(page.getByTestId('programme-title')).toHaveText(name);
  await expect(page.getByTestId('programme-summary')).toContainText('2 dari target 5 orang');
  const categories = page.getByTestId('programme-categories');
  await expect(rowOf(categories, 'Petani').getByRole('cell').nth(2)).toHaveText('1');
  await expect(rowOf(categories, 'Nelayan').getByRole('cell').nth(2)).toHaveText('1');
  await expect(rowOf(page.getByTestId('programme-desa'), 'Dalung')).toContainText('2');
  // Each category's share in figures, and the desa table's total (walk 38: a bar alone; no total).
  await expect(rowOf(categories, 'Petani').getByRole('cell').nth(3)).toHaveText(/^\d+%$/);
  await expect(rowOf(page.getByTestId('programme-desa'), 'Jumlah').getByRole('cell').nth(2)).toHaveText('2');
  const budget = page.getByTestId('programme-budget');
  await expect(budget).toContainText(/Rp\s?1\.000\.000/);
  await expect(budget).toContainText('Biaya = bulan yang dibayar × iuran per orang per bulan');
  await expect(page.getByTestId('programme-contribution-how')).toContainText(/JKK .* \+ JKM /);
  await expect(page.getByTestId('programme-people').getByRole('link')).toHaveText(['I Made Uji Program', 'Ni Luh Uji Program']);
  await shot(page, 'program-05-halaman');

  // The category's people, then back to all.
  await rowOf(categories, 'Nelayan').getByRole('button', { name: 'Lihat peserta' }).click();
  await expect(page.getByTestId('programme-people').getByRole('link')).toHaveText(['I Made Uji Program']);
  await page.getByRole('button', { name: 'Tampilkan semua' }).click();
  await expect(page.getByTestId('programme-people').getByRole('link')).toHaveCount(2);
});

test("a running programme of next year says it has not started, on the list and on its page; this year's runs", async ({ app: page, served }) => {
  const later = `Program Uji Tahun Depan ${year + 1}`;
  await api(served, 'programmes.save', { name: later, year: year + 1, funding: 'apbd_kabkota', budget: 5_000_000 });
  await openProgrammes(page);
  const list = page.getByTestId('programme-list');
  await expect(rowOf(list, later).getByTestId('programme-stage')).toHaveText('Belum mulai');
  await expect(rowOf(list, name).getByTestId('programme-stage')).toHaveText('Berjalan');
  await shot(page, 'program-06-belum-mulai');
  await list.getByRole('link', { name: later }).click();
  await expect(page.getByTestId('programme-title')).toHaveText(later);
  await expect(page.getByTestId('programme-stage')).toHaveText('Belum mulai');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('programme-stage')).toHaveText('Not started');
  await page.getByText('ID', { exact: true }).click();
  // Its stored status is still Berjalan: the edit form offers Berjalan and Selesai, as before.
  await page.getByRole('button', { name: 'Ubah program' }).click();
  await expect(page.getByRole('dialog', { name: 'Ubah program pekerja rentan' }).getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('Berjalan');
});
