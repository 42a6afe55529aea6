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
import { startCore } from '../core/host.ts';
import { fmt, summarise, timeIt } from './stats.ts';

const rows = Number(process.env.BENCH_ENCRYPTION_ROWS ?? 100_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
const actor = { id: 'bench', name: 'Bench' };
const passphrase = 'bench passphrase, not a secret';

interface Figures {
  importMs: number;
  cold: number;
  warm: number;
  bytes: number;
}

async function measure(encrypted: boolean): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), `lindung-bench-${encrypted ? 'enc' : 'plain'}-`));
  try {
    if (encrypted) turnOnEncryption(dir, { passphrase }); // before the first open: created encrypted
    const { database, router } = startCore({ dataDir: dir, version: 'bench', host: 'cli', warm: true, backgroundCheckpoints: true, keys: { passphrase } });
    try {
      const call = async <T>(channel: string, input: unknown): Promise<T> => {
        const r = await router.call(channel, input, actor);
        if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
        return r.data as T;
      };
      const waitJob = async (job: JobState): Promise<JobState> => {
        for (;;) {
          const state = await call<JobState>('jobs.get', { jobId: job.id });
          if (state.status !== 'running') return state;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      };
      await call('setup.complete', { officeName: 'Bench Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
      const imported = await timeIt(async () => waitJob(await call<JobState>('employers.demo', { count: rows })));
      if (imported.value.status !== 'done') throw new Error(`import ${imported.value.status}: ${JSON.stringify(imported.value.error)}`);
      const filter = (min: number) => ({ bpjsStatus: { filterType: 'set', values: ['terdaftar', 'pwbd', 'pds_tk'] }, workersTotal: { filterType: 'number', type: 'greaterThanOrEqual', filter: min } });
      const page = (startRow: number, min: number) => timeIt(() => call('registers.list', { register: 'employer', startRow, endRow: startRow + 100, sortModel: [{ colId: 'name', sort: 'asc' }], filterModel: filter(min) }));
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < iterations; i += 1) cold.push((await page(0, 2 + i)).ms); // a new query each time
      for (let i = 0; i < iterations; i += 1) warm.push((await page(100 * (i + 1), 2)).ms);
      const bytes = database.sqlite.prepare('SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()').pluck().get() as number;
      return { importMs: imported.ms, cold: summarise(cold).median, warm: summarise(warm).median, bytes };
    } finally {
      database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const plain = await measure(false);
const encrypted = await measure(true);
const line = (label: string, a: number, b: number) => {
  const ratio = b / a;
  console.log(`  ${label.padEnd(34)} plain ${fmt(a).padStart(9)}  encrypted ${fmt(b).padStart(9)}  ${ratio.toFixed(2)}×  (target < 1.30×${ratio < 1.3 ? '' : ' — over'})`);
};
console.log(`\nencryption at rest (ChaCha20-Poly1305, SQLite3 Multiple Ciphers), ${rows.toLocaleString('en')} employers:`);
line(`import of ${rows.toLocaleString('en')} rows`, plain.importMs, encrypted.importMs);
line('grid page, cold (median)', plain.cold, encrypted.cold);
line('grid page, warm (median)', plain.warm, encrypted.warm);
