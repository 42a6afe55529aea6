// The duplicate scan of the worker register over a million people (issue 13: the whole scan
// under a minute): demo people (core/workers/demo-workers.ts: Balinese and other names, valid
// NIKs, a desa spread, near-duplicates) written by SQL in one transaction, then the scan job
// through the router as the review page starts it, timed from start to stored pairs. Prints
// the median of BENCH_DUPLICATES_RUNS runs and the peak RSS of the scanning process (the people
// are written by a process of its own) next to the targets; asserts nothing; removes what it
// writes. BENCH_DUPLICATES_ROWS sets the number of people.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuplicateScanResult } from '../core/api/duplicates.ts';
import type { JobState } from '../core/api/jobs.ts';
import { newSession } from '../core/accounts/session.ts';
import type { ServiceContext } from '../core/context.ts';
import { startCore } from '../core/host.ts';
import { demoWorkerArea } from '../core/workers/demo-service.ts';
import { demoWorkers } from '../core/workers/demo-workers.ts';
import { fmt, mb, summarise } from './stats.ts';

const rows = Number(process.env.BENCH_DUPLICATES_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_DUPLICATES_RUNS ?? 3);
const admin = { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' };

/** A fresh data folder with the office set up and `rows` demo people (run in a process of its own: its memory is not the scan's). */
async function seed(dir: string) {
  const actor = newSession();
  const core = startCore({ dataDir: dir, version: 'bench', host: 'cli', backgroundCheckpoints: true });
  await core.router.call('auth.createFirstAdmin', admin, actor);
  await core.router.call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, actor);
  // The demo generator's people, straight into the table (the import pipeline is measured in
  // bench/million.ts): regions by code, sex and birth date read from the NIK as a save does.
  const sqlite = core.database.sqlite;
  const seedStart = performance.now();
  const area = demoWorkerArea({ sqlite } as ServiceContext, '51.03');
  const kecamatanCode = new Map(area.kecamatan.map((k) => [k.name, k.code]));
  const desaCode = new Map(area.kecamatan.flatMap((k) => k.desa.map((d) => [`${k.name}|${d.name}`, d.code] as const)));
  const insert = sqlite.prepare(
    `INSERT OR IGNORE INTO person (uid, nik, name, name_fold, sex, birth_date, address, kecamatan_code, desa_code, phone, created_at, updated_at)
     VALUES (new_uid(), ?, ?, fold(?), ?, ?, ?, ?, ?, ?, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')`,
  );
  sqlite.transaction(() => {
    for (const p of demoWorkers(area, rows, '2026-12-01')) {
      const nik = p.nik.replace(/\D/g, '').slice(0, 16);
      const day = Number(nik.slice(6, 8));
      const yy = Number(nik.slice(10, 12));
      const birth = `${yy > 26 ? 1900 + yy : 2000 + yy}-${nik.slice(8, 10)}-${String(day > 40 ? day - 40 : day).padStart(2, '0')}`;
      insert.run(nik, p.name, p.name, day > 40 ? 'P' : 'L', birth, p.address, kecamatanCode.get(p.kecamatan) ?? null, desaCode.get(`${p.kecamatan}|${p.desa}`) ?? null, p.phone);
    }
  })();
  const people = sqlite.prepare('SELECT count(*) FROM person').pluck().get() as number;
  console.log(`seeded ${people.toLocaleString('en')} demo people in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (in a process of its own)`);
  core.database.close();
}

if (process.argv[2] === '--seed') {
  await seed(process.argv[3]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-duplicates-bench-'));
  try {
    execFileSync(process.execPath, [import.meta.filename, '--seed', dir], { stdio: 'inherit', env: process.env });
    const actor = newSession();
    const core = startCore({ dataDir: dir, version: 'bench', host: 'cli', backgroundCheckpoints: true });
    const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
      const r = await core.router.call(channel, input, actor);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.data as T;
    };
    await call('auth.signIn', { username: admin.username, password: admin.password });
    const waitJob = async (job: JobState) => {
      for (;;) {
        const state = await call<JobState>('jobs.get', { jobId: job.id });
        if (state.status !== 'running') return state;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const rssBefore = process.memoryUsage().rss;
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const times: number[] = [];
    let last: DuplicateScanResult | null = null;
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const done = await waitJob(await call<JobState>('duplicates.scan'));
      if (done.status !== 'done') throw new Error(`scan ${done.status}: ${JSON.stringify(done.error)}`);
      times.push(performance.now() - start);
      last = done.result as DuplicateScanResult;
    }
    const kinds = core.database.sqlite.prepare("SELECT kind, count(*) AS n FROM duplicate_candidate WHERE state = 'open' GROUP BY kind ORDER BY kind").all() as { kind: string; n: number }[];
    console.log(`duplicate scan over ${last!.people.toLocaleString('en')} active people, median of ${runs}: ${fmt(summarise(times).median)}   (target < 60 s; runs ${times.map((t) => fmt(t)).join(', ')})`);
    console.log(`  ${last!.pairs.toLocaleString('en')} pairs to review (${kinds.map((k) => `${k.kind} ${k.n}`).join(', ')})`);
    console.log(`  RSS ${mb(rssBefore)} before the scans (the app with the database open; its peak so far ${mb(peakBefore)}: opening checks the file), peak ${mb(process.resourceUsage().maxRSS * 1024)} (target < 512 MB)`);
    core.database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
