import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { openSqlite, type Sqlite } from '../../../db/open.ts';
import { stmt } from '../../../db/statements.ts';
import type { DuplicateScanResult } from '../../api/duplicates.ts';
import type { JobState } from '../../api/jobs.ts';
import { writeAudited } from '../../audit/write.ts';
import type { ServiceContext } from '../../context.ts';
import { CancelledError, type JobHandle } from '../../jobs/job-registry.ts';
import { findCandidates, searchSteps, type FoundPair } from './candidate-search.ts';
import { nameCore } from './name-core.ts';
import { ScanPeopleBuilder, type ScanPeople } from './scan-people.ts';

// "Cari duplikat": a job that reads every active person on a read-only connection of its own
// (the app keeps writing meanwhile; an in-memory test database is read on its one connection),
// finds the probable duplicates (candidate-search.ts), and only then takes the write gate for
// one short transaction: the open pairs of the last scan replaced by these, less the pairs a
// reviewer said are two people. Progress: reading people, then the comparison steps.

/** A read-only connection to the same file, or null for an in-memory database. */
function ownReader(sqlite: Sqlite): Sqlite | null {
  if (sqlite.memory || !sqlite.name || sqlite.name === ':memory:') return null;
  const reader = openSqlite(sqlite.name, { readonly: true, skipQuickCheck: true });
  // One pass over the table reads each page once: a small page cache does (8 MB, not 64).
  reader.pragma('cache_size = -8192');
  return reader;
}

type Row = [number, string, string, string | null, string | null, string | null];

async function readPeople(sqlite: Sqlite, job: JobHandle): Promise<ScanPeople> {
  const total = stmt(sqlite, "SELECT count(*) FROM person WHERE record_status = 'aktif'").pluck().get() as number;
  const builder = new ScanPeopleBuilder(total);
  job.progress('read', 0, total);
  const rows = stmt(sqlite, "SELECT id, nik, name, birth_date, kecamatan_code, desa_code FROM person WHERE record_status = 'aktif'").raw(true);
  let n = 0;
  // Given names repeat (thousands of "Sudarsana"): one string each, not one per person.
  const names = new Map<string, string>();
  for (const [id, nik, name, birth, kecamatan, desa] of rows.iterate() as Iterable<Row>) {
    const core = nameCore(name);
    let kept = names.get(core);
    if (kept === undefined) names.set(core, (kept = core));
    builder.add(id, nik, kept, birth, kecamatan, desa);
    // Every 20,000 people other calls get their turn (a cancel among them).
    if (++n % 20_000 === 0) {
      job.progress('read', n, total);
      await yieldToLoop();
      if (job.signal.aborted) throw new CancelledError();
    }
  }
  return builder.people;
}

/** Finds the pairs on `sqlite` (reading only). */
export async function scanForDuplicates(sqlite: Sqlite, job: JobHandle): Promise<{ people: number; pairs: FoundPair[] }> {
  const people = await readPeople(sqlite, job);
  const pairs = await findCandidates(people, {
    pause: async (step) => {
      job.progress('compare', step, searchSteps);
      await yieldToLoop();
      if (job.signal.aborted) throw new CancelledError();
    },
  });
  return { people: people.count, pairs };
}

/** Stores a scan's pairs: the open ones of the last scan go; remembered "different" pairs are left out. */
export function storeScan(ctx: ServiceContext, scan: { people: number; pairs: FoundPair[] }, ms: number): DuplicateScanResult {
  return writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    ctx.sqlite.prepare("DELETE FROM duplicate_candidate WHERE state = 'open'").run();
    const decided = new Set(
      (ctx.sqlite
        .prepare('SELECT a.id AS x, b.id AS y FROM duplicate_decision d JOIN person a ON a.uid = d.person_a_uid JOIN person b ON b.uid = d.person_b_uid')
        .all() as { x: number; y: number }[]).map(({ x, y }) => (x < y ? `${x}:${y}` : `${y}:${x}`)),
    );
    // A pair decided before (merged and not undone, or different) keeps its row: OR IGNORE.
    const insert = stmt(ctx.sqlite, 'INSERT OR IGNORE INTO duplicate_candidate (person_a_id, person_b_id, kind, score, evidence, found_at) VALUES (?, ?, ?, ?, ?, ?)');
    let stored = 0;
    let remembered = 0;
    for (const p of scan.pairs) {
      if (decided.has(`${p.a}:${p.b}`)) {
        remembered += 1;
        continue;
      }
      stored += insert.run(p.a, p.b, p.kind, p.score, JSON.stringify(p.evidence), now).changes;
    }
    const result: DuplicateScanResult = { people: scan.people, pairs: stored, remembered, ms: Math.round(ms) };
    audit({ action: 'scan', entity: 'duplicate_candidate', entityUid: null, label: 'Pemindaian duplikat pekerja', before: null, after: { ...result } });
    return result;
  });
}

export function startDuplicateScan(ctx: ServiceContext): JobState {
  return ctx.runtime.jobs.start('duplicates.scan', async (job) => {
    const started = performance.now();
    const reader = ownReader(ctx.sqlite);
    let scan;
    try {
      scan = await scanForDuplicates(reader ?? ctx.sqlite, job);
    } finally {
      reader?.close();
    }
    job.progress('store', 0, scan.pairs.length);
    // The write waits at the gate like any other call: never inside a long import's transaction.
    const result = await ctx.runtime.gate.run(() => storeScan(ctx, scan, performance.now() - started));
    return { result };
  });
}
