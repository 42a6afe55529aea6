/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { api, expect, pickByKeyboard, screenshotDir, test } from './fixtures.ts';

// What a clerk meets in the forms and around them, on the screen size of an office laptop:
// a date that is no day blocks the save and says why, Esc asks before throwing changes
// away, Terdaftar without NPP or programmes asks first, one menu entry lit, toasts out of
// the way and gone with their page, closed firms' letters apart on the due list, the head's
// NIP as printed, dates in the interface language.
test.use({ viewport: { width: 1366, height: 768 } });
// The first test also starts the server; the machine may be shared: generous, not tight.
test.setTimeout(180_000);

/** What is on screen now (dialogs and dropdowns included). */
async function viewShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

const nav = (page: Page) => page.getByRole('navigation');

async function openEmployer(page: Page, uid: string, tab?: 'tindak-lanjut') {
  await page.goto(`${new URL(page.url()).origin}/#/register/perusahaan/${uid}${tab ? `?tab=${tab}` : ''}`);
  await expect(page.getByTestId('employer-title')).toBeVisible();
}

async function openNewEmployerForm(page: Page) {
  await nav(page).getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah perusahaan' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah perusahaan' });
  await expect(form.getByLabel('Nama perusahaan')).toBeFocused();
  return form;
}

test('a deadline that is no day blocks the save, says why on the field, and nothing is written', async ({ app: page, served }) => {
  const firm = await api<{ uid: string }>(served, 'employers.save', { name: 'CV Tenggat Keliru', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
  await openEmployer(page, firm.uid, 'tindak-lanjut');
  await expect(page.getByText('Belum ada tindak lanjut.')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah tindak lanjut' });
  const kind = dialog.getByRole('combobox', { name: /^Jenis/ });
  // The form opens on its first field, with the list closed (it used to drop over the dates).
  await expect(kind).toBeFocused();
  await expect(page.getByRole('listbox')).toBeHidden();
  await viewShot(page, '60-tindak-lanjut-terbuka');

  await pickByKeyboard(kind, 'teguran', 'Teguran tertulis I$');
  await dialog.getByLabel(/^Tanggal/).fill('06/01/2026');
  const due = dialog.getByLabel('Tenggat');
  await due.fill('31/02/2026');
  // Enter while still in the field (no blur): the save is refused all the same.
  await due.press('Enter');
  const message = dialog.getByText('"31/02/2026": tanggal itu tidak ada, Februari 2026 hanya sampai tanggal 28.');
  await expect(message).toBeVisible();
  await expect(due).toBeFocused();
  await expect(due).toHaveValue('31/02/2026'); // what was typed stays there to be corrected
  await dialog.getByLabel('Nomor surat').fill('560/021/Disperinaker/2026');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(message).toBeVisible();
  await expect(due).toBeFocused();
  await expect(dialog).toBeVisible();
  await expect(page.getByText('Tersimpan')).toHaveCount(0);
  await viewShot(page, '61-tenggat-bukan-tanggal');

  // Close without saving: the employer has no follow-up.
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await page.getByTestId('discard-dialog').getByRole('button', { name: 'Buang perubahan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Belum ada tindak lanjut.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Belum ada tindak lanjut.')).toBeVisible();

  // Corrected, it saves with its deadline.
  await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  await pickByKeyboard(dialog.getByRole('combobox', { name: /^Jenis/ }), 'teguran', 'Teguran tertulis I$');
  await dialog.getByLabel(/^Tanggal/).fill('06/01/2026');
  await dialog.getByLabel('Tenggat').fill('31/02/2026');
  await dialog.getByLabel('Tenggat').fill('28/02/2026');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('follow-ups-table').getByRole('row', { name: 'Teguran tertulis I' })).toContainText('28 Feb 2026');
});

test('every date field of the app refuses text that is no day: employer form and calculator', async ({ app: page }) => {
  const form = await openNewEmployerForm(page);
  await form.getByLabel('Nama perusahaan').fill('UD Tanggal Data');
  await form.getByLabel('Tanggal data BPJS').fill('29/02/2025');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('"29/02/2025": tanggal itu tidak ada, Februari 2025 hanya sampai tanggal 28.', { exact: false })).toBeVisible();
  await expect(form.getByLabel('Tanggal data BPJS')).toBeFocused();
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Batal' }).click();
  await page.getByTestId('discard-dialog').getByRole('button', { name: 'Buang perubahan' }).click();

  // The calculator's rule date: no figure from a date that is none.
  await nav(page).getByRole('link', { name: 'Kalkulator iuran' }).click();
  const apbd = page.getByRole('form', { name: 'Anggaran APBD' });
  await apbd.getByLabel('Tanggal aturan').fill('31/04/2026');
  await apbd.getByRole('button', { name: 'Hitung' }).click();
  await expect(apbd.getByText('"31/04/2026": tanggal itu tidak ada, April 2026 hanya sampai tanggal 30.', { exact: false })).toBeVisible();
  await expect(apbd.getByLabel('Tanggal aturan')).toBeFocused();
});

test('Esc on a form with changes asks before discarding them; on a clean form it closes', async ({ app: page, served }) => {
  // The employer form.
  let form = await openNewEmployerForm(page);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden(); // nothing typed: closes at once
  form = await openNewEmployerForm(page);
  await form.getByLabel('Nama perusahaan').fill('PT Belum Disimpan');
  await page.keyboard.press('Escape');
  const discard = page.getByTestId('discard-dialog');
  await expect(discard).toContainText('Isian di formulir belum disimpan. Tutup dan buang perubahan itu?');
  // Esc again: back to the form, with what was typed.
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(form.getByLabel('Nama perusahaan')).toHaveValue('PT Belum Disimpan');
  // A list open in the form: Esc closes the list only.
  await form.getByRole('combobox', { name: 'Skala usaha' }).click();
  await expect(page.getByRole('option', { name: /Kecil/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option', { name: /Kecil/ })).toBeHidden();
  await expect(discard).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Buang perubahan' }).click();
  await expect(form).toBeHidden();

  // The follow-up form and the close-record form.
  const firm = await api<{ uid: string }>(served, 'employers.save', { name: 'CV Esc Tutup', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
  await openEmployer(page, firm.uid, 'tindak-lanjut');
  await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  const followUp = page.getByRole('dialog', { name: 'Tambah tindak lanjut' });
  await followUp.getByLabel('Nomor surat').fill('560/1/2026');
  await page.keyboard.press('Escape');
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Kembali ke formulir' }).click();
  await expect(followUp.getByLabel('Nomor surat')).toHaveValue('560/1/2026');
  await followUp.getByRole('button', { name: 'Tutup' }).click(); // the ✕ asks the same
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Buang perubahan' }).click();
  await expect(followUp).toBeHidden();

  await page.getByRole('button', { name: 'Tutup / hapus…' }).click();
  await page.getByRole('menuitem', { name: 'Tandai tutup…' }).click();
  const status = page.getByRole('dialog', { name: 'Tandai perusahaan tutup' });
  await status.getByLabel('Alasan').fill('Usaha pindah ke Denpasar');
  await page.keyboard.press('Escape');
  await expect(discard).toBeVisible();
  await viewShot(page, '62-esc-buang-perubahan');
  await discard.getByRole('button', { name: 'Buang perubahan' }).click();
  await expect(status).toBeHidden();

  // A contribution rule form.
  await nav(page).getByRole('link', { name: 'Aturan iuran' }).click();
  await page.getByRole('button', { name: 'Tambah aturan' }).click();
  const rule = page.getByRole('dialog', { name: 'Tambah aturan iuran' });
  await rule.getByLabel('Sumber dan catatan').fill('Uji Esc');
  await page.keyboard.press('Escape');
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Buang perubahan' }).click();
  await expect(rule).toBeHidden();
});

test('Enter in an open list chooses its option and never saves the form around it', async ({ app: page, served }) => {
  const search = (name: string) => api<{ rowCount: number; rows: { kecamatanName: string | null; desaName: string | null }[] }>(served, 'registers.list', { register: 'employer', startRow: 0, endRow: 10, filterModel: {}, quickSearch: name });
  const form = await openNewEmployerForm(page);
  await form.getByLabel('Nama perusahaan').fill('CV Enter Di Daftar');
  // Typed, nothing highlighted: Enter takes the first match (it saved the form without one).
  const kecamatan = form.getByRole('combobox', { name: 'Kecamatan' });
  await kecamatan.click();
  await kecamatan.pressSequentially('Kuta Sel', { delay: 20 });
  await expect(page.getByRole('option', { name: /Kuta Selatan/ })).toBeVisible();
  await kecamatan.press('Enter');
  await expect(kecamatan).toHaveValue('Kuta Selatan');
  await expect(kecamatan).not.toHaveAttribute('aria-controls', /./);
  // Nothing listed for what was typed: Enter does nothing, the form stays.
  const desa = form.getByRole('combobox', { name: 'Desa / kelurahan' });
  await desa.click();
  await desa.pressSequentially('Zzqx', { delay: 20 });
  await expect(page.getByText('Tidak ada wilayah yang cocok')).toBeVisible();
  await desa.press('Enter');
  await expect(form).toBeVisible();
  await expect(desa).toHaveValue('Zzqx');
  expect((await search('Enter Di Daftar')).rowCount).toBe(0);
  // Another desa, then Enter with the list closed: the form is saved, from the keyboard as before.
  await desa.fill('');
  await desa.pressSequentially('Jimbar', { delay: 20 });
  await expect(page.getByRole('option', { name: /Jimbaran/ })).toBeVisible();
  await desa.press('Enter');
  await expect(desa).toHaveValue('Jimbaran');
  await desa.press('Enter');
  await expect(form).toBeHidden();
  await expect.poll(async () => (await search('Enter Di Daftar')).rows.map((r) => [r.kecamatanName, r.desaName])).toEqual([['Kuta Selatan', 'Jimbaran']]);
});

test('Text typed in a region field and left without a choice stays there, says what to do, and blocks the save', async ({ app: page, served }) => {
  const search = (name: string) => api<{ rowCount: number; rows: { kecamatanName: string | null; desaName: string | null }[] }>(served, 'registers.list', { register: 'employer', startRow: 0, endRow: 10, filterModel: {}, quickSearch: name });
  const form = await openNewEmployerForm(page);
  await form.getByLabel('Nama perusahaan').fill('CV Ketik Tanpa Pilih');
  const kecamatan = form.getByRole('combobox', { name: 'Kecamatan' });
  await kecamatan.click();
  await kecamatan.pressSequentially('Kuta Sel', { delay: 20 });
  await expect(page.getByRole('option', { name: /Kuta Selatan/ })).toBeVisible();
  // Tab away without choosing: the text stays (it was emptied), and the field says why it is not a choice.
  await kecamatan.press('Tab');
  await expect(kecamatan).toHaveValue('Kuta Sel');
  await expect(form).toContainText('“Kuta Sel” belum dipilih dari daftar');
  await viewShot(page, '63a-wilayah-belum-dipilih');
  // Saving is refused while it holds text, not a place.
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeVisible();
  await expect(kecamatan).toHaveValue('Kuta Sel');
  expect((await search('Ketik Tanpa Pilih')).rowCount).toBe(0);
  // A desa typed and then emptied is simply empty again.
  const desa = form.getByRole('combobox', { name: 'Desa / kelurahan' });
  await desa.click();
  await desa.pressSequentially('Jimb', { delay: 20 });
  await desa.press('Tab');
  await expect(form).toContainText('“Jimb” belum dipilih dari daftar');
  await desa.fill('');
  await desa.press('Tab');
  await expect(form).not.toContainText('“Jimb”');
  // Back in the kecamatan, the typed text is there to finish: choose, and the message goes.
  await kecamatan.click();
  await expect(page.getByRole('option', { name: /Kuta Selatan/ })).toBeVisible();
  await page.getByRole('option', { name: /Kuta Selatan/ }).click();
  await expect(kecamatan).toHaveValue('Kuta Selatan');
  await expect(form).not.toContainText('belum dipilih dari daftar');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect.poll(async () => (await search('Ketik Tanpa Pilih')).rows.map((r) => [r.kecamatanName, r.desaName])).toEqual([['Kuta Selatan', null]]);
});

test('Terdaftar without NPP or programmes asks first; PDS program is offered instead', async ({ app: page, served }) => {
  const search = (name: string) => api<{ rowCount: number; rows: { name: string; bpjsStatus: string }[] }>(served, 'registers.list', { register: 'employer', startRow: 0, endRow: 10, filterModel: {}, quickSearch: name });
  let form = await openNewEmployerForm(page);
  await form.getByLabel('Nama perusahaan').fill('PT Terdaftar Tanpa Nomor');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Skala usaha' }), 'kec', 'Kecil');
  await pickByKeyboard(form.getByRole('combobox', { name: /^Status BPJS/ }), 'terdaftar', 'Terdaftar');
  await expect(form).toContainText('Program wajib yang belum dicentang: JKK, JKM, JHT.');
  await form.getByRole('button', { name: 'Simpan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Status Terdaftar belum lengkap' });
  await expect(confirm).toContainText('NPP BPJS belum diisi.');
  await expect(confirm).toContainText('Program wajib untuk usaha kecil yang belum dicentang: JKK, JKM, JHT.');
  await expect(confirm.getByRole('button', { name: 'Kembali ke formulir' })).toBeFocused();
  await viewShot(page, '63-terdaftar-tanpa-npp');
  expect((await search('Terdaftar Tanpa Nomor')).rowCount).toBe(0); // nothing saved yet

  // Back to the form: the NPP field, to fill it in.
  await confirm.getByRole('button', { name: 'Kembali ke formulir' }).click();
  await expect(form.getByLabel('NPP BPJS')).toBeFocused();
  await form.getByLabel('NPP BPJS').fill('NN7788001');
  await form.getByRole('checkbox', { name: 'JKK' }).check();
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(confirm).not.toContainText('NPP BPJS belum diisi.');
  await expect(confirm).toContainText('JKM, JHT');
  // Not every mandatory programme: saved as what it is.
  await confirm.getByRole('button', { name: 'Simpan sebagai PDS program' }).click();
  await expect(form).toBeHidden();
  await expect.poll(async () => (await search('Terdaftar Tanpa Nomor')).rows.map((r) => r.bpjsStatus)).toEqual(['pds_program']);

  // Or kept as Terdaftar, knowingly.
  form = await openNewEmployerForm(page);
  await form.getByLabel('Nama perusahaan').fill('CV Terdaftar Lama Sekali');
  await pickByKeyboard(form.getByRole('combobox', { name: /^Status BPJS/ }), 'terdaftar', 'Terdaftar');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(confirm).toContainText('Program wajib untuk semua skala usaha yang belum dicentang: JKK, JKM, JHT.');
  await confirm.getByRole('button', { name: 'Tetap simpan sebagai Terdaftar' }).click();
  await expect(form).toBeHidden();
  await expect.poll(async () => (await search('Terdaftar Lama Sekali')).rows.map((r) => r.bpjsStatus)).toEqual(['terdaftar']);
});

test('one menu entry is lit for each page', async ({ app: page, served }) => {
  const lit = nav(page).locator('a[data-active], a[aria-current="page"]');
  // The page the app opens on.
  await expect(page).toHaveURL(/#\/beranda$/);
  await expect(lit).toHaveText(['Beranda']);
  await nav(page).getByRole('link', { name: 'Impor perusahaan' }).click();
  await expect(page).toHaveURL(/#\/register\/perusahaan\/impor$/);
  await expect(lit).toHaveText(['Impor perusahaan']);
  await nav(page).getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await expect(lit).toHaveText(['Perusahaan']);
  // A record belongs to the register.
  const firm = await api<{ uid: string }>(served, 'employers.save', { name: 'CV Menu Satu', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
  await openEmployer(page, firm.uid);
  await expect(lit).toHaveText(['Perusahaan']);
});

test('toasts stay clear of the language switch and leave with their page', async ({ app: page }) => {
  await nav(page).getByRole('link', { name: 'Profil kantor' }).click();
  await page.getByRole('button', { name: 'Simpan' }).click();
  const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Profil kantor tersimpan dan dicatat di riwayat perubahan.' });
  await expect(toast).toBeVisible();
  const toastBox = (await toast.boundingBox())!;
  const switchBox = (await page.getByRole('radiogroup', { name: 'Bahasa' }).boundingBox())!;
  const overlaps = toastBox.x < switchBox.x + switchBox.width && switchBox.x < toastBox.x + toastBox.width && toastBox.y < switchBox.y + switchBox.height && switchBox.y < toastBox.y + toastBox.height;
  expect(overlaps).toBe(false);
  // The pointer rests on the toast (which holds its timer), the next page is opened from the keyboard:
  // the toast goes with its page, not with its timer.
  await toast.hover();
  await nav(page).getByRole('link', { name: 'Tentang Lindung' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tentang Lindung' })).toBeVisible();
  await expect(toast).toHaveCount(0);
});

test("a closed firm's overdue letter is set apart on the due list", async ({ app: page, served }) => {
  const open = await api<{ uid: string }>(served, 'employers.save', { name: 'CV Masih Buka Jaya', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
  const closed = await api<{ uid: string }>(served, 'employers.save', { name: 'CV Sudah Tutup Jaya', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
  for (const firm of [open, closed]) await api(served, 'employers.followUps.save', { employerUid: firm.uid, kind: 'teguran_1', date: '2025-01-06', dueDate: '2025-01-16' });
  await api(served, 'employers.setStatus', { uid: closed.uid, recordStatus: 'tutup', reason: 'Usaha berhenti' });
  await nav(page).getByRole('link', { name: 'Tindak lanjut jatuh tempo' }).click();
  const table = page.getByTestId('due-table');
  await expect(table.getByRole('row').filter({ hasText: 'CV Masih Buka Jaya' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'CV Sudah Tutup Jaya' })).toHaveCount(0);
  await expect(page.getByTestId('due-summary')).toContainText('1 tindak lanjut perusahaan yang sudah tutup disembunyikan.');
  await page.getByRole('switch', { name: 'Tampilkan tindak lanjut perusahaan tutup (1)' }).click({ force: true });
  const closedRow = table.getByRole('row').filter({ hasText: 'CV Sudah Tutup Jaya' });
  await expect(closedRow).toBeVisible();
  await expect(closedRow).toHaveAttribute('data-employer-status', 'tutup');
  await expect(closedRow.getByText('Tutup', { exact: true })).toBeVisible();
  await viewShot(page, '64-jatuh-tempo-tutup');
});

test("the head's NIP is taken as printed, with spaces, and kept as its digits", async ({ app: page }) => {
  await nav(page).getByRole('link', { name: 'Profil kantor' }).click();
  await page.getByLabel('NIP kepala dinas').fill('19700512 199803 1 007');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Profil kantor tersimpan dan dicatat di riwayat perubahan.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('NIP kepala dinas')).toHaveValue('197005121998031007');
});

test('dates name their month in the interface language', async ({ app: page, served }) => {
  const firm = await api<{ uid: string }>(served, 'employers.save', { name: 'CV Bulan Desember', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd' });
  await api(served, 'employers.followUps.save', { employerUid: firm.uid, kind: 'kunjungan', date: '2025-12-02' });
  await openEmployer(page, firm.uid, 'tindak-lanjut');
  const row = page.getByTestId('follow-ups-table').getByRole('row', { name: 'Kunjungan' });
  await expect(row).toContainText('2 Des 2025');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('follow-ups-table').getByRole('row', { name: 'Visit' })).toContainText('2 Dec 2025');
  await page.getByText('ID', { exact: true }).click();
  await expect(row).toContainText('2 Des 2025');
});

test('the first Tab reaches "Langsung ke isi halaman", which moves the keyboard past the sidebar; the language switch names its languages', async ({ app: page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  // A fresh page: the keyboard starts at the top of the document.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Register perusahaan', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-to-content');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('Langsung ke isi halaman');
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-content')).toBeFocused();
  // The next Tab lands inside the page, not on the sidebar's links.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#page-content')))).toBe(true);
  await expect(page.getByRole('radio', { name: 'English' })).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toHaveCount(1);
});

test('the sidebar groups are buttons the keyboard reaches: Enter folds and unfolds one, and it says whether it is open (walk 33)', async ({ app: page }) => {
  const nav = page.getByRole('navigation');
  const group = nav.getByRole('button', { name: 'Register', exact: true });
  await group.focus();
  await expect(group).toBeFocused();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Perusahaan', exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Perusahaan', exact: true })).toBeHidden();
  await page.keyboard.press('Space');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Perusahaan', exact: true })).toBeVisible();
});
