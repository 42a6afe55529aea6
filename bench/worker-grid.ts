// The worker grid alone at a million people, on a database kept between runs, for iterating on
// its queries without the million bench's imports each time (bench/million.ts measures the same
// views and searches). Usage: node bench/worker-grid.ts <data folder>; made on the first run as
// the million bench makes it: 50,000 employers, 2,000,000 audit rows and its 1,000,000-row CSV
// imported (several minutes). Beside the million bench's
// figures it times the deep pages of the quick searches (the end, the middle, the next block).
// Prints figures; asserts nothing. BENCH_ITERATIONS as in bench/million.ts.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Inspection } from '../core/api/imports.ts';
import type { JobState } from '../core/api/jobs.ts';
import { newSession } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';
import { workerProfile } from './million-registers.ts';
import { routerCalls } from './router-calls.ts';
import { fmt, summarise, timeIt } from './stats.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: node bench/worker-grid.ts <data folder>');
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
const fresh = !existsSync(join(dataDir, 'lindung.db'));
const { database, runtime, router } = startCore({ dataDir, version: 'bench', host: 'cli', warm: true, backgroundCheckpoints: true });
const actor = newSession();
const { call, finished: waitJob } = routerCalls(router, actor, 50);

try {
  if (fresh) {
    await router.call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' }, actor);
    await call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
    const npps = await workerProfile.prepare(call, database.sqlite, waitJob as (job: never) => Promise<unknown>);
    const nppsFile = join(dataDir, 'npps.txt');
    const csv = join(dataDir, 'people.csv');
    writeFileSync(nppsFile, npps.join('\n'));
    const rows = String(Number(process.env.BENCH_BIG_ROWS ?? 1_000_000));
    execFileSync(process.execPath, [new URL('./million-files.ts', import.meta.url).pathname, 'worker', join(dataDir, 'small.xlsx'), '1', csv, rows, nppsFile], { stdio: 'inherit' });
    const made = await timeIt(async () => {
      const staged = await runtime.files.stage('people.csv', createReadStream(csv), 4_000_000_000);
      const inspection = await call<Inspection>('imports.inspect', { register: 'worker', fileToken: staged.token });
      const dry = await waitJob(await call<JobState>('imports.dryRun', { register: 'worker', fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping }));
      return waitJob(await call<JobState>('imports.commit', { jobId: dry.id }));
    });
    for (const f of [nppsFile, csv, join(dataDir, 'small.xlsx')]) rmSync(f, { force: true });
    console.log(`made the database in ${fmt(made.ms)}`);
  } else {
    await call('auth.signIn', { username: 'bench', password: 'sandi-ukur-kinerja' });
  }
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const register = 'worker';
  const records = (await call<{ total: number }>('registers.counts', { register, by: 'category' })).total;
  console.log(`worker grid at ${records.toLocaleString('en')} people, ${iterations} iterations, median / p95:`);
  const list = (startRow: number, rest: Record<string, unknown>) => timeIt(() => call<{ rowCount: number }>('registers.list', { register, startRow, endRow: startRow + 100, ...rest }));
  const show = (what: string, ms: number[]) => `${what} ${fmt(summarise(ms).median)} / ${fmt(summarise(ms).p95)}`;
  /** First page (with its count), the end, the middle and the block after it, each query new. */
  const walk = async (label: string, request: (i: number) => Record<string, unknown>) => {
    const times = { first: [] as number[], end: [] as number[], middle: [] as number[], next: [] as number[] };
    for (let i = 0; i < iterations; i += 1) {
      const r = request(i);
      const first = await list(0, r);
      times.first.push(first.ms);
      const n = first.value.rowCount;
      times.end.push((await list(Math.max(0, n - 100), r)).ms);
      times.middle.push((await list(Math.floor(n / 2), r)).ms);
      times.next.push((await list(Math.floor(n / 2) + 100, r)).ms);
    }
    console.log(`  ${label.padEnd(40)} ${show('first', times.first)}; ${show('end', times.end)}; ${show('middle', times.middle)}; ${show('next', times.next)}`);
  };
  for (const [label, view] of Object.entries(workerProfile.views)) {
    await walk(label, (i) => ({
      filterModel: typeof view === 'function' ? view(1 + i, database.sqlite) : view,
      sortModel: [{ colId: 'name', sort: typeof view === 'function' || i % 2 === 0 ? 'asc' : 'desc' }],
    }));
  }
  for (const [label, terms] of Object.entries(workerProfile.searches)) {
    for (const term of terms) await walk(`search ${label} "${term}"`, () => ({ quickSearch: term }));
  }
} finally {
  database.close();
}
