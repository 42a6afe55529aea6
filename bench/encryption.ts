// The cost of encryption at rest (issue 12): a 100,000-row import (demo data enters through the
// import pipeline as a file does: staged file, dry run, scratch plan, commit in the write worker)
// and grid pages, in a plain data folder and in an encrypted one, side by side with the ratio
// next to the target (under 1.3×). Its own process (run.ts starts it): the database key lives
// in process memory. Nothing asserts; every folder it writes is removed. BENCH_ENCRYPTION=0 skips.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobState } from '../core/api/jobs.ts';
import { turnOnEncryption } from '../core/encryption/unlock.ts';
import { newSession, type Session } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';
import { fmt, summarise, timeIt } from './stats.ts';

const rows = Number(process.env.BENCH_ENCRYPTION_ROWS ?? 100_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
// The bench acts as the first administrator of each fresh data folder (one session per core).
const sessions = new WeakMap<object, Session>();
const passphrase = 'bench passphrase, not a secret';

type Core = ReturnType<typeof startCore>;

/** A data folder with `rows` employers imported; the import's time. The folder stays open. */
async function imported(encrypted: boolean): Promise<{ core: Core; dir: string; importMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), `lindung-bench-${encrypted ? 'enc' : 'plain'}-`));
  if (encrypted) turnOnEncryption(dir, { passphrase }); // before the first open: created encrypted
  const core = startCore({ dataDir: dir, version: 'bench', host: 'cli', warm: true, backgroundCheckpoints: true, keys: { passphrase } });
  const session = newSession();
  sessions.set(core, session);
  await core.router.call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' }, session);
  await call(core, 'setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
  const run = await timeIt(async () => {
    let job = await call<JobState>(core, 'employers.demo', { count: rows });
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      job = await call<JobState>(core, 'jobs.get', { jobId: job.id });
    }
    if (job.status !== 'done') throw new Error(`import ${job.status}: ${JSON.stringify(job.error)}`);
  });
  return { core, dir, importMs: run.ms };
}

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await core.router.call(channel, input, sessions.get(core)!);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.data as T;
}

// The plain import first: the encrypted one turns this process's scratch encryption on.
const plain = await imported(false);
const encrypted = await imported(true);
try {
  // Grid pages taken in turns, plain then encrypted, so the machine's other load falls on both.
  const filter = (min: number) => ({ bpjsStatus: { filterType: 'set', values: ['terdaftar', 'pwbd', 'pds_tk'] }, workersTotal: { filterType: 'number', type: 'greaterThanOrEqual', filter: min } });
  const page = (core: Core, startRow: number, min: number) => timeIt(() => call(core, 'registers.list', { register: 'employer', startRow, endRow: startRow + 100, sortModel: [{ colId: 'name', sort: 'asc' }], filterModel: filter(min) }));
  const times = { plainCold: [] as number[], encCold: [] as number[], plainWarm: [] as number[], encWarm: [] as number[] };
  for (let i = 0; i < iterations; i += 1) {
    times.plainCold.push((await page(plain.core, 0, 2 + i)).ms); // a new query each time
    times.encCold.push((await page(encrypted.core, 0, 2 + i)).ms);
  }
  for (let i = 0; i < iterations; i += 1) {
    times.plainWarm.push((await page(plain.core, 100 * (i + 1), 2)).ms);
    times.encWarm.push((await page(encrypted.core, 100 * (i + 1), 2)).ms);
  }
  const line = (label: string, a: number, b: number) => {
    const ratio = b / a;
    console.log(`  ${label.padEnd(34)} plain ${fmt(a).padStart(9)}  encrypted ${fmt(b).padStart(9)}  ${ratio.toFixed(2)}×  (target < 1.30×${ratio < 1.3 ? '' : ' — over'})`);
  };
  console.log(`\nencryption at rest (AEGIS, SQLite3 Multiple Ciphers), ${rows.toLocaleString('en')} employers:`);
  line(`import of ${rows.toLocaleString('en')} rows`, plain.importMs, encrypted.importMs);
  line('grid page, cold (median)', summarise(times.plainCold).median, summarise(times.encCold).median);
  line('grid page, warm (median)', summarise(times.plainWarm).median, summarise(times.encWarm).median);
} finally {
  for (const side of [plain, encrypted]) {
    side.core.database.close();
    rmSync(side.dir, { recursive: true, force: true });
  }
}
