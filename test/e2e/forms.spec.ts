/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { request as playwrightRequest, type Locator, type Page } from '@playwright/test';
import { expect, screenshotDir, test } from './fixtures.ts';

// What a clerk meets in the forms and around them, on the screen size of an office laptop:
// a date that is no day blocks the save and says why, Esc asks before throwing changes
// away, Terdaftar without NPP or programmes asks first, one menu entry lit, toasts out of
// the way and gone with their page, closed firms' letters apart on the due list, the head's
// NIP as printed, dates in the interface language.
test.use({ viewport: { width: 1366, height: 768 } });
// The first test also starts the server; the machine may be shared: generous, not tight.
test.setTimeout(180_000);

type Served = { url: string; origin: string };

/** One call through the same HTTP API the page uses. */
async function api<T>(served: Served, channel: string, input: unknown): Promise<T> {
  const context = await playwrightRequest.newContext({ baseURL: served.origin });
  try {
    await context.get(served.url); // the token becomes the session cookie
    const response = await context.post(`/api/${channel}`, { headers: { 'X-Lindung': '1' }, data: input });
    const result = (await response.json()) as { ok: boolean; data: T; error?: unknown };
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data;
  } finally {
    await context.dispose();
  }
}

/** What is on screen now (dialogs and dropdowns included). */
async function viewShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

/** Picks an option of a Mantine Select by typing, ArrowDown and Enter. */
async function pickByKeyboard(field: Locator, text: string, option: string) {
  await field.click();
  await field.fill('');
  await field.pressSequentially(text, { delay: 20 });
  await expect(field.page().getByRole('option', { name: new RegExp(option) }).first()).toBeVisible();
  await field.press('ArrowDown');
  await field.press('Enter');
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
