import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointInBackground } from '../../db/checkpointer.ts';
import { replaceWorkerCode } from '../../db/worker-code.ts';
import { openSqlite, type Sqlite } from '../../db/open.ts';
import { tempDir } from './support/test-db.ts';

// A big COMMIT leaves the copy of the log into the database file to the worker thread; the
// data is there for every connection at once (in the log), and in the file a moment later.

const dirs: { remove(): void }[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

function bigDatabase() {
  const dir = tempDir();
  dirs.push(dir);
  const file = join(dir.path, 'lindung.db');
  const sqlite = openSqlite(file, { skipQuickCheck: true });
  sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
  return { file, sqlite };
}
/** 20,000 rows of 500 bytes in one transaction: some 2,500 pages, past the 1,000 that make a COMMIT checkpoint. */
const writeMany = (sqlite: Sqlite) => {
  const insert = sqlite.prepare('INSERT INTO t (body) VALUES (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < 20_000; i += 1) insert.run(`${i}`.padEnd(500, 'x'));
  })();
};
const fileBytes = (file: string) => statSync(file).size;

async function until(check: () => boolean, timeoutMs = 10_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

describe('background checkpoints', () => {
  it('without them, the big COMMIT itself copies the log into the file', () => {
    const { file, sqlite } = bigDatabase();
    const before = fileBytes(file);
    writeMany(sqlite);
    expect(fileBytes(file)).toBeGreaterThan(before + 5_000_000);
    sqlite.close();
  });

  it('with them, the COMMIT leaves the file alone; the worker copies the log soon after, and the rows are readable throughout', async () => {
    const { file, sqlite } = bigDatabase();
    const checkpointer = checkpointInBackground(sqlite, file, { intervalMs: 100 });
    await checkpointer.ready;
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = fileBytes(file);
    writeMany(sqlite);
    expect(fileBytes(file)).toBeLessThan(before + 1_000_000);
    const reader = openSqlite(file, { readonly: true, skipQuickCheck: true });
    expect(reader.prepare('SELECT count(*) FROM t').pluck().get()).toBe(20_000);
    expect(await until(() => fileBytes(file) > before + 5_000_000)).toBe(true);
    // Everything in the log is in the file: a checkpoint from here finds nothing left to copy.
    const [status] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    expect(status!.checkpointed).toBe(status!.log);
    await checkpointer.close();
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    reader.close();
    sqlite.close();
  });

  it('a worker that cannot start leaves the connection checkpointing by itself', async () => {
    const { file, sqlite } = bigDatabase();
    replaceWorkerCode('checkpoint-worker', new URL('./no-such-checkpoint-worker.ts', import.meta.url));
    try {
      const checkpointer = checkpointInBackground(sqlite, file);
      await checkpointer.ready;
      expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      const before = fileBytes(file);
      writeMany(sqlite);
      expect(fileBytes(file)).toBeGreaterThan(before + 5_000_000);
      await checkpointer.close();
    } finally {
      replaceWorkerCode('checkpoint-worker', null);
      sqlite.close();
    }
  });
});
