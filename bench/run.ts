// `npm run bench`: figures for the employer register on 50,000 records, then at a million
// (bench/million.ts), printed next to the floors they compete with (PERFORMANCE.md), measured
// in the same run. Nothing here asserts; tests do that. Everything written is removed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { DryRunResult, Inspection } from '../core/api/imports.ts';
import type { JobState } from '../core/api/jobs.ts';
import { generateEmployers, demoArea } from '../core/employers/demo-employers.ts';
import { readInWorker, warmParseWorker } from '../core/imports/read/read-in-worker.ts';
import { newSession } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';
import { bundleForBench } from './app-bundle.ts';
import { bundledEnv } from './bundled-run.ts';
import { fmt, mb, summarise, timeIt } from './stats.ts';

const employers = Number(process.env.BENCH_EMPLOYERS ?? 50_000);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
// The bench acts as the first administrator, made on its fresh data folder.
const actor = newSession();

const dir = mkdtempSync(join(tmpdir(), 'lindung-bench-'));
// As the app does at start: a parse worker is ready before the first import.
const { database, runtime, router } = startCore({ dataDir: dir, version: 'bench', host: 'cli', warm: true, backgroundCheckpoints: true });
await router.call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' }, actor);
const call = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await router.call(channel, input, actor);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.data as T;
};
/** A job that ended well, or the bench stops with its error. */
const finished = (job: JobState): JobState => {
  if (job.status !== 'done') throw new Error(`${job.kind} ${job.status}: ${JSON.stringify(job.error)}`);
  return job;
};
const waitJob = async (job: JobState): Promise<JobState> => {
  for (;;) {
    const state = await call<JobState>('jobs.get', { jobId: job.id });
    if (state.status !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

console.log(`Lindung bench — Node ${process.versions.node}, SQLite ${database.sqlite.prepare('select sqlite_version()').pluck().get()}`);
await call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
const seeded = await timeIt(async () => finished(await waitJob(await call<JobState>('employers.demo', { count: employers }))));
console.log(`seed: ${employers.toLocaleString('en')} demo employers through the import pipeline in ${fmt(seeded.ms)}\n`);

// 1. Grid pages through the router: a sort and two filters. "Cold" is the first page of a
// query never seen before (each iteration changes the number filter); "warm" pages are the
// next blocks of the same query as the grid scrolls, and a jump deep into the list.
const filterFor = (min: number) => ({ bpjsStatus: { filterType: 'set', values: ['terdaftar', 'pwbd', 'pds_tk'] }, workersTotal: { filterType: 'number', type: 'greaterThanOrEqual', filter: min } });
const sortModel = [{ colId: 'name', sort: 'asc' }];
const total = (await call<{ rowCount: number }>('registers.list', { register: 'employer', startRow: 0, endRow: 1, filterModel: filterFor(2), sortModel })).rowCount;
const page = (startRow: number, min: number) => timeIt(() => call('registers.list', { register: 'employer', startRow, endRow: startRow + 100, sortModel, filterModel: filterFor(min) }));
const coldFirst: number[] = [];
const coldDeep: number[] = [];
const warm: number[] = [];
const warmDeep: number[] = [];
for (let i = 0; i < iterations; i += 1) {
  const min = 2 + (i % 2 === 0 ? i : -i); // a new query every time
  (i % 2 === 0 ? coldFirst : coldDeep).push((await page(i % 2 === 0 ? 0 : Math.max(0, total - 2000), min)).ms);
}
for (let i = 0; i < iterations; i += 1) {
  warm.push((await page(100 * (i + 1), 2)).ms);
  warmDeep.push((await page(Math.max(0, total - 100 - 37 * i), 2)).ms);
}
const show = (label: string, ms: number[]) => {
  const s = summarise(ms);
  console.log(`  ${label.padEnd(34)} median ${fmt(s.median).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}`);
};
console.log(`grid page (100 rows, sort by name, 2 filters, ~${total.toLocaleString('en')} matching)   target p95 < 50 ms at any depth:`);
show('cold, first page (new query)', coldFirst);
show('cold, deep page (new query)', coldDeep);
show('warm, next blocks while scrolling', warm);
show('warm, deep jumps', warmDeep);

// 2. Quick search (FTS5) through the router.
const terms = ['hotel', 'bali sej', 'warung dew', 'toko', '9120', 'kar', 'villa ayu', 'spa'];
const searchMs: number[] = [];
for (let i = 0; i < iterations; i += 1) {
  const term = terms[i % terms.length];
  searchMs.push((await timeIt(() => call('registers.list', { register: 'employer', startRow: 0, endRow: 100, quickSearch: term }))).ms);
}
const search = summarise(searchMs);
console.log(`quick search (first 100 hits + count): median ${fmt(search.median)}  p95 ${fmt(search.p95)}   (target p95 < 30 ms)\n`);

// 3. Import of a 20,000-row XLSX end to end, next to LibreOffice opening the same file.
const file = join(dir, `import-${importRows}.xlsx`);
const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
const sheet = writer.addWorksheet('Data');
const header = ['Nama Perusahaan', 'NIB', 'NPWP', 'NPP', 'KBLI', 'Kecamatan', 'Status BPJS', 'Jumlah TK', 'TK Laki-laki', 'TK Perempuan', 'Alamat'];
sheet.addRow(header).commit();
const kecNames = new Map((database.sqlite.prepare("SELECT code, name FROM region WHERE code LIKE '51.03.__'").all() as { code: string; name: string }[]).map((r) => [r.code, r.name]));
for (const e of generateEmployers(demoArea(database.sqlite, '51.03'), importRows, 77)) {
  sheet.addRow([`${e.name} Baru`, e.nib, e.npwp, e.npp, e.kbliCodes[0], kecNames.get(e.kecamatanCode ?? '') ?? '', e.bpjsStatus, e.workersTotal, e.workersMale, e.workersFemale, e.address]).commit();
}
sheet.commit();
await writer.commit();

const parse = await timeIt(async () => {
  let rows = 0;
  for await (const batch of readInWorker(file)) rows += batch.rows.length;
  return rows;
});
const rssBefore = process.memoryUsage().rss;
const importRuns = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
// The app keeps a parse worker ready (started at launch, and again after each read); wait for
// it as a clerk choosing a file would. An idle spare keeps no process alive: the timer does.
const spareReady = async () => {
  const keepAlive = setInterval(() => {}, 1000);
  await warmParseWorker();
  clearInterval(keepAlive);
};
const took = (j: JobState) => Date.parse(j.finishedAt ?? '') - Date.parse(j.startedAt);
const importOnce = () =>
  timeIt(async () => {
    const staged = await runtime.files.stage('bench.xlsx', createReadStream(file), 500_000_000);
    const inspection = await call<Inspection>('imports.inspect', { register: 'employer', fileToken: staged.token });
    const dry = await waitJob(await call<JobState>('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping }));
    const summary = (dry.result as DryRunResult).summary;
    const commit = await waitJob(await call<JobState>('imports.commit', { jobId: dry.id }));
    finished(commit);
    return { ...summary, dryRunMs: took(dry), commitMs: took(commit), batchUid: (commit.result as { batch: { uid: string } }).batch.uid };
  });
// Each run is undone before the next (an undone file may be imported again): the same file
// into the same register every time, and the undo timed too.
const runs: Awaited<ReturnType<typeof importOnce>>[] = [];
const undos: number[] = [];
for (let i = 0; i < importRuns; i += 1) {
  await spareReady();
  const run = await importOnce();
  runs.push(run);
  if (i < importRuns - 1) undos.push((await timeIt(async () => finished(await waitJob(await call<JobState>('imports.undo', { batchUid: run.value.batchUid }))))).ms);
}
const rssAfter = process.memoryUsage().rss;
const offices: number[] = [];
if (spawnSync('which', ['soffice']).status === 0) {
  for (let i = 0; i < importRuns; i += 1) {
    offices.push((await timeIt(() => execFileSync('soffice', ['--headless', '--convert-to', 'csv', '--outdir', join(dir, 'lo'), file], { stdio: 'ignore' }))).ms);
  }
}
const whole = summarise(runs.map((r) => r.ms));
const office = offices.length ? summarise(offices).median : null;
const last = runs.at(-1)!.value;
console.log(`import of a ${importRows.toLocaleString('en')}-row XLSX (parse, validate, duplicate check, commit, audit) into ${employers.toLocaleString('en')} records, median of ${importRuns}:`);
console.log(`  whole import ${fmt(whole.median)}   (${last.new} new, ${last.invalid} invalid; dry run ${fmt(summarise(runs.map((r) => r.value.dryRunMs)).median)}, commit ${fmt(summarise(runs.map((r) => r.value.commitMs)).median)})`);
console.log(`  undo of it   ${undos.length ? fmt(summarise(undos).median) : '-'}`);
console.log(`  parse alone  ${fmt(parse.ms)}   (${parse.value.toLocaleString('en')} rows, worker thread)`);
console.log(office === null ? '  LibreOffice  not installed (apt-get install libreoffice-calc-nogui) — no ratio' : `  LibreOffice headless xlsx->csv ${fmt(office)}   ratio import/LibreOffice ${(whole.median / office).toFixed(2)}   (target <= 1.0)`);
console.log(`  RSS ${mb(rssBefore)} before, ${mb(rssAfter)} after; peak ${mb(process.resourceUsage().maxRSS * 1024)}`);

// 3b. Export of the whole register (every column) to XLSX and to CSV, with the longest event-loop
// stall while it writes: the app answers other calls during an export.
const registerRows = (await call<{ total: number }>('registers.counts', { register: 'employer', by: 'bpjsStatus' })).total;
console.log(`\nexport of the whole register (${registerRows.toLocaleString('en')} rows, all columns), median of 3:`);
for (const format of ['xlsx', 'csv'] as const) {
  const times: number[] = [];
  let stall = 0;
  let bytes = 0;
  for (let i = 0; i < 3; i += 1) {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const run = await timeIt(async () => finished(await waitJob(await call<JobState>('registers.export', { register: 'employer', format }))));
    delay.disable();
    times.push(run.ms);
    stall = Math.max(stall, delay.max / 1e6);
    const out = runtime.files.outgoingFile((run.value.result as { token: string }).token);
    bytes = out.bytes;
    runtime.files.discardOutgoing((run.value.result as { token: string }).token);
  }
  console.log(`  ${format.padEnd(4)} ${fmt(summarise(times).median).padStart(9)}   (${mb(bytes)} file; longest event-loop stall ${fmt(stall)})`);
}

database.close();
rmSync(dir, { recursive: true, force: true });

// 3c. The cost of encryption at rest, in a process of its own: BENCH_ENCRYPTION=0 skips it.
if (process.env.BENCH_ENCRYPTION !== '0') {
  execFileSync(process.execPath, [new URL('./encryption.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
}

// 3c'. Documents: text of a 200-page PDF and search over 10,000 pages, in a process of its own
// (its peak memory is its own): BENCH_DOCUMENTS=0 skips it.
if (process.env.BENCH_DOCUMENTS !== '0') {
  execFileSync(process.execPath, [new URL('./documents.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
}

// 3d. A backup and a restore of a database with a million people, in a process of its own:
// BENCH_BACKUP=0 skips it.
if (process.env.BENCH_BACKUP !== '0') {
  console.log('\nBackup and restore (a million people):');
  execFileSync(process.execPath, [new URL('./backup.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
}

// 3e. The worker register's duplicate scan over a million people, in a process of its own:
// BENCH_DUPLICATES=0 skips it.
if (process.env.BENCH_DUPLICATES !== '0') {
  console.log('\nDuplicate review (a million people):');
  execFileSync(process.execPath, [new URL('./duplicates.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
}

// 3f. Coverage at a million people (the kabupaten's report with every breakdown, freezing a
// month), in a process of its own: BENCH_COVERAGE=0 skips it.
if (process.env.BENCH_COVERAGE !== '0') {
  execFileSync(process.execPath, [new URL('./coverage.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
}

// 3g. The Paritrana evidence package of a kabupaten (50 PDFs of 20 pages, 300 desa), in a process
// of its own: BENCH_AWARD=0 skips it.
if (process.env.BENCH_AWARD !== '0') {
  execFileSync(process.execPath, [new URL('./award-package.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
  // The same package through the app: 300,000 people, the documents attached, the approval, the job.
  execFileSync(process.execPath, [new URL('./award.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
}

// 4. A million records of each register, each in a process of its own (its peak memory is its
// own): BENCH_MILLION=0 skips both, BENCH_MILLION_REGISTERS=worker runs one.
// Core runs bundled as the app ships it (bench/million.ts says why).
if (process.env.BENCH_MILLION !== '0') {
  const app = await bundleForBench('bench/million.ts');
  const env = bundledEnv(app.folder);
  try {
    for (const register of (process.env.BENCH_MILLION_REGISTERS ?? 'employer,worker').split(',')) {
      execFileSync(process.execPath, [app.entry, register], { stdio: 'inherit', env });
    }
  } finally {
    app.remove();
  }
}
