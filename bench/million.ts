// A register at a million records (run by bench/run.ts in a process of its own, so its peak
// memory is its own; `million.ts employer|worker`): a 100,000-row XLSX and a 1,000,000-row CSV
// imported end to end, each next to LibreOffice headless converting the same file in this run;
// grid pages first and deep at a million records, counts and quick searches; the undo of the
// million with its longest event-loop stall; and the database's growth per imported row.
// The register's files, views and searches are its profile (bench/million-registers.ts).
// Prints figures; asserts nothing. Removes what it writes.
// bench/run.ts runs it from core bundled as the app ships it (bench/bundled-run.ts); run
// directly (`node bench/million.ts worker`), it reads core from source and says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Inspection } from '../core/api/imports.ts';
import type { JobState } from '../core/api/jobs.ts';
import { newSession } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';
import { asShipped } from './bundled-run.ts';
import { millionProfiles } from './million-registers.ts';
import { fmt, mb, summarise, timeIt } from './stats.ts';
import { snapshotsSettled } from '../core/grid/sort-snapshot.ts';
import { routerCalls } from './router-calls.ts';
import { heapGrowingPercent } from '../core/platform/heap-growth.ts';

const bigRows = Number(process.env.BENCH_BIG_ROWS ?? 1_000_000);
const xlsxRows = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
const profile = millionProfiles[(process.argv[2] ?? 'employer') as keyof typeof millionProfiles];
const register = profile.register;
const shipped = asShipped();
const admin = { username: 'bench', password: 'sandi-ukur-kinerja' };

/**
 * The office's database before the imports (`million.ts <register> --prepare <dir>`, a process of
 * its own): the first administrator, the office, and what the register's profile puts in first
 * (50,000 employers, 2,000,000 audit rows). The measuring process then starts on it as the app
 * starts on a kabupaten's database, so the memory making them took is not counted as the app's.
 */
async function prepareOffice(dir: string): Promise<void> {
  const actor = newSession();
  const { database, router } = startCore({ dataDir: join(dir, 'data'), ...shipped.core, version: 'bench', host: 'cli', backgroundCheckpoints: true });
  try {
    await router.call('auth.createFirstAdmin', { ...admin, displayName: 'Bench' }, actor);
    const { call, finished: waitJob } = routerCalls(router, actor, 20);
    await call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
    const npps = await profile.prepare(call, database.sqlite, waitJob as (job: never) => Promise<unknown>);
    writeFileSync(join(dir, 'npps.txt'), npps.join('\n'));
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    database.close();
  }
}

const preparing = process.argv.indexOf('--prepare');
if (preparing > 0) {
  await prepareOffice(process.argv[preparing + 1]!);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'lindung-million-'));
try {
  execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, register, '--prepare', dir], { stdio: 'inherit', env: process.env });
  const { database, runtime, router } = startCore({ dataDir: join(dir, 'data'), ...shipped.core, version: 'bench', host: 'cli', warm: true, backgroundCheckpoints: true });
  // The bench acts as the administrator the prepare made.
  const actor = newSession();
  await router.call('auth.signIn', admin, actor);
  const { call, finished: waitJob } = routerCalls(router, actor, 20);

  // The files, written by a process of their own (bench/million-files.ts), so the memory that
  // writing them took is not counted as the import's.
  const nppsFile = join(dir, 'npps.txt');
  const xlsx = join(dir, `${profile.noun}-${xlsxRows}.xlsx`);
  const csv = join(dir, `${profile.noun}-${bigRows}.csv`);
  execFileSync(process.execPath, [join(shipped.benchFolder, 'million-files.ts'), register, xlsx, String(xlsxRows), csv, String(bigRows), nppsFile], { stdio: 'inherit' });

  // LibreOffice headless converting the same file, with its own profile folder.
  const office = (file: string): number | null => {
    // BENCH_SKIP_OFFICE=1 leaves LibreOffice out while iterating on something else (no ratio printed).
    if (process.env.BENCH_SKIP_OFFICE === '1' || spawnSync('which', ['soffice']).status !== 0) return null;
    const start = performance.now();
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv', '--outdir', join(dir, 'lo'), file], { stdio: 'ignore' });
    return performance.now() - start;
  };

  const dbBytes = () => ['lindung.db', 'lindung.db-wal'].reduce((n, f) => n + (existsSync(join(dir, 'data', f)) ? statSync(join(dir, 'data', f)).size : 0), 0);
  /** One import end to end as the screen runs it, with peak RSS and the longest event-loop stall. */
  const importFile = async (file: string) => {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const dryLoop = monitorEventLoopDelay({ resolution: 10 });
    const commitLoop = monitorEventLoopDelay({ resolution: 10 });
    const run = await timeIt(async () => {
      dryLoop.enable();
      const staged = await runtime.files.stage(file.split('/').pop()!, createReadStream(file), 4_000_000_000);
      const inspection = await call<Inspection>('imports.inspect', { register, fileToken: staged.token });
      const dry = await waitJob(await call<JobState>('imports.dryRun', { register, fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping }));
      dryLoop.disable();
      commitLoop.enable();
      const commit = await waitJob(await call<JobState>('imports.commit', { jobId: dry.id }));
      commitLoop.disable();
      return { dry, commit };
    });
    clearInterval(sampler);
    const took = (j: JobState) => Date.parse(j.finishedAt ?? '') - Date.parse(j.startedAt);
    return {
      ms: run.ms,
      dryMs: took(run.value.dry),
      commitMs: took(run.value.commit),
      peak,
      dryStall: dryLoop.max / 1e6,
      commitStall: commitLoop.max / 1e6,
      batchUid: (run.value.commit.result as { batch: { uid: string } }).batch.uid,
    };
  };
  const ratio = (ms: number, floor: number | null) => (floor === null ? (process.env.BENCH_SKIP_OFFICE === '1' ? 'LibreOffice skipped (BENCH_SKIP_OFFICE=1): no ratio' : 'LibreOffice not installed (apt-get install libreoffice-calc-nogui): no ratio') : `LibreOffice ${fmt(floor)}, ratio ${(ms / floor).toFixed(2)} (target <= 1.0)`);

  console.log(`\nA million records (${profile.noun}), Node ${process.versions.node}, ${shipped.how}, V8 heap growth step ${heapGrowingPercent}% (core/platform/heap-growth.ts); RSS at start ${mb(process.memoryUsage().rss)}:`);
  const officeXlsx = office(xlsx);
  const small = await importFile(xlsx);
  console.log(`  ${xlsxRows.toLocaleString('en')}-row XLSX import  ${fmt(small.ms)} (dry run ${fmt(small.dryMs)}, commit ${fmt(small.commitMs)}); ${ratio(small.ms, officeXlsx)}`);
  console.log(`      peak RSS ${mb(small.peak)} (target < 512 MB); longest event-loop stall during the check ${fmt(small.dryStall)}, during the commit ${fmt(small.commitStall)} (target < 200 ms)`);

  // The XLSX's records undone before the million (the worker demo's NIKs of two seeds may meet).
  const smallUndo = await timeIt(async () => waitJob(await call<JobState>('imports.undo', { batchUid: small.batchUid, edited: 'keep' })));
  console.log(`      its undo ${fmt(smallUndo.ms)}`);
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const before = dbBytes();
  const auditBefore = database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const officeCsv = office(csv);
  const big = await importFile(csv);
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const growth = (dbBytes() - before) / bigRows;
  console.log(`  ${bigRows.toLocaleString('en')}-row CSV import  ${fmt(big.ms)} (dry run ${fmt(big.dryMs)}, commit ${fmt(big.commitMs)}); ${ratio(big.ms, officeCsv)}`);
  console.log(`      peak RSS ${mb(big.peak)} (target < 512 MB); longest event-loop stall during the check ${fmt(big.dryStall)}, during the commit ${fmt(big.commitStall)} (target < 200 ms)`);
  const auditRows = (database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number) - auditBefore;
  console.log(`      database growth ${Math.round(growth)} bytes per imported row; ${auditRows.toLocaleString('en')} audit rows written`);

  // Grid pages at a million: a new query each time (first page, a jump to the end, the middle),
  // then the blocks a scrolling grid asks for; the default view and two filters.
  const records = (await call<{ total: number }>('registers.counts', { register, by: profile.countsBy })).total;
  const audits = database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const page = (startRow: number, filterModel: unknown, sort = 'asc') =>
    timeIt(() => call<{ rowCount: number }>('registers.list', { register, startRow, endRow: startRow + 100, sortModel: [{ colId: 'name', sort }], filterModel }));
  console.log(`  grid page (100 rows) at ${records.toLocaleString('en')} records (${audits.toLocaleString('en')} audit rows), target p95 < 30 ms at any depth:`);
  // The first deep page after a write walks the sort index and starts reading its snapshot in
  // slices between requests (core/grid/sort-snapshot.ts); the pages below are read once it is
  // (a second after an import, before a clerk has scrolled).
  const firstView = Object.values(profile.views)[0];
  const firstFilter = typeof firstView === 'function' ? firstView(0, database.sqlite) : firstView;
  const viewSize = (await page(0, firstFilter)).value.rowCount;
  const walked = await page(Math.floor(viewSize / 2), firstFilter);
  const snapshotLoop = monitorEventLoopDelay({ resolution: 10 });
  snapshotLoop.enable();
  const settled = await timeIt(() => snapshotsSettled());
  snapshotLoop.disable();
  console.log(`    first middle page after the import, walked: ${fmt(walked.ms)}; the name index's snapshot then read in ${fmt(settled.ms)}, longest event-loop stall ${fmt(snapshotLoop.max / 1e6)}`);
  for (const [label, view] of Object.entries(profile.views)) {
    const first: number[] = [];
    const deep: number[] = [];
    const middle: number[] = [];
    const scroll: number[] = [];
    for (let i = 0; i < iterations; i += 1) {
      // A new query each time: another worker minimum, or the other sort direction.
      const filterModel = typeof view === 'function' ? view(1 + i, database.sqlite) : view;
      const sort = typeof view === 'function' ? 'asc' : i % 2 === 0 ? 'asc' : 'desc';
      const firstPage = await page(0, filterModel, sort);
      first.push(firstPage.ms);
      const n = firstPage.value.rowCount;
      deep.push((await page(Math.max(0, n - 100), filterModel, sort)).ms);
      middle.push((await page(Math.floor(n / 2), filterModel, sort)).ms);
      scroll.push((await page(Math.floor(n / 2) + 100, filterModel, sort)).ms);
    }
    const show = (what: string, ms: number[]) => `${what} ${fmt(summarise(ms).median)} / ${fmt(summarise(ms).p95)}`;
    console.log(`    ${label.padEnd(36)} median / p95: ${show('first', first)}; ${show('end', deep)}; ${show('middle', middle)}; ${show('next block', scroll)}`);
  }
  const counts: number[] = [];
  for (let i = 0; i < iterations; i += 1) counts.push((await timeIt(() => call('registers.counts', { register, by: profile.countsBy, filterModel: { recordStatus: { filterType: 'set', values: ['aktif'] } } }))).ms);
  console.log(`    counts of the default view             median ${fmt(summarise(counts).median)}, p95 ${fmt(summarise(counts).p95)}`);
  for (const [label, terms] of Object.entries(profile.searches)) {
    const searches: number[] = [];
    for (let i = 0; i < iterations; i += 1) searches.push((await timeIt(() => call('registers.list', { register, startRow: 0, endRow: 100, quickSearch: terms[i % terms.length] }))).ms);
    console.log(`    quick search ${label.padEnd(14)}, 100 hits + count  median ${fmt(summarise(searches).median)}, p95 ${fmt(summarise(searches).p95)} (target p95 < 20 ms)`);
  }

  // The undo of the million, one transaction in the write worker: the screens keep answering.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const undo = await timeIt(async () => waitJob(await call<JobState>('imports.undo', { batchUid: big.batchUid, edited: 'keep' })));
  loop.disable();
  const left = (await call<{ total: number }>('registers.counts', { register, by: profile.countsBy })).total;
  console.log(`  undo of the ${bigRows.toLocaleString('en')}-row import  ${fmt(undo.ms)} (${left.toLocaleString('en')} records left); longest event-loop stall ${fmt(loop.max / 1e6)} (target < 200 ms)`);
  console.log(`  peak RSS of this whole run ${mb(process.resourceUsage().maxRSS * 1024)}`);
  database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
