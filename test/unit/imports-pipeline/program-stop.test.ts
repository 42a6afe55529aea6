import { describe, expect, it } from 'vitest';
import { newSqlite } from '../../../db/sqlite-driver.ts';
import { ProgramStopped, runProgram, type WriteProgram } from '../../../db/write-program.ts';

// A cancel is honoured at every step of a write program, not only between chunks of rows: an
// index rebuild after the rows is one long statement, and a cancel asked while it runs must still
// roll everything back (a CI run saw a cancelled 150,000-row save go through).

function table() {
  const sqlite = newSqlite(':memory:');
  sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE log (step TEXT)');
  return sqlite;
}
const program: WriteProgram = {
  params: {},
  chunkRows: 10,
  steps: [
    { kind: 'once', sql: "INSERT INTO log VALUES ('first')", plain: true },
    { kind: 'once', sql: "INSERT INTO t (v) SELECT 'x' FROM (SELECT 1 UNION ALL SELECT 2)", plain: true },
    { kind: 'once', sql: "INSERT INTO log VALUES ('last')", plain: true },
  ],
};
const rows = (sqlite: ReturnType<typeof newSqlite>) => sqlite.prepare('SELECT (SELECT count(*) FROM t) + (SELECT count(*) FROM log)').pluck().get();

describe('a write program stopped between its single statements', () => {
  it('rolls back when the stop comes after the first statement', async () => {
    const sqlite = table();
    let asked = 0;
    const hooks = { progress: () => {}, stopped: () => (asked += 1) > 1, pause: () => undefined };
    await expect(runProgram(sqlite, program, hooks)).rejects.toBeInstanceOf(ProgramStopped);
    expect(rows(sqlite)).toBe(0);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('rolls back when the stop comes after the last statement, before the COMMIT', async () => {
    const sqlite = table();
    const steps = program.steps.length;
    let asked = 0;
    const hooks = { progress: () => {}, stopped: () => (asked += 1) > steps, pause: () => undefined };
    await expect(runProgram(sqlite, program, hooks)).rejects.toBeInstanceOf(ProgramStopped);
    expect(asked).toBe(steps + 1);
    expect(rows(sqlite)).toBe(0);
  });

  it('writes everything when no stop is asked', async () => {
    const sqlite = table();
    await runProgram(sqlite, program, { progress: () => {}, stopped: () => false, pause: () => undefined });
    expect(rows(sqlite)).toBe(4);
  });
});
