import { databaseKeyFor } from './database-key.ts';
import type { Sqlite } from './sqlite-connection.ts';
import { stmt } from './statements.ts';

// A long write as data: the statements of an import's commit, an undo or a bulk change, in
// order, some repeated over chunks of rows. Written this way, the same program runs on a worker
// thread's own connection (write-worker.ts: the thread that serves the screens never waits for
// a statement or the COMMIT) or, where no worker can open the database (an in-memory one in
// tests), on the caller's connection with pauses between chunks. SQL only: no register code.

export type Params = Record<string, unknown>;

/** One statement: its changes added to a counter, or its single value bound as a parameter for what follows. */
export interface ProgramStatement {
  sql: string;
  /** Add the statement's changes to this counter. */
  count?: string;
  /** Run it as a query and keep its one value as this parameter (e.g. the last id before an insert). */
  bind?: string;
  /** It takes no parameters (schema statements). */
  plain?: boolean;
  /**
   * The page cache while it runs, MB, the connection's own put back after: a statement that sorts
   * (an index built anew) sorts in runs of the cache's size, and smaller runs sort faster.
   */
  cacheMib?: number;
}

export type ProgramStep =
  | ({ kind: 'once' } & ProgramStatement)
  /** Repeats `statements` for each chunk: `next` gives the chunk's upper key after @after (null: done); they see @lo and @hi. */
  | { kind: 'chunks'; next: string; statements: ProgramStatement[]; phase: string; total: number | null; weight?: 'rows' | 'chunks' };

export interface WriteProgram {
  /** Databases to ATTACH before the transaction (the dry run's scratch file). */
  attach?: { alias: string; path: string }[];
  /** SQL run before the transaction (temporary tables). */
  before?: string;
  params: Params;
  steps: ProgramStep[];
  /** Rows to return after the steps, each a query run inside the transaction. */
  results?: Record<string, string>;
  /** Rows per chunk (as @n in `next`). */
  chunkRows: number;
  /** Copy the write-ahead log back and shrink it after the COMMIT (a big write). */
  checkpoint?: boolean;
  /** The write worker's page cache, MB (default 16): more only where a write is big enough to earn it. */
  cacheMib?: number;
  /**
   * Checked first, under the write lock: the query's value must still be `expect` (e.g. the
   * newest audit row the dry run saw: any write since, by any program, changes it).
   */
  guard?: { sql: string; expect: unknown };
}

export interface ProgramOutcome {
  counts: Record<string, number>;
  results: Record<string, unknown>;
}

export interface ProgramHooks {
  progress(phase: string, done: number, total: number | null): void;
  /** True once the caller asked to stop: the program throws and rolls back. */
  stopped(): boolean;
  /** Between chunks: lets the caller's event loop run (a no-op on a worker). */
  pause(): Promise<void> | void;
}

export class ProgramStopped extends Error {
  override name = 'ProgramStopped';
}

/** The guard failed: the database changed since the program was made. Nothing was written. */
export class ProgramGuardFailed extends Error {
  override name = 'ProgramGuardFailed';
}

/**
 * Runs the steps inside a transaction the caller has begun on `sqlite` (attachments and
 * `before` done). Throws ProgramStopped when the hooks say stop; the caller rolls back.
 */
export async function runSteps(sqlite: Sqlite, program: WriteProgram, hooks: ProgramHooks): Promise<ProgramOutcome> {
  const counts: Record<string, number> = {};
  // Every counter starts at 0, as a parameter too.
  for (const step of program.steps) for (const s of step.kind === 'once' ? [step] : step.statements) if (s.count) counts[s.count] = 0;
  const params: Params = { ...program.params, ...counts, n: program.chunkRows };
  const apply = (statement: ProgramStatement) => {
    if (statement.cacheMib === undefined) return run(statement);
    const cache = sqlite.pragma('cache_size', { simple: true }) as number;
    sqlite.pragma(`cache_size = -${Math.round(statement.cacheMib * 1024)}`);
    try {
      run(statement);
    } finally {
      sqlite.pragma(`cache_size = ${cache}`);
    }
  };
  const run = (statement: ProgramStatement) => {
    const prepared = stmt(sqlite, statement.sql);
    if (statement.bind) params[statement.bind] = prepared.pluck().get(params);
    else {
      const { changes } = statement.plain ? prepared.run() : prepared.run(params);
      if (statement.count) {
        counts[statement.count] = (counts[statement.count] ?? 0) + changes;
        params[statement.count] = counts[statement.count]; // later statements may say it (an audit row's counts)
      }
    }
  };
  for (const step of program.steps) {
    // Checked before every step, not only between chunks: an index rebuild after the rows is a
    // long single statement, and a cancel asked before it must still roll back.
    if (hooks.stopped()) throw new ProgramStopped();
    if (step.kind === 'once') {
      apply(step);
      continue;
    }
    let after = 0;
    let done = 0;
    for (;;) {
      if (hooks.stopped()) throw new ProgramStopped();
      const hi = stmt(sqlite, step.next).pluck().get({ ...params, after }) as number | null;
      if (hi === null) break;
      params.lo = after + 1;
      params.hi = hi;
      for (const statement of step.statements) apply(statement);
      done = step.total === null ? done + 1 : Math.min(step.total, done + program.chunkRows);
      hooks.progress(step.phase, done, step.total);
      after = hi;
      await hooks.pause();
    }
  }
  const results: Record<string, unknown> = {};
  for (const [name, sql] of Object.entries(program.results ?? {})) results[name] = stmt(sqlite, sql).get(params) ?? null;
  return { counts, results };
}

/** The whole program on `sqlite`: attach, begin, steps, commit (or roll back on any failure), detach. */
export async function runProgram(sqlite: Sqlite, program: WriteProgram, hooks: ProgramHooks): Promise<ProgramOutcome> {
  // KEY always: without it an attached file takes the main database's key. '' is a plain file.
  for (const { alias, path } of program.attach ?? []) stmt(sqlite, `ATTACH DATABASE ? AS ${alias} KEY ?`).run(path, databaseKeyFor(path) ?? '');
  try {
    for (const { alias } of program.attach ?? []) sqlite.pragma(`${alias}.journal_mode = MEMORY`);
    if (program.before) sqlite.exec(program.before);
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      if (program.guard && stmt(sqlite, program.guard.sql).pluck().get() !== program.guard.expect) throw new ProgramGuardFailed('the database changed since the program was made');
      const outcome = await runSteps(sqlite, program, hooks);
      if (hooks.stopped()) throw new ProgramStopped(); // the last moment a cancel can still change nothing
      sqlite.exec('COMMIT');
      return outcome;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    for (const { alias } of program.attach ?? []) sqlite.exec(`DETACH DATABASE ${alias}`);
  }
}
