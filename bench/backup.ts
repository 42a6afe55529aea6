// A backup and a restore of a database with a million people (issue 12): how long each takes,
// the longest event-loop stall of the thread that serves the screens meanwhile, and the floor
// beside it: copying the same file with the operating system (what any backup must at least
// read and write). People, each with a participation period, and 50,000 employers are written
// by SQL (not an import: bench/million.ts measures that). Prints figures; asserts nothing;
// removes what it writes. BENCH_BACKUP_ROWS sets the number of people.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BackupResult, RestoreResult } from '../core/api/backups.ts';
import type { JobState } from '../core/api/jobs.ts';
import { newSession } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';

const rows = Number(process.env.BENCH_BACKUP_ROWS ?? 1_000_000);
// The bench acts as the first administrator of its fresh data folder.
const actor = newSession();
const dir = mkdtempSync(join(tmpdir(), 'lindung-backup-bench-'));
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

try {
  const core = startCore({ dataDir: dir, version: 'bench', host: 'cli', backgroundCheckpoints: true });
  await core.router.call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' }, actor);
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = await core.router.call(channel, input, actor);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };
  const seedStart = performance.now();
  core.database.sqlite.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
    INSERT INTO employer (uid, name, name_fold, nib, npwp, npp, kecamatan_code, address, bpjs_status, workers_total, workers_male, workers_female, created_at, updated_at)
    SELECT 'bench-' || i, 'CV Usaha Dalung ' || i, 'cv usaha dalung ' || i, 9120000000000 + i, printf('01.%03d.%03d.%d-%03d.000', i % 1000, i % 997, i % 10, i % 991),
      'NN' || (100000 + i), '51.03.06', 'Jl. Raya Dalung No. ' || (i % 300), 'terdaftar', 20, 12, 8, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
    INSERT INTO person (uid, nik, name, name_fold, sex, birth_date, address, kecamatan_code, desa_code, phone, category, created_at, updated_at)
    SELECT 'person-' || i, printf('510306%02d%02d%02d%04d', 1 + (i / 10000) % 28, 1 + (i / 280000) % 12, 70 + i % 30, i % 10000), 'I Made Bench ' || i, 'i made bench ' || i,
      CASE i % 2 WHEN 0 THEN 'L' ELSE 'P' END, printf('19%02d-%02d-%02d', 70 + i % 30, 1 + i % 12, 1 + i % 28), 'Br. Dalung Kaja No. ' || (i % 300),
      '51.03.06', '51.03.06.2001', '0812' || (10000000 + i), 'petani', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z' FROM n WHERE true
    ON CONFLICT (nik) DO NOTHING;
    INSERT INTO participation_period (uid, person_id, segment, programmes, start_date, funding, source, created_at, updated_at)
    SELECT 'period-' || id, id, 'BPU', '["JKK","JKM"]', '2025-01-01', 'apbd', 'bench', created_at, updated_at FROM person;`);
  console.log(`seeded ${(core.database.sqlite.prepare('SELECT count(*) FROM person').pluck().get() as number).toLocaleString('en')} people with a period each and 50,000 employers in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; database ${mb(statSync(core.database.file).size)}`);

  const waitJob = async (job: JobState) => {
    for (;;) {
      const state = await call<JobState>('jobs.get', { jobId: job.id });
      if (state.status !== 'running') return state;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const measured = async <T>(work: () => Promise<T>) => {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const start = performance.now();
    const value = await work();
    const ms = performance.now() - start;
    loop.disable();
    return { value, ms, stallMs: loop.max / 1e6 };
  };

  // The same wait with nothing running: what this machine's load alone costs the event loop.
  const idle = await measured(() => new Promise((resolve) => setTimeout(resolve, 4_000)));
  console.log(`idle for 4 s (baseline): longest event-loop stall ${idle.stallMs.toFixed(0)} ms`);
  const backup = await measured(async () => waitJob(await call<JobState>('backups.create')));
  const result = backup.value.result as BackupResult;
  console.log(`backup: ${(backup.ms / 1000).toFixed(1)} s, ${mb(result.backup.sizeBytes)}, longest event-loop stall ${backup.stallMs.toFixed(0)} ms (status ${backup.value.status})`);
  // The floor: the operating system copying the same (checkpointed) file, nothing else.
  core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const copyStart = performance.now();
  copyFileSync(core.database.file, join(dir, 'copy-floor.db'));
  const copyMs = performance.now() - copyStart;
  rmSync(join(dir, 'copy-floor.db'));
  console.log(`  floor: a plain file copy of the database ${(copyMs / 1000).toFixed(1)} s (backup ${(backup.ms / copyMs).toFixed(1)}× that: a consistent, checksummed copy with a manifest)`);

  const restore = await measured(() => call<RestoreResult>('backups.restore', { file: result.backup.file, confirm: 'PULIHKAN' }));
  console.log(`restore (a safety backup first, then the swap): ${(restore.ms / 1000).toFixed(1)} s, longest event-loop stall ${restore.stallMs.toFixed(0)} ms`);
  core.database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
