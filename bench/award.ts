// The Paritrana package of a kabupaten through the app itself (issue 16), beside the builder's
// own bench (award-package.ts): 300,000 people with their periods (written by SQL, as
// bench/coverage.ts does), a frozen month, a cycle from the starter rubric with coverage tables,
// register extracts, a narrative and 50 documents of 20 pages attached through the documents
// store, the head's approval (timed: it freezes every table), then the package job through the
// router, 5 times, in a fresh process whose peak RSS is its own (bench/award-runs.ts), running
// core bundled as the app ships it (bench/app-bundle.ts). Targets: < 10 s, < 400 MB. The app
// builds the package on a worker thread (core/award/package/build-in-worker.ts), whose memory is
// the process's too: the figures are the whole process's.
// Prints figures; asserts nothing; removes what it writes. BENCH_AWARD_PEOPLE sets the people.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CycleDetail } from '../core/api/award.ts';
import { newSession } from '../core/accounts/session.ts';
import { catchUpCoverage } from '../core/coverage/maintain.ts';
import { startCore } from '../core/host.ts';
import { bundleForBench } from './app-bundle.ts';
import { routerCalls } from './router-calls.ts';
import { documentPdf } from './award-documents.ts';
import { fmt, mb, summarise, timeIt } from './stats.ts';

const people = Number(process.env.BENCH_AWARD_PEOPLE ?? 300_000);
const documents = Number(process.env.BENCH_AWARD_DOCUMENTS ?? 50);
const runs = Number(process.env.BENCH_AWARD_RUNS ?? 5);
const password = 'sandi-ukur-kinerja';
const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));

async function open(dir: string) {
  const core = startCore({ dataDir: dir, version: 'bench', host: 'cli', backgroundCheckpoints: true });
  const session = newSession();
  const { call, finished: job } = routerCalls(core.router, session);
  return { core, session, call, job };
}

async function prepare(dir: string): Promise<string> {
  const { core, call, session, job } = await open(dir);
  try {
    await call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password });
    void session;
    await call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
    await call('settings.officeProfile.save', { officeName: 'Bench Badung', address: 'Jl. Bench', headName: 'Kepala Bench', headNip: '197001011990031001', phone: '', email: '', timeZone: 'WITA', logo: null });
    const sqlite = core.database.sqlite;
    const seeded = await timeIt(() =>
      sqlite.exec(`
      CREATE TEMP TABLE bench_desa AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, code FROM region WHERE code LIKE '51.03.%' AND level = 4;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
      INSERT INTO employer (uid, name, name_fold, kbli_section, kecamatan_code, bpjs_status, workers_total, created_at, updated_at)
      SELECT 'bench-' || i, 'PT Bench ' || i, 'pt bench ' || i, substr('ACFGHIJKLMNPQRS', 1 + i % 15, 1), '51.03.06', 'terdaftar', 50 + i % 200, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z' FROM n;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${people})
      INSERT INTO person (uid, nik, name, name_fold, kecamatan_code, desa_code, created_at, updated_at)
      SELECT 'person-' || i, printf('510306%02d%02d%02d%04d', 1 + (i / 10000) % 28, 1 + (i / 280000) % 12, 70 + i % 30, i % 10000), 'I Made Bench ' || i, 'i made bench ' || i,
        substr(d.code, 1, 8), d.code, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'
      FROM n JOIN bench_desa d ON d.k = (i * 7919) % (SELECT count(*) FROM bench_desa) WHERE true ON CONFLICT (nik) DO NOTHING;
      INSERT INTO participation_period (uid, person_id, segment, employer_id, programmes, start_date, funding, source, created_at, updated_at)
      SELECT 'period-' || id, id, CASE id % 10 WHEN 0 THEN 'PU' WHEN 1 THEN 'PU' WHEN 2 THEN 'JAKON' ELSE 'BPU' END, CASE WHEN id % 10 < 2 THEN 1 + id % 2000 END,
        '["JKK","JKM"]', date('2016-01-01', '+' || ((id * 7919) % 3400) || ' days'), CASE WHEN id % 10 < 2 THEN 'pemberi_kerja' ELSE 'mandiri' END, 'bench', created_at, updated_at FROM person;`),
    );
    catchUpCoverage(sqlite);
    await call('coverageInputs.denominators.save', { name: 'Penduduk bekerja Badung (bench)', value: 400_000, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'Bench', asOfDate: '2024-08-31' });
    const snapshot = await call<{ uid: string }>('coverage.freeze', { month: '2025-12' });
    console.log(`  seed: ${people.toLocaleString('en')} people with periods by SQL in ${fmt(seeded.ms)}, month 2025-12 frozen (not counted)`);

    let cycle = await call<CycleDetail>('award.cycles.save', { edition: 'Paritrana Award Bench 2025', year: 2025, level: 'provinsi', category: 'pemerintah_kabupaten_kota', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    cycle = await call<CycleDetail>('award.rubric.copy', { cycleUid: cycle.uid, from: 'starter' });
    const indicators = cycle.aspects.flatMap((a) => a.indicators);
    const save = (input: object) => call<CycleDetail>('award.evidence.save', { state: 'siap', ...input });
    for (const dimension of ['total', 'kecamatan', 'desa', 'segment', 'sector', 'funding'] as const) await save({ indicatorUid: indicators[1]!.uid, kind: 'coverage', title: `Cakupan ${dimension}`, coverage: { snapshotUid: snapshot.uid, dimension } });
    for (const extract of ['employer_compliance', 'programmes', 'employers_followed_up', 'regulations_in_force'] as const) await save({ indicatorUid: indicators[2]!.uid, kind: 'register_extract', title: `Ekstrak ${extract}`, extract });
    const attached = await timeIt(async () => {
      for (let i = 0; i < documents; i++) {
        const indicator = indicators[i % indicators.length]!;
        const detail = await save({ indicatorUid: indicator.uid, kind: 'document', title: `Laporan kegiatan ${i + 1}`, state: 'draf' });
        const item = detail.aspects.flatMap((a) => a.indicators).find((x) => x.uid === indicator.uid)!.items.find((t) => t.title === `Laporan kegiatan ${i + 1}`)!;
        const bytes = await documentPdf(i + 1, 20, true);
        const staged = await core.runtime.files.stage(`laporan-${i + 1}.pdf`, Readable.from([bytes]), bytes.length);
        await call('documents.attach', { entity: 'award_evidence', entityUid: item.uid, fileToken: staged.token });
      }
    });
    console.log(`  ${documents} PDFs of 20 pages attached through the documents store in ${fmt(attached.ms)} (not counted)`);
    const approved = await timeIt(() => call('award.approve', { cycleUid: cycle.uid, snapshotUid: snapshot.uid }));
    console.log(`  the head's approval (every table frozen)                 ${fmt(approved.ms)}`);
    void job;
    return cycle.uid;
  } finally {
    core.database.close();
  }
}

{
  const dir = mkdtempSync(join(tmpdir(), 'lindung-bench-award-app-'));
  try {
    console.log(`\nParitrana package through the app (${people.toLocaleString('en')} people, ${documents} PDFs of 20 pages), ${runs} package jobs:`);
    const cycleUid = await prepare(dir);
    // The jobs run in a process of their own, from core bundled as the app ships it.
    const app = await bundleForBench('bench/award-runs.ts');
    let output: string;
    try {
      output = execFileSync(process.execPath, [app.entry, dir, cycleUid, app.folder, migrationsFolder], { encoding: 'utf8' });
    } finally {
      app.remove();
    }
    const result = JSON.parse(output) as {
      times: number[];
      stallMs: number;
      baseRss: number;
      startPeakRss: number;
      exactPeak: boolean;
      jobPeakRss: number;
      afterRss: number[];
      jobPeaks: number[];
      peakRss: number;
      files: number;
      bytes: number;
      identical: boolean;
    };
    const time = summarise(result.times);
    console.log(`  package job median ${fmt(time.median).padStart(9)}   (runs: ${result.times.map((t) => fmt(t)).join(', ')})   target < 10 s`);
    console.log(`  the app's longest event-loop stall while the jobs ran ${fmt(result.stallMs)}`);
    console.log(`  peak RSS while the jobs ran ${mb(result.jobPeakRss).padStart(9)} (${result.exactPeak ? "the kernel's high-water mark" : 'sampled every 10 ms'})   target < 400 MB; the app before the first job ${mb(result.baseRss)}, so the job adds ${mb(result.jobPeakRss - result.baseRss)}`);
    if (result.jobPeaks.length) console.log(`  each job's own peak RSS: ${result.jobPeaks.map((b) => mb(b)).join(', ')}`);
    console.log(`  RSS after each job: ${result.afterRss.map((b) => mb(b)).join(', ')}; the process's lifetime peak ${mb(result.peakRss)} (its peak while it started, before any job: ${mb(result.startPeakRss)})`);
    console.log(`  package: ${result.files} files, ${mb(result.bytes)}; the ${runs} packages ${result.identical ? 'byte-identical' : 'DIFFER'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
