import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Runs the real desktop app where the Electron binary is installed. On machines that
// cannot download it (no internet), it says so and skips rather than trying.
function electronBinary(): string | null {
  const dir = join(process.cwd(), 'node_modules', 'electron');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built = existsSync(join(process.cwd(), 'out', 'main', 'index.js'));
const reason = !binary
  ? 'Electron smoke test skipped: the Electron binary is not installed here (node_modules/electron/dist missing; it downloads on first `npm start` where the internet is reachable).'
  : 'Electron smoke test skipped: out/main is not built (run `npm run build`).';
if (!binary || !built) console.log(reason);

test('the desktop app opens a hardened window asking for the first administrator of a new data folder', async () => {
  test.skip(!binary || !built, reason);
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['.', `--data-dir=${mkdtempSync(join(tmpdir(), 'lindung-electron-'))}`],
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Buat akun administrator' })).toBeVisible();
  // No Node in the page, and the bridge exposes exactly one function.
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await window.evaluate(() => Object.keys((globalThis as { lindung?: object }).lindung ?? {}))).toEqual(['invoke', 'upload', 'download']);
  expect(window.url()).toMatch(/^app:\/\/lindung\//);
  await app.close();
});
