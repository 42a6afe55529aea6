// An import alone, for iterating on the pipeline (bench/million.ts measures it with everything
// around it): one CSV of a register's demo rows, written once (into a folder kept between runs when one is named),
// dry-run and committed; prints both times, peak RSS by 50 ms samples and the longest stalls.
// Usage: import-only.ts <employer|worker> <rows> [<folder to keep the file in>] [--no-commit] [--xlsx]
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Inspection } from '../core/api/imports.ts';
import type { JobState } from '../core/api/jobs.ts';
import { newSession } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';
import { asShipped } from './bundled-run.ts';
import { millionProfiles } from './million-registers.ts';
import { routerCalls } from './router-calls.ts';
import { fmt, mb } from './stats.ts';

const [register = 'employer', rowsArg = '200000', keptFiles] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rows = Number(rowsArg);
const profile = millionProfiles[register as keyof typeof millionProfiles];
const shipped = asShipped();
const actor = newSession();
const dir = mkdtempSync(join(tmpdir(), 'lindung-import-only-'));
try {
  const { database, runtime, router } = startCore({ dataDir: join(dir, 'data'), ...shipped.core, version: 'bench', host: 'cli', warm: true, backgroundCheckpoints: true });
  await router.call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' }, actor);
  const { call, finished: waitJob } = routerCalls(router, actor, 20);
  await call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
  process.env.BENCH_AUDIT_ROWS ??= '0';
  const npps = await profile.prepare(call, database.sqlite, waitJob as (job: never) => Promise<unknown>);
  // Kept only in a folder the caller names (to iterate); else removed with the rest.
  // --xlsx: the rows as an XLSX (the CSV then holds ten), else as a CSV.
  const asXlsx = process.argv.includes('--xlsx');
  const csv = join(keptFiles ?? dir, `${profile.noun}-${asXlsx ? 10 : rows}.csv`);
  const xlsx = join(keptFiles ?? dir, `${profile.noun}-${asXlsx ? rows : 10}.xlsx`);
  const file = asXlsx ? xlsx : csv;
  if (!existsSync(file)) {
    const nppsFile = join(dir, 'npps.txt');
    writeFileSync(nppsFile, npps.join('\n'));
    execFileSync(process.execPath, [join(shipped.benchFolder, 'million-files.ts'), register, xlsx, String(asXlsx ? rows : 10), csv, String(asXlsx ? 10 : rows), nppsFile], { stdio: 'inherit' });
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage().rss;
  // What the process holds before the import (RssAnon is heaps and SQLite's caches; RssFile the code mapped in).
  const status = readFileSync('/proc/self/status', 'utf8');
  const kernel = ['RssAnon', 'RssFile', 'Threads'].map((k) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(status)?.[1]?.replace(/\s+/g, ' ') ?? '?');
  console.log(`  ${shipped.how}`);
  console.log(`  at the start: ${Object.entries(process.memoryUsage()).map(([k, v]) => `${k} ${mb(v)}`).join(', ')}; anon ${kernel[0]}, file ${kernel[1]}, threads ${kernel[2]}`);
  let peak = startRss;
  let atPeak = '';
  const sampler = setInterval(() => {
    const u = process.memoryUsage();
    if (u.rss > peak) {
      peak = u.rss;
      atPeak = `heapTotal ${mb(u.heapTotal)} heapUsed ${mb(u.heapUsed)} external ${mb(u.external)} buffers ${mb(u.arrayBuffers)}`;
    }
  }, 50);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const staged = await runtime.files.stage(file.split('/').pop()!, createReadStream(file), 4_000_000_000);
  const inspection = await call<Inspection>('imports.inspect', { register, fileToken: staged.token });
  const dry = await waitJob(await call<JobState>('imports.dryRun', { register, fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping }));
  const t1 = performance.now();
  const dryStall = loop.max / 1e6;
  const dryPeak = peak;
  loop.reset();
  const commit = process.argv.includes('--no-commit') ? null : await waitJob(await call<JobState>('imports.commit', { jobId: dry.id }));
  const t2 = performance.now();
  clearInterval(sampler);
  loop.disable();
  const took = (j: JobState) => Date.parse(j.finishedAt ?? '') - Date.parse(j.startedAt);
  const summary = (dry.result as { summary: Record<string, number> }).summary;
  console.log(`${register} ${rows.toLocaleString('en')} rows: total ${fmt(t2 - t0)} (stage+inspect+dry ${fmt(t1 - t0)}, dry job ${fmt(took(dry))}, commit ${commit ? fmt(took(commit)) : 'skipped'}); ${JSON.stringify(summary)}`);
  console.log(`  at the peak: ${atPeak}`);
  console.log(`  RSS start ${mb(startRss)}, peak in dry run ${mb(dryPeak)}, peak ${mb(peak)}; stalls: dry ${fmt(dryStall)}, commit ${fmt(loop.max / 1e6)}`);
  database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
