import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobState } from '../../../core/api/jobs.ts';
import type { Result } from '../../../core/api/result.ts';
import { FileStore } from '../../../core/files/file-store.ts';
import { startCore } from '../../../core/host.ts';
import { runCli, type CliRun } from '../support/cli-process.ts';
import { jobEnd } from '../support/jobs.ts';
import { signInFirstAdmin } from '../support/accounts.ts';
import { adminSessionIn, tempDir } from '../support/test-db.ts';

// kill -9 at any moment of an import leaves all of it or none (issue 11). The real CLI imports
// a 20,000-row file into a database file and is SIGKILLed at random moments: half spread over
// the whole run, half over the commit and what follows it (the write worker's transaction, its
// COMMIT, the close that checkpoints). After each kill the database is opened as a host opens
// it (recovery from the write-ahead log), checked whole, and must hold the import entirely or
// not at all, with the batch, its per-row trail and its audit row agreeing; no scratch copy of
// the file's rows may stay in the data folder. Moments come from a first run's measured
// length; no duration is asserted.

const rows = 20_000;
const kills = 24; // at least 20 must land (a moment after the process ended is not a kill)
const data = tempDir('lindung-kill-');
const source = tempDir('lindung-kill-src-');
const file = join(source.path, 'perusahaan 20rb.csv');
let fileHash = '';
/** The dry run's summary is printed just before the commit starts. */
const commitStarts = /baris — baru \d+/;

const importFile = (plan: Parameters<typeof runCli>[1] = {}) => runCli(['--data-dir', data.path, '--user', 'admin', 'employers', 'import', file], { mark: commitStarts, timeoutMs: 600_000, ...plan });

interface Snapshot {
  counts: Record<string, number>;
  batch: { id: number; uid: string; inserted: number } | null;
  leftovers: string[];
}

/** Every file under the data folder's scratch places (uploads, downloads, jobs' plans). */
function scratchFiles(): string[] {
  const root = join(data.path, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(data.path, join(e.parentPath, e.name)));
}

/** Opens the data folder as a host does (recovery, sweep), checks it whole, and counts every table. */
function openAndCheck(): Snapshot {
  const core = startCore({ dataDir: data.path, version: 'test', host: 'cli' });
  try {
    const sqlite = core.database.sqlite;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const tables = sqlite.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name`).pluck().all() as string[];
    const counts = Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
    const committed = sqlite.prepare(`SELECT id, uid, inserted FROM import_batch WHERE file_hash = ? AND status = 'committed'`).all(fileHash) as Snapshot['batch'][];
    expect(committed.length).toBeLessThanOrEqual(1);
    const batch = committed[0] ?? null;
    if (batch) {
      // All of it: every row of the file, each with its trail row, and the batch's audit row.
      expect(batch.inserted).toBe(rows);
      expect(sqlite.prepare('SELECT count(*) FROM employer WHERE import_batch_id = ?').pluck().get(batch.id)).toBe(rows);
      expect(sqlite.prepare(`SELECT count(DISTINCT nib) FROM employer WHERE import_batch_id = ? AND nib BETWEEN '9120000010000' AND '9120000029999'`).pluck().get(batch.id)).toBe(rows);
      expect(sqlite.prepare(`SELECT count(*) FROM import_change WHERE batch_id = ? AND action = 'insert' AND table_name = 'employer'`).pluck().get(batch.id)).toBe(rows);
      expect(sqlite.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'import_batch' AND entity_uid = ? AND action = 'import'`).pluck().get(batch.uid)).toBe(1);
    }
    // The totals the grid counts from and the name words it searches agree with the register,
    // whatever the kill left.
    const agree = (kept: string, counted: string) => expect(sqlite.prepare(kept).all(), kept).toEqual(sqlite.prepare(counted).all());
    agree("SELECT status, value, n FROM record_total WHERE register = 'employer' AND n <> 0 ORDER BY 1, 2", 'SELECT record_status AS status, bpjs_status AS value, count(*) AS n FROM employer GROUP BY 1, 2 ORDER BY 1, 2');
    agree(
      'SELECT record_status, bpjs_status, workers_total, n FROM employer_workforce_total WHERE n <> 0 ORDER BY 1, 2, 3',
      'SELECT record_status, bpjs_status, workers_total, count(*) AS n FROM employer GROUP BY 1, 2, 3 ORDER BY 1, 2, 3',
    );
    agree('SELECT word, name_fold, id FROM employer_word ORDER BY 1, 2, 3', 'SELECT j.value AS word, e.name_fold, e.id FROM employer e, json_each(name_words(e.name_fold)) j ORDER BY 1, 2, 3');
    agree('SELECT word, n FROM employer_word_total WHERE n <> 0 ORDER BY 1', 'SELECT word, count(*) AS n FROM employer_word GROUP BY 1 ORDER BY 1');
    return { counts, batch, leftovers: scratchFiles() };
  } finally {
    core.database.close();
  }
}

/** What one run (killed or not) did, against the snapshot before it: nothing, or the whole import. */
function expectAllOrNone(before: Snapshot, after: Snapshot): 'all' | 'none' {
  expect(after.leftovers).toEqual([]);
  if (!after.batch) {
    expect(after.counts).toEqual(before.counts);
    return 'none';
  }
  const delta = Object.fromEntries(Object.keys(after.counts).map((t) => [t, after.counts[t]! - (before.counts[t] ?? 0)]));
  // The mapping is remembered on the first import of the layout and only updated after that;
  // the register's totals gain a row the first time a status, a workforce or a word is seen
  // (and agree with the register: openAndCheck); the name words come and go with the employers.
  expect(delta.import_mapping === 0 || delta.import_mapping === 1).toBe(true);
  const totals = ['record_total', 'employer_workforce_total', 'employer_word_total'] as const;
  for (const table of totals) expect(delta[table]! >= 0, table).toBe(true);
  expect(delta.employer_word).toBe(rows * 4); // "CV Usaha Kuta <n>"
  expect({ ...delta, import_mapping: 0, employer_word: 0, ...Object.fromEntries(totals.map((t) => [t, 0])) }).toEqual({
    ...Object.fromEntries(Object.keys(delta).map((t) => [t, 0])),
    employer: rows,
    import_batch: 1,
    import_change: rows,
    audit_log: 2,
  });
  return 'all';
}

/** Undoes the committed import, as the import screen's undo does, so the next run imports again. */
async function undoImport(uid: string): Promise<void> {
  const core = startCore({ dataDir: data.path, version: 'test', host: 'cli' });
  try {
    const call = (channel: string, input: unknown) => core.router.call(channel, input, adminSessionIn(core.database.sqlite)) as Promise<Result<JobState>>;
    const started = await call('imports.undo', { batchUid: uid, edited: 'keep' });
    if (!started.ok) throw new Error(started.error.message);
    const done = await jobEnd(call, started.data, 600_000);
    expect(done.status).toBe('done');
  } finally {
    core.database.close();
  }
}

beforeAll(async () => {
  const core = startCore({ dataDir: data.path, version: 'test', host: 'cli' });
  const session = await signInFirstAdmin(core.router);
  const done = await core.router.call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, session);
  core.database.close();
  if (!done.ok) throw new Error(done.error.message);
  const lines = Array.from({ length: rows }, (_, i) => `CV Usaha Kuta ${i + 1};${9_120_000_010_000 + i};Kuta Utara;Dalung;terdaftar;${i % 9};${i % 7};Jl. Raya Dalung No. ${i % 300}`);
  writeFileSync(file, `Nama Perusahaan;NIB;Kecamatan;Desa;Status BPJS;TK Laki-laki;TK Perempuan;Alamat\n${lines.join('\n')}\n`);
  fileHash = createHash('sha256').update(readFileSync(file)).digest('hex');
}, 300_000);
afterAll(() => {
  data.remove();
  source.remove();
});

describe('a 20,000-row import killed with SIGKILL at random moments', { timeout: 20 * 60_000 }, () => {
  it('leaves the whole import or none of it, a sound database and no scratch copies, every time', async () => {
    let state = openAndCheck();
    expect(state.batch).toBeNull();

    // A first run, uninterrupted: how long a run and its commit take here, now.
    const reference = await importFile();
    expect(reference.code, reference.err).toBe(0);
    expect(reference.markAt).not.toBeNull();
    let after = openAndCheck();
    expect(expectAllOrNone(state, after)).toBe('all');
    await undoImport(after.batch!.uid);
    state = openAndCheck();
    expect(state.batch).toBeNull();

    // Stratified random moments: each of n equal slices of the window gets one, in random order.
    const spread = (n: number, window: number) => Array.from({ length: n }, (_, k) => ((k + Math.random()) / n) * window);
    const moments = [
      ...spread(kills / 2, reference.endAt).map((ms) => ({ from: 'start' as const, ms })),
      ...spread(kills / 2, reference.endAt - reference.markAt!).map((ms) => ({ from: 'commit' as const, ms })),
    ].sort(() => Math.random() - 0.5);

    const outcomes = { none: 0, all: 0, inCommit: 0, missed: 0 };
    let landed = 0;
    for (const moment of moments) {
      // A run that ends before its moment (this machine got faster) tries again a little earlier.
      for (let scale = 1, attempt = 0; attempt < 4; attempt += 1, scale *= 0.7) {
        const run: CliRun = await importFile(moment.from === 'start' ? { afterStartMs: moment.ms * scale } : { afterMarkMs: moment.ms * scale });
        if (!run.killed) expect(run.code, run.err).toBe(0);
        after = openAndCheck();
        const outcome = expectAllOrNone(state, after);
        if (outcome === 'all') {
          await undoImport(after.batch!.uid);
          after = openAndCheck();
          expect(after.batch).toBeNull();
        }
        state = after;
        if (!run.killed) {
          outcomes.missed += 1;
          continue;
        }
        landed += 1;
        outcomes[outcome] += 1;
        if (run.markAt !== null) outcomes.inCommit += 1;
        break;
      }
    }
    console.log(`kill loop: ${landed} kills (${outcomes.inCommit} after the commit started), ${outcomes.none} left nothing, ${outcomes.all} left the whole import; ${outcomes.missed} runs ended before their moment`);
    expect(landed).toBeGreaterThanOrEqual(20);
    expect(outcomes.inCommit).toBeGreaterThan(0);

    // Then to completion: every row there, and the undo takes all of them away again.
    const last = await importFile();
    expect(last.code, last.err).toBe(0);
    expect(last.out).toContain(`Tersimpan: ${rows} baru`);
    after = openAndCheck();
    expect(expectAllOrNone(state, after)).toBe('all');
    await undoImport(after.batch!.uid);
    after = openAndCheck();
    expect(after.batch).toBeNull();
    expect(after.counts.employer).toBe(state.counts.employer);
    expect(after.leftovers).toEqual([]);
  });
});

describe('scratch files of a process that is gone', () => {
  it('are swept by the next host that starts; a running process keeps its own until it closes', () => {
    const dir = tempDir('lindung-owners-');
    try {
      const gone = spawnSync(process.execPath, ['-e', '']).pid!; // a process id that has ended
      const theirs = join(dir.path, 'files', `proc-${gone}`, 'jobs');
      mkdirSync(theirs, { recursive: true });
      writeFileSync(join(theirs, 'x.plan.db'), 'rows');
      const files = new FileStore(dir.path);
      mkdirSync(files.jobs, { recursive: true });
      writeFileSync(join(files.jobs, 'y.plan.db'), 'rows');
      files.sweep();
      expect(existsSync(theirs)).toBe(false);
      expect(existsSync(join(files.jobs, 'y.plan.db'))).toBe(true);
      files.removeOwn();
      expect(readdirSync(join(dir.path, 'files'))).toEqual([]);
    } finally {
      dir.remove();
    }
  });
});
