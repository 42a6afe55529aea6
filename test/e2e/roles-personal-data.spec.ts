import { api, changeGivenPassword, expect, pageSignedIn, shot, test } from './fixtures.ts';

// Permission holes a walk of the accounts found (UU PDP): a pemantau (read only) sees the
// registers without a way to add, import or export; an operator's export of the worker register
// masks NIKs, the box ticked and fixed with a sentence why; undoing an import of 100 records or
// more waits for BATALKAN typed.

test.setTimeout(240_000);
test.use({ actionTimeout: 30_000 });
test.use({ viewport: { width: 1366, height: 768 } });

/** Signs `username` in on a page of its own browser context (an account made with must_change_password off). */
const pageAs = pageSignedIn;


const person = {
  nik: '5103064507900002',
  name: 'Ni Luh Putu Sukerti',
  kecamatanCode: '51.03.06',
  desaCode: '51.03.06.2006',
  periods: [{ segment: 'BPU', startDate: '2025-01-01', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2025' }],
};

test('a pemantau only reads; an operator exports masked NIKs; a large undo waits for BATALKAN', async ({ app: page, served, browser }) => {
  await api(served, 'workers.save', person);
  // The NIK column shows by default (the office's setting), so an export holds it.
  await api(served, 'privacy.saveSettings', { hideNikByDefault: false });

  // The administrator gives the new role from the accounts page: it is listed with its words.
  await page.getByRole('link', { name: 'Akun pengguna' }).click();
  await page.getByRole('button', { name: 'Tambah akun' }).click();
  const form = page.getByRole('dialog', { name: 'Akun baru' });
  await form.getByLabel('Nama pengguna').fill('wayan.lihat');
  await form.getByLabel('Nama lengkap').fill('Wayan Pengamat');
  await form.getByRole('textbox', { name: 'Kata sandi awal', exact: true }).fill('jeruk-nipis-gunung');
  // The dialog may still be settling: the field is clicked again until its list shows.
  const option = page.getByRole('option', { name: 'Pemantau (hanya melihat)', exact: true });
  await expect(async () => {
    if (!(await option.isVisible())) await form.getByRole('combobox', { name: 'Peran' }).click();
    await expect(option).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await option.click();
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('accounts-table').getByRole('row', { name: /wayan\.lihat/ })).toContainText('Pemantau (hanya melihat)');
  await shot(page, 'roles-01-pemantau-dibuat');
  await api(served, 'accounts.create', { username: 'made.operator', displayName: 'Made Operator', role: 'operator', password: 'layang-biru-senja' });

  // The pemantau: the worker register with its person, no Tambah, Impor or Ekspor.
  const viewer = await pageAs(browser, served, 'wayan.lihat', 'jeruk-nipis-gunung');
  try {
    await changeGivenPassword(viewer.page, 'jeruk-nipis-gunung', 'bulan-terang-malam');
    await expect(viewer.page.getByTestId('user-menu')).toContainText('Wayan Pengamat · Pemantau (hanya melihat)');
    await viewer.page.goto(`${served.origin}/#/register/pekerja`);
    await expect(viewer.page.getByRole('heading', { name: 'Register pekerja' })).toBeVisible();
    await expect(viewer.page.getByText('Ni Luh Putu Sukerti')).toBeVisible();
    await expect(viewer.page.getByRole('button', { name: 'Tambah pekerja' })).toHaveCount(0);
    await expect(viewer.page.getByRole('button', { name: /^Impor/ })).toHaveCount(0);
    await expect(viewer.page.getByRole('button', { name: /^Ekspor/ })).toHaveCount(0);
    await expect(viewer.page.getByRole('navigation').getByRole('link', { name: 'Impor pekerja' })).toHaveCount(0);
    await shot(viewer.page, 'roles-02-pemantau-register');
  } finally {
    await viewer.close();
  }

  // The operator: the export dialog masks NIKs, ticked and fixed, and says why.
  const operator = await pageAs(browser, served, 'made.operator', 'layang-biru-senja');
  try {
    await changeGivenPassword(operator.page, 'layang-biru-senja', 'hujan-deras-siang');
    await operator.page.goto(`${served.origin}/#/register/pekerja`);
    await expect(operator.page.getByText('Ni Luh Putu Sukerti')).toBeVisible();
    await operator.page.getByRole('button', { name: /^Ekspor/ }).click();
    const dialog = operator.page.getByTestId('export-dialog');
    const mask = dialog.getByRole('checkbox', { name: 'Samarkan NIK' });
    await expect(mask).toBeChecked();
    await expect(mask).toBeDisabled();
    await expect(dialog.getByTestId('export-mask-required')).toHaveText('NIK selalu disamarkan dalam ekspor Anda: NIK lengkap dalam ekspor hanya untuk kepala bidang ke atas (UU PDP).');
    await shot(operator.page, 'roles-03-operator-ekspor-disamarkan');
  } finally {
    await operator.close();
  }

  // The administrator may export full NIKs: the box is free.
  await page.goto(`${served.origin}/#/register/pekerja`);
  await page.getByRole('button', { name: /^Ekspor/ }).click();
  await expect(page.getByTestId('export-dialog').getByRole('checkbox', { name: 'Samarkan NIK' })).toBeEnabled();
  await expect(page.getByTestId('export-mask-required')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // An import of 150 employers: its undo waits for BATALKAN typed.
  const started = await api<{ id: string }>(served, 'employers.demo', { count: 150 });
  await expect.poll(async () => (await api<{ status: string }>(served, 'jobs.get', { jobId: started.id })).status, { timeout: 120_000 }).toBe('done');
  await page.goto(`${served.origin}/#/register/perusahaan/impor?tab=riwayat`);
  const batchRow = page.getByTestId('import-history').getByRole('row', { name: /Data contoh 150 perusahaan/ });
  await batchRow.getByRole('button', { name: /^Batalkan/ }).click();
  const undo = page.getByRole('dialog', { name: 'Batalkan impor?' });
  await expect(undo.getByTestId('undo-counts')).toContainText('150 perusahaan baru');
  const confirm = undo.getByRole('button', { name: 'Ya, batalkan impor' });
  const word = undo.getByRole('textbox', { name: 'Pembatalan ini menghapus atau mengubah 150 data. Ketik BATALKAN untuk melanjutkan.' });
  await expect(word).toBeVisible();
  await expect(confirm).toBeDisabled();
  await word.fill('batal');
  await expect(confirm).toBeDisabled();
  await word.fill('batalkan');
  await expect(confirm).toBeEnabled();
  await shot(page, 'roles-04-batalkan-diketik');
  await confirm.click();
  await expect(undo).toBeHidden({ timeout: 60_000 });
  await expect(batchRow).toContainText('Dibatalkan');
});
