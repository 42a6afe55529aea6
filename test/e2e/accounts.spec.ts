import type { Page } from '@playwright/test';
import { adminUser, api, expect, freshDataDir, pageApiHeaders, shot, startServe, stopServe, test } from './fixtures.ts';

// Accounts as an office meets them: the first start makes the administrator; the
// administrator makes an operator, who signs in, changes the given password and sees neither
// the accounts page nor the office settings; the screen locks when left alone and opens again
// with the work kept; five wrong passwords lock an account for a while, and it says how long.

test.setTimeout(180_000);
test.use({ viewport: { width: 1366, height: 768 } });

async function signInOnPage(page: Page, username: string, password: string) {
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('the first start asks for the administrator, then the setup wizard', async ({ page }) => {
  const dataDir = freshDataDir();
  const { served, child } = await startServe(dataDir);
  try {
    await page.goto(served.url);
    const card = page.getByTestId('first-admin');
    await expect(card.getByRole('heading', { name: 'Buat akun administrator' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(card.getByLabel('Nama pengguna')).toBeFocused();
    await card.getByLabel('Nama pengguna').fill('admin.badung');
    await card.getByLabel('Nama lengkap').fill('I Made Administrator');
    await card.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('rahasia-kantor-1');
    await card.getByRole('textbox', { name: 'Ulangi kata sandi', exact: true }).fill('rahasia-kantor-2');
    await expect(card.getByText('Kedua kata sandi tidak sama.')).toBeVisible();
    await card.getByRole('textbox', { name: 'Ulangi kata sandi', exact: true }).fill('rahasia-kantor-1');
    await shot(page, 'accounts-01-administrator-pertama');
    await card.getByRole('button', { name: 'Buat administrator' }).click();
    // Signed in as the new administrator: the office setup comes next.
    await expect(page.getByRole('heading', { name: 'Selamat datang di Lindung' })).toBeVisible();
    // A reload keeps the sign-in (the session cookie), and a second first administrator is refused.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Selamat datang di Lindung' })).toBeVisible();
    await shot(page, 'accounts-02-lalu-wizard');
  } finally {
    await stopServe(child, dataDir);
  }
});

test('the administrator creates an operator, who changes the given password and cannot open accounts or settings', async ({ app: page, served, browser }) => {
  await page.getByRole('link', { name: 'Akun pengguna' }).click();
  await expect(page.getByRole('heading', { name: 'Akun pengguna' })).toBeVisible();
  // The idle-lock minutes: out of range is said at the field and blocks the save (never clamped silently); Enter saves.
  const idle = page.getByTestId('idle-minutes');
  // "-5" stays as typed and is said, not made 5 (walk 35).
  for (const typed of ['0', '999', '', '-5']) {
    await idle.fill(typed);
    await idle.blur();
    await expect(page.getByText('Isi 1 sampai 480 menit.')).toBeVisible();
    await expect(idle).toHaveValue(typed);
    await expect(page.getByTestId('idle-save')).toBeDisabled();
  }
  await idle.fill('20');
  await idle.press('Enter');
  await expect(page.getByText('Waktu kunci layar disimpan.')).toBeVisible();
  await idle.fill('15');
  await idle.press('Enter');
  await expect.poll(async () => (await api<{ idleLockSeconds: number }>(served, 'auth.status', {})).idleLockSeconds).toBe(900);
  await page.getByRole('button', { name: 'Tambah akun' }).click();
  const form = page.getByRole('dialog', { name: 'Akun baru' });
  await form.getByLabel('Nama pengguna').fill('budi.operator');
  await form.getByLabel('Nama lengkap').fill('Budi Santoso');
  await form.getByRole('textbox', { name: 'Kata sandi awal', exact: true }).fill('sandi-awal-pertama');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('accounts-table').getByRole('row', { name: /budi\.operator/ });
  await expect(row).toContainText('Operator');
  await expect(row).toContainText('harus ganti kata sandi');
  await shot(page, 'accounts-03-akun-dibuat');

  // The operator, in another browser: the given password must be replaced first.
  const context = await browser.newContext();
  const operator = await context.newPage();
  try {
    await operator.goto(served.url);
    await signInOnPage(operator, 'budi.operator', 'sandi-awal-pertama');
    const change = operator.getByTestId('forced-password-change');
    await expect(change).toBeVisible();
    await change.getByRole('textbox', { name: 'Kata sandi lama', exact: true }).fill('sandi-awal-pertama');
    await change.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill('sandi-kopi-sendiri');
    await change.getByRole('textbox', { name: 'Ulangi kata sandi', exact: true }).fill('sandi-kopi-sendiri');
    await change.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(operator.getByRole('heading', { name: 'Beranda', exact: true })).toBeVisible();
    await expect(operator.getByTestId('user-menu')).toContainText('Budi Santoso · Operator');

    // Registers and imports yes; accounts, office profile and backups no, not even by address.
    const nav = operator.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Impor perusahaan' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Akun pengguna' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Profil kantor' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: /Cadangan|Pemulihan/ })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: /Enkripsi/ })).toHaveCount(0);
    await shot(operator, 'accounts-04-operator-tanpa-akun');
    // Their addresses say the role cannot open them, and show nothing of them.
    await operator.goto(`${served.origin}/#/pengaturan/akun`);
    await expect(operator.getByTestId('no-access')).toBeVisible();
    await expect(operator.getByRole('heading', { name: 'Akun pengguna' })).toHaveCount(0);
    await operator.goto(`${served.origin}/#/pengaturan/cadangan`);
    await expect(operator.getByTestId('no-access')).toBeVisible();
    await operator.goto(`${served.origin}/#/beranda`);
    await expect(operator.getByRole('heading', { name: 'Beranda', exact: true })).toBeVisible();
    // Beranda shows the operator whether the data is backed up, without the way to the backups.
    await expect(operator.getByTestId('home-backup-state')).toBeVisible();
    await expect(operator.getByTestId('home-backup')).toContainText('Cadangan diatur oleh administrator.');
    await expect(operator.getByTestId('home-backup-link')).toHaveCount(0);
    await expect(operator.getByRole('heading', { name: /Cadangan/ })).toHaveCount(0);
    // The router refuses the call too, in words.
    const refused = await operator.request.post(`${served.origin}/api/accounts.list`, { headers: await pageApiHeaders(operator), data: {} });
    const body = (await refused.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('FORBIDDEN');
    expect(body.error.message).toMatch(/Peran Anda \(operator\) tidak diizinkan/);
  } finally {
    await context.close();
  }
});

test('five wrong passwords lock the account, and the message says how many minutes to wait', async ({ page, served }) => {
  await api(served, 'accounts.create', { username: 'sari.operator', displayName: 'Sari Dewi', role: 'operator', password: 'sandi-awal-teh' });
  await page.goto(served.url);
  for (let i = 1; i <= 4; i++) {
    await signInOnPage(page, 'sari.operator', `salah-sandi-${i}`);
    await expect(page.getByRole('alert')).toContainText('Nama pengguna atau kata sandi salah.');
  }
  await signInOnPage(page, 'sari.operator', 'salah-sandi-5');
  await expect(page.getByRole('alert')).toContainText('Akun terkunci; coba lagi dalam 5 menit.');
  // Now even the right password waits.
  await signInOnPage(page, 'sari.operator', 'sandi-awal-teh');
  await expect(page.getByRole('alert')).toContainText(/coba lagi dalam [1-5] menit/);
  await shot(page, 'accounts-05-terkunci');
  // The administrator sees it locked.
  const list = await api<{ username: string; lockedUntil: string | null }[]>(served, 'accounts.list', {});
  expect(list.find((a) => a.username === 'sari.operator')?.lockedUntil).not.toBeNull();
});

test('the idle lock covers the screen and opens with the password, keeping what was typed', async ({ app: page, served }) => {
  // The office setting, kept short for this test (the administrator's accounts page sets it in minutes).
  await api(served, 'accounts.policy.save', { idleLockSeconds: 15 });
  try {
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
    await page.getByRole('heading', { name: 'Register perusahaan', exact: true }).click();
    await page.keyboard.press('Control+n');
    const form = page.getByRole('dialog', { name: 'Tambah perusahaan' });
    await form.getByLabel('Nama perusahaan').fill('PT Sedang Diketik Sejahtera');
    // Hands off the keyboard and mouse: the lock comes after the idle time.
    const lock = page.getByTestId('lock-screen');
    await expect(lock).toBeVisible({ timeout: 90_000 });
    await expect(lock).toContainText('Layar terkunci');
    await shot(page, 'accounts-06-layar-terkunci');
    await lock.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('bukan-sandinya');
    await lock.getByRole('button', { name: 'Buka kunci' }).click();
    await expect(lock.getByRole('alert')).toContainText('Kata sandi salah.');
    await lock.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(adminUser.password);
    await lock.getByRole('button', { name: 'Buka kunci' }).click();
    await expect(lock).toBeHidden();
    await expect(form.getByLabel('Nama perusahaan')).toHaveValue('PT Sedang Diketik Sejahtera');
    await shot(page, 'accounts-07-dibuka-isian-tetap');
  } finally {
    await api(served, 'accounts.policy.save', { idleLockSeconds: 900 });
  }
});

test('a reset password asks for the change at once (with Keluar and the language); the lock holds the keyboard and five wrong passwords lead to the sign-in', async ({ served, browser }) => {
  await api(served, 'accounts.create', { username: 'wati.operator', displayName: 'Wati Lestari', role: 'operator', password: 'sandi-awal-pertama' });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(served.url);
    await signInOnPage(page, 'wati.operator', 'sandi-awal-pertama');
    const change = page.getByTestId('forced-password-change');
    await expect(change).toBeVisible();
    // The rule is said before typing, and the eye button is named in the interface's language.
    await expect(change.getByText('Paling sedikit 10 karakter (paling banyak 200).', { exact: false })).toBeVisible();
    await expect(change.getByRole('button', { name: 'Tampilkan kata sandi' }).first()).toBeAttached();
    await expect(change.getByRole('radiogroup', { name: 'Bahasa' })).toBeVisible();
    await expect(change.getByRole('button', { name: 'Keluar' })).toBeVisible();
    // A weak password is refused, saying why.
    await change.getByRole('textbox', { name: 'Kata sandi lama', exact: true }).fill('sandi-awal-pertama');
    await change.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill('wati.operator-1');
    await change.getByRole('textbox', { name: 'Ulangi kata sandi', exact: true }).fill('wati.operator-1');
    await change.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(change.getByText('Kata sandi tidak boleh memuat nama pengguna atau nama lengkap pemilik akun.', { exact: true })).toBeVisible();
    await change.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill('kopi-pagi-sawah');
    await change.getByRole('textbox', { name: 'Ulangi kata sandi', exact: true }).fill('kopi-pagi-sawah');
    await change.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(page.getByRole('heading', { name: 'Beranda', exact: true })).toBeVisible();
    // The user menu's name says whose it is.
    await expect(page.getByRole('button', { name: 'Wati Lestari · Operator, menu pengguna' })).toBeVisible();

    // The administrator resets the password meanwhile: the next step shows the change, no reload.
    const list = await api<{ uid: string; username: string }[]>(served, 'accounts.list', {});
    await api(served, 'accounts.resetPassword', { uid: list.find((a) => a.username === 'wati.operator')?.uid, password: 'sandi-dari-admin' });
    await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
    await expect(change).toBeVisible();
    await change.getByRole('button', { name: 'Keluar' }).click();
    await signInOnPage(page, 'wati.operator', 'sandi-dari-admin');
    await change.getByRole('textbox', { name: 'Kata sandi lama', exact: true }).fill('sandi-dari-admin');
    await change.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill('kopi-pagi-sawah');
    await change.getByRole('textbox', { name: 'Ulangi kata sandi', exact: true }).fill('kopi-pagi-sawah');
    await change.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(change).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Register perusahaan', exact: true })).toBeVisible();

    // Locked: Tab stays in the lock dialog, the page behind is inert.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Kunci layar sekarang' }).click();
    const lock = page.getByTestId('lock-screen');
    await expect(lock).toBeVisible();
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
    expect(await lock.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 40; i++) await page.keyboard.press('Shift+Tab');
    expect(await lock.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    // Five wrong passwords end the session: no password field any more, the way back is signing in.
    const lockPassword = lock.getByRole('textbox', { name: 'Kata sandi', exact: true });
    for (let i = 1; i <= 5; i++) {
      await lockPassword.fill(`salah-sandi-${i}`);
      await lock.getByRole('button', { name: 'Buka kunci' }).click();
      // The answer has come when the field is emptied (the alert may still read the last one's words).
      if (i < 5) await expect(lockPassword).toHaveValue('');
      await expect(lock.getByRole('alert')).toContainText(i < 5 ? 'Kata sandi salah.' : 'Akun terkunci');
    }
    await expect(lock.getByRole('heading', { name: 'Sesi berakhir' })).toBeVisible();
    await expect(lock.getByRole('textbox', { name: 'Kata sandi', exact: true })).toHaveCount(0);
    await shot(page, 'accounts-08-sesi-berakhir');
    await lock.getByRole('button', { name: 'Masuk lagi' }).click();
    await expect(page.getByTestId('sign-in')).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
  } finally {
    await context.close();
  }
});

test('an administrator cannot deactivate their own account', async ({ app: page, served }) => {
  // Another administrator exists (with only one, "the last active administrator" is the refusal).
  await api(served, 'accounts.create', { username: 'admin.kedua', displayName: 'Admin Kedua', role: 'administrator', password: 'sandi-awal-pertama' });
  await page.getByRole('link', { name: 'Akun pengguna' }).click();
  const row = page.getByTestId('accounts-table').getByRole('row', { name: /^admin Admin Dinas/ });
  await row.getByRole('button', { name: 'Ubah' }).click();
  const form = page.getByRole('dialog', { name: /Ubah akun admin/ });
  await form.getByLabel('Status', { exact: true }).click();
  await page.getByRole('option', { name: 'Nonaktif' }).click();
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('alert')).toContainText('Anda tidak dapat menonaktifkan akun Anda sendiri');
  await form.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('accounts-table').getByRole('row', { name: /^admin Admin Dinas/ })).toContainText('Aktif');
});
