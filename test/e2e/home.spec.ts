import type { Page } from '@playwright/test';
import { api, expect, loadDemo, shot, test, type Served } from './fixtures.ts';

// Beranda against a real `lindung serve` (Kabupaten Badung): the page the app opens on after
// sign-in. Empty, it offers each register's first steps; with data, its figures are the other
// pages' own (the registers' counts, the due list, coverage, the award cycles list, the import
// history, the backups), and each part's link opens that page. The tests share one database
// and run in order.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const nav = (page: Page) => page.getByRole('navigation');
const lit = (page: Page) => nav(page).locator('a[data-active], a[aria-current="page"]');
const card = (page: Page, id: string) => page.getByTestId(`home-${id}`);

async function backHome(page: Page) {
  await nav(page).getByRole('link', { name: 'Beranda', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible();
}

/** An ISO day `days` from today (the browser's today, as the due page counts). */
const dayFromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function waitJob(served: Served, id: string) {
  await expect.poll(async () => (await api<{ status: string }>(served, 'jobs.get', { jobId: id })).status, { timeout: 120_000 }).toBe('done');
}

test('sign-in lands on Beranda, first in the menu; an empty register offers its import and demo data there', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page).toHaveURL(/#\/beranda$/);
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible();
  // The page's title is its one h1: the app's name in the header is no heading.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('heading')).toHaveCount(0);
  await expect(lit(page)).toHaveText(['Beranda']);
  await expect(nav(page).getByRole('link').first()).toHaveText('Beranda');
  // One heading structure: the page's h1, then one h2 per part.
  await expect(page.locator('main h1')).toHaveText(['Beranda']);
  await expect(page.locator('main h2')).toHaveText(['Perusahaan', 'Pekerja', 'Keamanan data', 'Tindak lanjut', 'Cakupan Kabupaten Badung', 'Paritrana Award', 'Impor terakhir']);

  const employers = card(page, 'register-employers');
  await expect(employers.getByTestId('home-register-employers-empty')).toContainText('Register perusahaan masih kosong');
  await expect(employers.getByRole('button', { name: 'Impor dari Excel' })).toBeVisible();
  await expect(card(page, 'register-workers').getByTestId('home-register-workers-empty')).toContainText('Register pekerja masih kosong');
  await expect(card(page, 'imports').getByTestId('home-imports-none')).toHaveText('Belum ada berkas yang diimpor.');
  await expect(card(page, 'award').getByTestId('home-award-none')).toBeVisible();
  await shot(page, 'home-01-beranda-kosong');

  // The demo step is the register's own dialog; the card and the latest imports show what it loaded.
  await employers.getByRole('button', { name: 'Muat data contoh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muat data contoh' });
  await dialog.getByLabel('Jumlah perusahaan').fill('40');
  await dialog.getByRole('button', { name: 'Muat data contoh' }).click();
  await expect(page.getByText('40 perusahaan contoh ditambahkan.', { exact: false })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('home-register-employers-count')).toHaveText('40');
  await expect(card(page, 'imports').getByTestId('home-import-row').first()).toContainText('Data contoh 40 perusahaan.csv');

  // The import step opens the register's import screen.
  await card(page, 'register-workers').getByRole('button', { name: 'Impor dari Excel' }).click();
  await expect(page).toHaveURL(/#\/register\/pekerja\/impor$/);
  await expect(lit(page)).toHaveText(['Impor pekerja']);
});

test("Beranda's figures are the registers', the due list's, coverage's and the award list's; each part's link opens its page", async ({ app: page, served }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  if ((await api<{ total: number }>(served, 'registers.counts', { register: 'employer', by: 'bpjsStatus' })).total === 0) await loadDemo(served, 40);
  await waitJob(served, (await api<{ id: string }>(served, 'workers.demo', { count: 120 })).id);
  // One follow-up overdue, one due in five days, one far off (not counted).
  const firms = await api<{ rows: { uid: string }[] }>(served, 'registers.list', { register: 'employer', startRow: 0, endRow: 3, filterModel: {}, sortModel: [] });
  const [late, soon, later] = firms.rows;
  await api(served, 'employers.followUps.save', { employerUid: late!.uid, kind: 'teguran_1', date: '2025-01-06', dueDate: '2025-01-16' });
  await api(served, 'employers.followUps.save', { employerUid: soon!.uid, kind: 'kunjungan', date: dayFromToday(-1), dueDate: dayFromToday(5) });
  await api(served, 'employers.followUps.save', { employerUid: later!.uid, kind: 'kunjungan', date: dayFromToday(-1), dueDate: dayFromToday(60) });
  const year = new Date().getFullYear();
  const cycle = await api<{ uid: string }>(served, 'award.cycles.save', {
    edition: `Paritrana Award Provinsi Bali ${year} (uji beranda)`, year, level: 'provinsi', category: 'pemerintah_kabupaten_kota', periodStart: `${year - 1}-01-01`, periodEnd: `${year - 1}-12-31`, submissionDeadline: `${year}-12-31`,
  });
  await api(served, 'award.rubric.copy', { cycleUid: cycle.uid, from: 'starter' });
  // The served app starts its daily backup soon after it starts (core/backups/schedule.ts): one
  // asked for meanwhile is refused as busy, so it is asked again until that one has ended.
  let backupJob: { id: string } | null = null;
  await expect
    .poll(
      async () => {
        backupJob = await api<{ id: string }>(served, 'backups.create', {}).catch((error: unknown) => {
          if (String(error).includes('backups.busy')) return null;
          throw error;
        });
        return backupJob !== null;
      },
      { timeout: 120_000, intervals: [500, 1000] },
    )
    .toBe(true);
  await waitJob(served, backupJob!.id);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible();

  // Registers: the card's count is the register's own "Semua" count, on the page its link opens.
  for (const [id, register, heading] of [['employers', 'status-counts', 'Register perusahaan'], ['workers', 'workers-counts', 'Register pekerja']] as const) {
    const count = (await page.getByTestId(`home-register-${id}-count`).innerText()).trim();
    expect(count).toMatch(/^\d{1,3}(\.\d{3})*$/);
    await card(page, `register-${id}`).getByTestId(`home-register-${id}-link`).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByTestId(register).getByRole('button', { name: /^Semua/ })).toHaveText(new RegExp(`^Semua\\s*${count.replace('.', '\\.')}$`));
    await backHome(page);
  }

  // Follow-ups: one overdue, one due within 14 days, as the due page counts them.
  await expect(page.getByTestId('home-due-overdue')).toHaveText('1');
  await expect(page.getByTestId('home-due-upcoming')).toHaveText('1');
  await expect(page.getByTestId('home-due-row')).toHaveCount(2);
  await expect(page.getByTestId('home-due-row').first()).toContainText('Terlambat');

  // Coverage: the same percent and numbers as the coverage page's total, with the source beside them.
  const percent = await page.getByTestId('home-coverage-percent').innerText();
  const numbers = await page.getByTestId('home-coverage-numbers').innerText();
  await expect(card(page, 'coverage').getByTestId('figure-source-short')).toBeVisible();

  // The award cycle: its state and completeness as the cycles list shows them.
  await expect(page.getByTestId('home-award-cycle')).toHaveText(`Paritrana Award Provinsi Bali ${year} (uji beranda)`);
  await expect(card(page, 'award')).toContainText('Belum disetujui');
  const completeness = await page.getByTestId('home-award-completeness-text').innerText();
  // A rubric without any evidence yet: said so, not "0 of 0 items ready".
  expect(completeness).toMatch(/^Belum ada bukti: \d+ indikator belum punya bukti · 0 %$/);

  // The latest imports, newest first: the demo people, then the demo employers.
  const imports = page.getByTestId('home-import-row');
  await expect(imports.nth(0)).toContainText('Pekerja');
  await expect(imports.nth(0)).toContainText('Data contoh 120 pekerja.csv');
  await expect(imports.nth(0)).toContainText('120 baru · 0 diperbarui · 0 tidak valid');
  await expect(imports.nth(1)).toContainText('Data contoh 40 perusahaan.csv');

  // Data safety: the backup just made, up to date.
  await expect(page.getByTestId('home-backup-state')).toHaveText('Cadangan terkini');
  await expect(page.getByTestId('home-backup-last')).toContainText(/Cadangan terakhir: \d{1,2} \w{3} \d{4}/);
  await shot(page, 'home-02-beranda');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await expect(lit(page)).toHaveText(['Home']);
  await expect(page.getByTestId('home-backup-state')).toHaveText('Backup up to date');
  await shot(page, 'home-03-home-en');
  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible();

  // Each link by the keyboard: the due page says the same counts.
  await page.getByTestId('home-due-link').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tindak lanjut jatuh tempo', level: 1 })).toBeVisible();
  await expect(page.getByTestId('due-summary')).toContainText('1 terlambat · 1 jatuh tempo dalam 14 hari');
  await expect(lit(page)).toHaveText(['Tindak lanjut jatuh tempo']);
  await backHome(page);

  await page.getByTestId('home-coverage-link').click();
  await expect(page.getByRole('heading', { name: 'Cakupan kepesertaan', level: 1 })).toBeVisible();
  await expect(page.getByTestId('coverage-total-percent')).toHaveText(percent);
  await expect(page.getByTestId('coverage-total-numbers')).toHaveText(numbers);
  await backHome(page);

  await page.getByTestId('home-award-link').click();
  await expect(page.getByTestId('cycle-row-completeness-text')).toHaveText(completeness);
  await backHome(page);
  await page.getByTestId('home-award-cycle').click();
  await expect(page).toHaveURL(new RegExp(`#/paritrana/${cycle.uid}$`));
  await backHome(page);

  await imports.nth(0).getByRole('link', { name: /Data contoh 120 pekerja\.csv: lihat di riwayat impor Pekerja/ }).click();
  await expect(page).toHaveURL(/#\/register\/pekerja\/impor\?tab=riwayat$/);
  await expect(page.getByTestId('import-history')).toContainText('Data contoh 120 pekerja.csv');
  await backHome(page);

  await page.getByTestId('home-backup-link').click();
  await expect(page.getByRole('heading', { name: 'Cadangan & Pemulihan', level: 1 })).toBeVisible();
  await expect(lit(page)).toHaveText(['Cadangan & Pemulihan']);
});
