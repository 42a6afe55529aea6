import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../core/backups/backup-list.ts';
import { sha256File } from '../../../core/backups/backup-files.ts';
import { startCore } from '../../../core/host.ts';
import { runCli, type CliRun } from '../support/cli-process.ts';
import { signInFirstAdmin } from '../support/accounts.ts';
import { tempDir } from '../support/test-db.ts';

// kill -9 during backups and imports (issue 12): a `lindung db backup` and a `lindung employers
// import` run side by side on one data folder and both are SIGKILLed at a random moment. After
// every kill the database opens sound (quick_check, foreign_key_check) and the newest complete
// backup (one with its manifest) has the checksum its manifest says, opens, and holds the counts
// it claims. Moments come from a first run's measured length; no duration is asserted.

const rowsPerFile = 3_000;
const rounds = 24;
const data = tempDir('lindung-bkill-');
const source = tempDir('lindung-bkill-src-');

function csv(round: number): string {
  const file = join(source.path, `perusahaan ${round}.csv`);
  const lines = Array.from({ length: rowsPerFile }, (_, i) => {
    const n = round * rowsPerFile + i;
    return `CV Usaha Dalung ${n};${9_120_000_100_000 + n};Kuta Utara;Dalung;terdaftar;${i % 9};${i % 7};Jl. Raya Dalung No. ${i % 300}`;
  });
  writeFileSync(file, `Nama Perusahaan;NIB;Kecamatan;Desa;Status BPJS;TK Laki-laki;TK Perempuan;Alamat\n${lines.join('\n')}\n`);
  return file;
}

const backup = (plan: Parameters<typeof runCli>[1] = {}) => runCli(['--data-dir', data.path, '--user', 'admin', 'db', 'backup'], { timeoutMs: 600_000, ...plan });
const importFile = (file: string, plan: Parameters<typeof runCli>[1] = {}) => runCli(['--data-dir', data.path, '--user', 'admin', 'employers', 'import', file], { timeoutMs: 600_000, ...plan });

/** The database as a host opens it (recovering its log), checked. */
function checkDatabase(): void {
  const core = startCore({ dataDir: data.path, version: 'test', host: 'cli' });
  try {
    expect(core.database.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    expect(core.database.sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    core.database.close();
  }
}

/** The newest complete backup: its checksum, and it opens with the counts its manifest says. */
function checkNewestBackup(): string | null {
  const newest = listBackups(join(data.path, 'backups'))[0];
  if (!newest) return null;
  const file = join(data.path, 'backups', newest.file);
  expect(sha256File(file)).toBe(newest.sha256);
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    for (const [table, n] of Object.entries(newest.counts)) expect(copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(n);
  } finally {
    copy.close();
  }
  return newest.file;
}

beforeAll(async () => {
  const core = startCore({ dataDir: data.path, version: 'test', host: 'cli' });
  // The first administrator, whom the CLI runs below act as (--user admin).
  const session = await signInFirstAdmin(core.router);
  const done = await core.router.call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, session);
  core.database.close();
  if (!done.ok) throw new Error(done.error.message);
}, 300_000);
afterAll(() => {
  data.remove();
  source.remove();
});

describe('backups and imports killed with SIGKILL at random moments', { timeout: 30 * 60_000 }, () => {
  it('leave a sound database and an intact newest complete backup every time', async () => {
    // First runs, uninterrupted: how long each takes here, now.
    const [firstBackup, firstImport] = await Promise.all([backup(), importFile(csv(0))]);
    expect(firstBackup.code, firstBackup.err).toBe(0);
    expect(firstImport.code, firstImport.err).toBe(0);
    checkDatabase();
    expect(checkNewestBackup()).not.toBeNull();
    // Stratified moments over each run's own length, in random order: each of n equal slices gets one.
    const spread = (length: number) => Array.from({ length: rounds }, (_, k) => ((k + Math.random()) / rounds) * length).sort(() => Math.random() - 0.5);
    const backupMoments = spread(firstBackup.endAt);
    const importMoments = spread(firstImport.endAt);

    let backupKills = 0;
    let importKills = 0;
    const newestSeen = new Set<string>();
    for (let round = 1; round <= rounds; round++) {
      const runs: CliRun[] = await Promise.all([backup({ afterStartMs: backupMoments[round - 1]! }), importFile(csv(round), { afterStartMs: importMoments[round - 1]! })]);
      for (const run of runs) if (!run.killed) expect(run.code, run.err).toBe(0);
      if (runs[0]!.killed) backupKills += 1;
      if (runs[1]!.killed) importKills += 1;
      checkDatabase();
      const newest = checkNewestBackup();
      if (newest) newestSeen.add(newest);
    }
    console.log(`backup kill loop: ${backupKills} backups and ${importKills} imports killed in ${rounds} rounds; ${newestSeen.size} different newest backups checked`);
    expect(backupKills + importKills).toBeGreaterThanOrEqual(20);
    expect(backupKills).toBeGreaterThanOrEqual(10);

    // Then a backup to completion: it is the newest, whole.
    const last = await backup();
    expect(last.code, last.err).toBe(0);
    checkDatabase();
    expect(last.out).toContain(checkNewestBackup()!);
  });
});
