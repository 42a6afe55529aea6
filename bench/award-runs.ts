// The child of bench/award.ts, run from core bundled as the app ships it (bench/app-bundle.ts):
// the package job of the approved cycle, BENCH_AWARD_RUNS times, in a fresh process whose memory
// is its own. Prints one line of JSON: the times, the longest event-loop stall, the app's RSS
// before the first job and the highest before it (the start), the highest RSS sampled while the
// jobs ran (every 10 ms), each job's own peak, the RSS after each job (flat if a package leaves
// nothing behind), and the process's lifetime peak.
// Usage: node <bundle>/bench-entry.js <dataDir> <cycleUid> <workersFolder> <migrationsFolder>
import { readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { PackageBuilt } from '../core/api/award.ts';
import type { JobState } from '../core/api/jobs.ts';
import { routerCalls } from './router-calls.ts';
import { newSession } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';
import { useBuiltWorkers } from '../db/worker-code.ts';

const [dir, cycleUid, workersFolder, migrationsFolder] = process.argv.slice(2) as [string, string, string, string];
const runs = Number(process.env.BENCH_AWARD_RUNS ?? 5);
useBuiltWorkers(pathToFileURL(`${workersFolder}/`));

/** The process's resident memory now (it counts every thread's). */
const rssNow = () => process.memoryUsage().rss;

/**
 * Linux keeps the process's high-water mark of resident memory (VmHWM) and resets it on request
 * (clear_refs 5): the jobs' exact peak, not only what a 10 ms sampler happens to see, and not the
 * start's, which opens and catches up a database of 300,000 people. Null elsewhere.
 */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
const peakSinceReset = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;

const core = startCore({ dataDir: dir, migrationsFolder, version: 'bench', host: 'cli', backgroundCheckpoints: true });
const session = newSession();
const { call, finished: job } = routerCalls(core.router, session);

try {
  await call('auth.signIn', { username: 'bench', password: 'sandi-ukur-kinerja' });
  const baseRss = rssNow();
  const startPeakRss = process.resourceUsage().maxRSS * 1024; // the start's own peak (opening, catching up)
  const exactPeak = resetPeak();
  let jobPeakRss = baseRss;
  const sampler = setInterval(() => (jobPeakRss = Math.max(jobPeakRss, rssNow())), 10);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const times: number[] = [];
  const afterRss: number[] = [];
  /** Each job's own peak (the high-water mark reset before it): a peak that climbs job after job is memory a job leaves behind. */
  const jobPeaks: number[] = [];
  const hashes = new Set<string>();
  let built: PackageBuilt | null = null;
  for (let i = 0; i < runs; i++) {
    if (exactPeak) resetPeak();
    const started = performance.now();
    built = (await job(await call<JobState>('award.package', { uid: cycleUid }))).result as PackageBuilt;
    times.push(performance.now() - started);
    hashes.add(built.sha256);
    core.runtime.files.discardOutgoing(built.token);
    afterRss.push(rssNow());
    if (exactPeak) jobPeaks.push(peakSinceReset());
  }
  clearInterval(sampler);
  loop.disable();
  jobPeakRss = Math.max(jobPeakRss, ...jobPeaks);
  console.log(JSON.stringify({ times, stallMs: loop.max / 1e6, baseRss, startPeakRss, jobPeakRss, exactPeak, afterRss, jobPeaks, peakRss: process.resourceUsage().maxRSS * 1024, files: built?.files, bytes: built?.bytes, identical: hashes.size === 1 }));
} finally {
  core.database.close();
}
