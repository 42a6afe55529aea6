import { describe, expect, it } from 'vitest';
import { newSqlite } from '../../../db/sqlite-driver.ts';
import { runProgram, type WriteProgram } from '../../../db/write-program.ts';

// A statement of a write program may run with its own page cache (an index built anew sorts in
// runs of the cache's size: smaller runs sort faster), and the connection's own is put back
// after it, even when it fails: a program run on the screens' connection must not leave it changed.

const cacheKib = (sqlite: ReturnType<typeof newSqlite>) => sqlite.pragma('cache_size', { simple: true });
const hooks = { progress: () => {}, stopped: () => false, pause: () => undefined };

describe("a write program's statement with its own page cache", () => {
  it('runs with that cache, and the connection has its own back after it', async () => {
    const sqlite = newSqlite(':memory:');
    sqlite.pragma('cache_size = -65536');
    const program: WriteProgram = {
      params: {},
      chunkRows: 10,
      steps: [
        { kind: 'once', sql: 'SELECT cache_size FROM pragma_cache_size()', bind: 'during', cacheMib: 16 },
        { kind: 'once', sql: 'SELECT cache_size FROM pragma_cache_size()', bind: 'after' },
      ],
      results: { caches: 'SELECT @during AS during, @after AS after' },
    };
    const outcome = await runProgram(sqlite, program, hooks);
    expect(outcome.results.caches).toEqual({ during: -16384, after: -65536 });
    expect(cacheKib(sqlite)).toBe(-65536);
  });

  it('puts the cache back when the statement fails', async () => {
    const sqlite = newSqlite(':memory:');
    sqlite.pragma('cache_size = -65536');
    const program: WriteProgram = { params: {}, chunkRows: 10, steps: [{ kind: 'once', sql: 'CREATE INDEX i ON no_such_table (x)', plain: true, cacheMib: 16 }] };
    await expect(runProgram(sqlite, program, hooks)).rejects.toThrow(/no such table/);
    expect(cacheKib(sqlite)).toBe(-65536);
  });
});
