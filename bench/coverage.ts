// Coverage at a million people (issue 15), in a process of its own: the report of the kabupaten
// with every breakdown at today and at a past date through the router (target p95 < 100 ms), the
// first build of the maintained counts after a million people arrive at once, an edit seen by the
// next report, the report beside thousands of aggregate rows, and freezing a month (target < 10 s). People, periods and employers are written by
// SQL, as bench/backup.ts does (bench/million.ts measures the import). Prints figures; asserts
// nothing; removes what it writes. BENCH_COVERAGE_ROWS sets the number of people.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coverageFilterValues, type CoverageReport } from '../core/api/coverage.ts';
import { newSession } from '../core/accounts/session.ts';
import { catchUpCoverage } from '../core/coverage/maintain.ts';
import { startCore } from '../core/host.ts';
import { fmt, summarise, timeIt } from './stats.ts';

const rows = Number(process.env.BENCH_COVERAGE_ROWS ?? 1_000_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
const actor = newSession();
const dir = mkdtempSync(join(tmpdir(), 'lindung-coverage-bench-'));

try {
  const core = startCore({ dataDir: dir, version: 'bench', host: 'cli', backgroundCheckpoints: true });
  await core.router.call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' }, actor);
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = await core.router.call(channel, input, actor);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };
  await call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
  const sqlite = core.database.sqlite;

  // A kabupaten's people: every desa of Badung, the categories of the list, four segments, starts
  // over ten years on any day, one in seven ended, one in five with a second period in another segment.
  const seed = await timeIt(() =>
    sqlite.exec(`
    CREATE TEMP TABLE bench_desa AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, code FROM region WHERE code LIKE '51.03.%' AND level = 4;
    CREATE TEMP TABLE bench_category AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, code FROM lookup_item WHERE list = 'vulnerable_category';
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
    INSERT INTO employer (uid, name, name_fold, kbli_section, kecamatan_code, bpjs_status, created_at, updated_at)
    SELECT 'bench-' || i, 'PT Bench ' || i, 'pt bench ' || i, substr('ACFGHIJKLMNPQRS', 1 + i % 15, 1), '51.03.06', 'terdaftar', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
    INSERT INTO person (uid, nik, name, name_fold, kecamatan_code, desa_code, category, created_at, updated_at)
    SELECT 'person-' || i, printf('510306%02d%02d%02d%04d', 1 + (i / 10000) % 28, 1 + (i / 280000) % 12, 70 + i % 30, i % 10000), 'I Made Bench ' || i, 'i made bench ' || i,
      substr(d.code, 1, 8), d.code, CASE WHEN i % 3 = 0 THEN NULL ELSE (SELECT code FROM bench_category WHERE k = i % (SELECT count(*) FROM bench_category)) END,
      '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
    FROM n JOIN bench_desa d ON d.k = (i * 7919) % (SELECT count(*) FROM bench_desa) WHERE true ON CONFLICT (nik) DO NOTHING;
    INSERT INTO participation_period (uid, person_id, segment, employer_id, programmes, start_date, end_date, funding, source, created_at, updated_at)
    SELECT 'period-' || id, id, CASE id % 10 WHEN 0 THEN 'PU' WHEN 1 THEN 'PU' WHEN 2 THEN 'PU' WHEN 3 THEN 'JAKON' WHEN 4 THEN 'PMI' ELSE 'BPU' END,
      CASE WHEN id % 10 < 3 THEN 1 + id % 5000 END, '["JKK","JKM"]', date('2016-01-01', '+' || ((id * 7919) % 3800) || ' days'),
      CASE WHEN id % 7 = 0 THEN date('2016-01-01', '+' || ((id * 7919) % 3800 + 30 + id % 700) || ' days') END,
      CASE id % 10 WHEN 0 THEN 'pemberi_kerja' WHEN 1 THEN 'pemberi_kerja' WHEN 2 THEN 'pemberi_kerja' WHEN 5 THEN 'apbd_kabkota' WHEN 6 THEN 'apbdes' ELSE 'mandiri' END,
      'bench', created_at, updated_at FROM person;
    INSERT INTO participation_period (uid, person_id, segment, programmes, start_date, funding, source, created_at, updated_at)
    SELECT 'second-' || id, id, 'BPU', '["JKK","JKM"]', date('2020-01-01', '+' || ((id * 104729) % 2000) || ' days'), 'apbd_provinsi', 'bench', created_at, updated_at
    FROM person WHERE id % 5 = 0 AND id % 10 <> 5;`),
  );
  const people = sqlite.prepare('SELECT count(*) FROM person').pluck().get() as number;
  const periods = sqlite.prepare('SELECT count(*) FROM participation_period').pluck().get() as number;
  console.log(`\nCoverage at ${people.toLocaleString('en')} people (${periods.toLocaleString('en')} periods), written by SQL in ${fmt(seed.ms)}:`);
  const build = await timeIt(() => catchUpCoverage(sqlite));
  const keys = sqlite.prepare('SELECT count(*) FROM coverage_key').pluck().get() as number;
  const steps = sqlite.prepare('SELECT count(*) FROM coverage_step').pluck().get() as number;
  console.log(`  first build of the maintained counts (all ${build.value.toLocaleString('en')} people at once)  ${fmt(build.ms)}; ${keys.toLocaleString('en')} keys, ${steps.toLocaleString('en')} steps`);

  const show = (label: string, ms: number[], target: string) => {
    const s = summarise(ms);
    console.log(`  ${label.padEnd(58)} median ${fmt(s.median).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}   (${target})`);
  };
  for (const [label, at] of [['today', undefined], ['a past date (2021-06-30)', '2021-06-30']] as const) {
    const ms: number[] = [];
    let last: CoverageReport | null = null;
    for (let i = 0; i < iterations; i += 1) {
      const run = await timeIt(() => call<CoverageReport>('coverage.report', at ? { at } : {}));
      ms.push(run.ms);
      last = run.value;
    }
    const figures = Object.values(last!.breakdowns).reduce((n, f) => n + f.length, 1);
    show(`report of the kabupaten, all breakdowns, at ${label}`, ms, `${last!.total.numerator.toLocaleString('en')} active, ${figures} figures; target p95 < 100 ms`);
  }
  // The whole page: the report and the trend of its 24 month ends, as the dashboard asks for them.
  {
    const month = (d: Date) => d.toISOString().slice(0, 7);
    const today = new Date();
    const from = month(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 23, 1)));
    const ms: number[] = [];
    for (let i = 0; i < iterations; i += 1) {
      ms.push((await timeIt(() => Promise.all([call('coverage.report', {}), call('coverage.trend', { from, to: month(today) })]))).ms);
    }
    show('the dashboard page (report + 24-month trend)', ms, 'target p95 < 100 ms; ended months kept until the data changes');
    console.log(`  the first view after a change (every month counted)        ${fmt(ms[0]!)}`);
  }
  // The people behind a kecamatan figure and behind the segment BPU, at a past date: the worker
  // grid's first page with its count, through the figure's own filter.
  const past = await call<CoverageReport>('coverage.report', { at: '2021-06-30' });
  for (const figure of [past.breakdowns.kecamatan[0]!, past.breakdowns.segment.find((f) => f.value === 'BPU')!]) {
    const filterModel = { coverage: { filterType: 'set', values: coverageFilterValues(figure.people!) } };
    const ms: number[] = [];
    let rows = 0;
    for (let i = 0; i < iterations; i += 1) {
      const run = await timeIt(() => call<{ rowCount: number }>('registers.list', { register: 'worker', startRow: 0, endRow: 100, filterModel }));
      ms.push(run.ms);
      rows = run.value.rowCount;
    }
    show(`the people behind "${figure.label}" (${figure.numerator.toLocaleString('en')} at 2021-06-30), first page`, ms, `${rows.toLocaleString('en')} rows counted`);
  }
  // An edit through SQL (as an import or merge writes) and the next report, which catches it up.
  const edits: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    sqlite.prepare("UPDATE participation_period SET end_date = CASE WHEN end_date IS NULL THEN date(start_date, '+400 days') ELSE NULL END WHERE id = ?").run(1 + i * 1009);
    edits.push((await timeIt(() => call('coverage.report', {}))).ms);
  }
  show('an edited period, then the report (catch-up included)', edits, 'target p95 < 100 ms');
  // Aggregate inputs beside the people: every desa's totals by segment for 24 month ends, and the
  // kabupaten's by category (what a branch's monthly reports leave): each figure looks for the rows
  // of its areas without people, and the report reads them once (aggregate-choice.ts).
  {
    sqlite.exec(`
      WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i < 23)
      INSERT INTO coverage_aggregate (uid, area_code, segment, count, as_of_date, source_kind, source, created_at, updated_at)
      SELECT 'bench-agg-' || d.code || '-' || s.value || '-' || m.i, d.code, s.value, 100 + m.i, date('2024-02-01', '+' || m.i || ' months', '-1 day'), 'bpjs', 'BPJS bench ' || m.i, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
      FROM bench_desa d, m, json_each('["PU","BPU","JAKON","PMI"]') s;
      INSERT INTO coverage_aggregate (uid, area_code, category, count, as_of_date, source_kind, source, created_at, updated_at)
      SELECT 'bench-agg-cat-' || code, '51.03', code, 50, '2025-12-31', 'dinas', 'Dinas bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM bench_category;`);
    // One more through its channel: audited, so the kept months are counted again (rows written by SQL are not).
    await call('coverageInputs.aggregates.save', { areaCode: '51.03', segment: 'PU', count: 1000, asOfDate: '2025-12-31', sourceKind: 'bpjs', source: 'BPJS bench' });
    const aggregates = sqlite.prepare('SELECT count(*) FROM coverage_aggregate').pluck().get() as number;
    const month = (d: Date) => d.toISOString().slice(0, 7);
    const today = new Date();
    const from = month(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 23, 1)));
    const page = await timeIt(() => Promise.all([call('coverage.report', {}), call('coverage.trend', { from, to: month(today) })]));
    console.log(`  the dashboard page beside ${aggregates.toLocaleString('en')} aggregate rows, first view (every month counted) ${fmt(page.ms)}`);
    const ms: number[] = [];
    for (let i = 0; i < iterations; i += 1) ms.push((await timeIt(() => call('coverage.report', {}))).ms);
    show(`report with ${aggregates.toLocaleString('en')} aggregate rows too`, ms, 'target p95 < 100 ms');
  }
  const freeze = await timeIt(() => call('coverage.freeze', { month: '2025-12' }));
  console.log(`  freezing a month (every figure, audited)  ${fmt(freeze.ms)}   (target < 10 s)`);
  core.database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
