import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, request, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';

// Each test file gets its own `lindung serve` on a random port with a fresh data folder:
// the real router, the real database, the real built renderer. The first administrator is
// made at once and every page and API call signs in as them.
export interface Served {
  url: string;
  origin: string;
  dataDir: string;
}

/** The administrator every test server has (made through the same channel as the first-start page). */
export const adminUser = { username: 'admin', displayName: 'Admin Dinas', password: 'kata-sandi-uji-e2e' } as const;

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

export async function startServe(dataDir: string): Promise<{ served: Served; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/lindung.mjs', '--data-dir', dataDir, 'serve', '--port', '0'], {
    cwd: process.cwd(),
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lindung serve did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`lindung serve exited with ${code}:\n${output}`)));
  });
  return { served: { url, origin: new URL(url).origin, dataDir }, child };
}

/**
 * Stops a server, then removes its data folder. The server closes its database on SIGTERM
 * (writing the log back, removing its scratch folder, perhaps finishing a backup): the folder
 * goes once it has exited, or it is left half removed (ENOTEMPTY).
 */
export async function stopServe(child: ChildProcess, dataDir: string): Promise<void> {
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
}

// One server (and database) per test file: files do not see each other's records.
interface ServerPool {
  get(file: string): Promise<Served>;
}

export const test = base.extend<{ app: Page; served: Served }, { pool: ServerPool }>({
  pool: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const running = new Map<string, Promise<{ served: Served; child: ChildProcess }>>();
      await use({
        get(file) {
          let entry = running.get(file);
          if (!entry) {
            entry = (async () => {
              const started = await startServe(mkdtempSync(join(tmpdir(), 'lindung-e2e-')));
              await createAdmin(started.served);
              await completeSetup(started.served);
              return started;
            })();
            running.set(file, entry);
          }
          return entry.then((e) => e.served);
        },
      });
      for (const entry of running.values()) {
        const { child, served } = await entry;
        await stopServe(child, served.dataDir);
      }
    },
    { scope: 'worker' },
  ],
  served: async ({ pool }, use, testInfo) => {
    await use(await pool.get(testInfo.file));
  },
  app: async ({ page, served }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The page's context gets the run's token and a session, signs that session in, then opens the app.
    await signIn(page.request, served);
    await page.goto(served.url);
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

/** Headers of an API call to `lindung serve`: the run's token goes in Authorization, never a cookie. */
export const apiHeaders = (token: string | null): Record<string, string> => ({ 'X-Lindung': '1', Authorization: `Bearer ${token ?? ''}` });

/** The headers of a call made beside a page: the token the page keeps in its tab (sessionStorage). */
export async function pageApiHeaders(page: Page): Promise<Record<string, string>> {
  return apiHeaders(await page.evaluate(() => window.sessionStorage.getItem('lindung.serveToken')));
}

const tokenOf = (served: Pick<Served, 'url'>) => new URL(served.url).searchParams.get('token');

async function post<T>(context: APIRequestContext, served: Pick<Served, 'url' | 'origin'>, channel: string, input: unknown): Promise<T> {
  const response = await context.post(`${served.origin}/api/${channel}`, { headers: apiHeaders(tokenOf(served)), data: input });
  const result = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** Opens the printed address (the page's and the session's cookies) and signs that session in as `user`. */
export async function signIn(context: APIRequestContext, served: Pick<Served, 'url' | 'origin'>, user: { username: string; password: string } = adminUser): Promise<void> {
  await context.get(served.url);
  await post(context, served, 'auth.signIn', { username: user.username, password: user.password });
}

/** One call through the same HTTP API the page uses (its own session, signed in as the administrator). */
export async function api<T>(served: Pick<Served, 'url' | 'origin'>, channel: string, input: unknown): Promise<T> {
  const context = await request.newContext({ baseURL: served.origin });
  try {
    await signIn(context, served);
    return await post<T>(context, served, channel, input);
  } finally {
    await context.dispose();
  }
}

/** The office profile saved with `changes` over what it holds (the save channel takes every field). */
export async function saveOfficeProfile(served: Pick<Served, 'url' | 'origin'>, changes: Record<string, unknown>): Promise<void> {
  const profile = await api<Record<string, unknown>>(served, 'settings.officeProfile.get', {});
  await api(served, 'settings.officeProfile.save', {
    officeName: profile.officeName, address: profile.address ?? '', phone: profile.phone ?? '', email: profile.email ?? '', headName: profile.headName ?? '', headNip: profile.headNip ?? '', timeZone: profile.timeZone, logo: profile.logo ?? null, ...changes,
  });
}

/** The first administrator of a fresh data folder, through the first-start channel. */
export async function createAdmin(served: Pick<Served, 'url' | 'origin'>): Promise<void> {
  const context = await request.newContext({ baseURL: served.origin });
  try {
    await context.get(served.url);
    await post(context, served, 'auth.createFirstAdmin', adminUser);
  } finally {
    await context.dispose();
  }
}

/** Demo employers, loaded as the import job they are, waited for. */
export async function loadDemo(served: Pick<Served, 'url' | 'origin'>, count: number): Promise<void> {
  const started = await api<{ id: string }>(served, 'employers.demo', { count });
  await expect.poll(async () => (await api<{ status: string }>(served, 'jobs.get', { jobId: started.id })).status, { timeout: 120_000 }).toBe('done');
}

/** The first-start setup done through the API, for tests about other screens. */
async function completeSetup(served: Served): Promise<void> {
  await api(served, 'setup.complete', { officeName: 'Dinas Perindustrian dan Tenaga Kerja Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'lindung-e2e-'));
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true, animations: 'disabled' });
}

export { expect };

/**
 * Records every toast shown from now on (their texts, read by the function returned): a toast
 * that must not appear is checked over a whole episode, not at one moment (toasts enter late).
 */
export async function watchToasts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { toastsSeen: string[] }).toastsSeen = seen;
    new MutationObserver((changes) => {
      for (const node of changes.flatMap((c) => [...c.addedNodes])) {
        if (!(node instanceof Element)) continue;
        for (const toast of [node, ...node.querySelectorAll('.mantine-Notification-root')]) if (toast.matches('.mantine-Notification-root')) seen.push(toast.textContent ?? '');
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { toastsSeen: string[] }).toastsSeen);
}

/** Picks an option of a Mantine Select by typing, ArrowDown and Enter (`focus` where a click would land on something else). */
export async function pickByKeyboard(field: Locator, text: string, option: string, start: 'click' | 'focus' = 'click') {
  await (start === 'click' ? field.click() : field.focus());
  await field.fill('');
  await field.pressSequentially(text, { delay: 20 });
  await expect(field.page().getByRole('option', { name: new RegExp(option) }).first()).toBeVisible();
  // The list closes once an option is taken. An Enter that lands while a searching field swaps
  // its list for the next answer takes nothing and leaves it open: then the keys go again.
  for (let attempt = 1; ; attempt++) {
    await field.press('ArrowDown');
    await field.press('Enter');
    try {
      await expect(field).not.toHaveAttribute('aria-controls', /./, { timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Finds a person by the worker register's quick search and opens their page. The grid answers
 * the search after a pause and redraws its rows: a click on a row being redrawn went nowhere (CI),
 * so the click is made again until the page shows the person.
 */
export async function openWorkerFromGrid(page: Page, search: string, name: string): Promise<void> {
  await page.getByTestId('workers-search').fill(search);
  const title = page.getByTestId('worker-title');
  await expect(async () => {
    if (!(await title.isVisible())) await page.getByTestId('workers-grid').getByText(name).first().click({ timeout: 10_000 });
    await expect(title).toHaveText(name, { timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
}

/** Signs `username` in on a page of its own browser context, beside the test's own page. */
export async function pageSignedIn(browser: Browser, served: Served, username: string, password: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(served.url);
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  return { page, close: () => context.close() };
}

/** Replaces a given password at the first sign-in, as the screen asks. */
export async function changeGivenPassword(page: Page, given: string, own: string) {
  const change = page.getByTestId('forced-password-change');
  await expect(change).toBeVisible();
  await change.getByRole('textbox', { name: 'Kata sandi lama', exact: true }).fill(given);
  await change.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill(own);
  await change.getByRole('textbox', { name: 'Ulangi kata sandi', exact: true }).fill(own);
  await change.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(page.getByRole('heading', { name: 'Beranda', exact: true })).toBeVisible();
}
