import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, shot, test } from './fixtures.ts';

// "Periksa keutuhan log" on the change log at 1366×768: on the clean log it says the log is intact
// with its count and chain head; after a row's `after` is edited in the file with the sqlite3
// shell WHILE THE SERVER RUNS (the database is WAL: the shell writes beside the server's
// connections; its triggers are dropped for the edit and put back), it names that row and opens it.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

function sqlite3(file: string, sql: string): string {
  const run = spawnSync('/usr/bin/sqlite3', ['-cmd', '.timeout 10000', file, sql], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`sqlite3: ${run.stderr}`);
  return run.stdout.trim();
}

test('the chain check on a clean log, then on a log edited by hand in the file', async ({ app: page, served }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  await expect(page.getByRole('heading', { name: 'Riwayat perubahan' })).toBeVisible();

  const file = join(served.dataDir, 'lindung.db');
  const rows = Number(sqlite3(file, 'SELECT count(*) FROM audit_log'));
  expect(rows).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Periksa keutuhan log' }).click();
  const result = page.getByTestId('audit-chain-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  await expect(result).toContainText('Log audit utuh');
  // The log may grow while it is checked (the server's start-up backup writes its row when its copy
  // is done, late on a busy machine): the count said is the log's at the check, its head that row.
  const counted = Number(/utuh: (\d+) baris/.exec(await result.innerText())?.[1]);
  expect(counted).toBeGreaterThanOrEqual(rows);
  expect(counted).toBeLessThanOrEqual(Number(sqlite3(file, 'SELECT count(*) FROM audit_log')));
  await expect(result).toContainText(`Kepala rantai: baris #${counted}`);
  await shot(page, 'audit-chain-1-utuh');

  // Someone edits row 2 in the file: drops the append-only trigger, changes what was recorded,
  // puts the trigger back.
  const trigger = sqlite3(file, "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'").replace(/\n/g, ' ');
  sqlite3(file, `BEGIN; DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after = json_set(coalesce(after, '{}'), '$.forged', 1) WHERE id = 2; ${trigger}; COMMIT;`);

  await page.getByRole('button', { name: 'Periksa keutuhan log' }).click();
  await expect(result).toHaveAttribute('data-ok', 'false', { timeout: 60_000 });
  await expect(result).toContainText('Log audit diubah di luar aplikasi');
  await expect(result).toContainText('Rantai log audit putus di baris #2');
  await expect(result).toContainText('isi baris ini diubah di luar aplikasi');
  await shot(page, 'audit-chain-2-putus');

  await page.getByTestId('audit-chain-open-row').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, 'audit-chain-3-baris');
});
