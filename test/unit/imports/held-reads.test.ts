// An import's inspect read, held for the dry run (held-reads.ts): real worker threads, real files.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeldReads, type ContinuedRead } from '../../../core/imports/held-reads.ts';
import { disposeParseWorkers, readInWorker } from '../../../core/imports/read/read-in-worker.ts';
import type { RawRow } from '../../../core/imports/read/types.ts';
import { tempDir, writeAgencyXlsx, writeBigCsv } from './fixtures.ts';

const tmp = tempDir();
const p = tmp.path;

async function drain(read: ContinuedRead): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const batch of read) rows.push(...batch.rows);
  return rows;
}
const numbers = (rows: RawRow[]) => rows.map((r) => r.rowNumber);

beforeAll(async () => {
  await writeAgencyXlsx(p('agency.xlsx'));
  await writeBigCsv(p('20k.csv'), 20_000);
});
afterAll(async () => {
  await disposeParseWorkers();
  tmp.remove();
});

// Real worker threads and a child process: generous time on a busy machine.
describe('held reads', { timeout: 180_000 }, () => {
  it('the dry run carries on with the inspect’s worker and gets every row once, from the first', async () => {
    const reads = new HeldReads();
    const first = await reads.firstRows(p('20k.csv'), undefined, 60);
    expect(numbers(first.rows)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // Held: the worker reads ahead and waits for the dry run.
    await sleep(50);
    const continued = reads.take(p('20k.csv'), first.opened.sheet.name)!;
    expect(continued).not.toBeNull();
    const rows = await drain(continued);
    await continued.exited;
    expect((await continued.opened).threadId).toBe(first.opened.threadId);
    const fresh: RawRow[] = [];
    for await (const batch of readInWorker(p('20k.csv'))) fresh.push(...batch.rows);
    expect(rows).toEqual(fresh);
    expect(rows).toHaveLength(20_001);
    // Taken once: a second dry run of the same file reads it anew.
    expect(reads.take(p('20k.csv'), undefined)).toBeNull();
  });

  it('inspecting again (another header row) reuses the held rows; another sheet stops the held read', async () => {
    const reads = new HeldReads();
    const first = await reads.firstRows(p('agency.xlsx'), undefined, 60);
    const again = await reads.firstRows(p('agency.xlsx'), first.opened.sheet.name, 60);
    expect(again.opened.threadId).toBe(first.opened.threadId);
    expect(again.rows).toEqual(first.rows);

    expect(reads.take(p('agency.xlsx'), 'Cabang')).toBeNull();
    // Dropped, not kept for later: the first sheet is read anew too.
    expect(reads.take(p('agency.xlsx'), first.opened.sheet.name)).toBeNull();
    const other = await reads.firstRows(p('agency.xlsx'), 'Cabang', 60);
    expect(other.opened.sheet.name).toBe('Cabang');
    expect(other.opened.threadId).not.toBe(first.opened.threadId);
    // A sheet named by its position fits the read that resolved it.
    expect(reads.take(p('agency.xlsx'), other.opened.sheet.index)).not.toBeNull();
  });

  it('a held read nobody takes is stopped after the hold; cancel and an early stop end the worker', async () => {
    const reads = new HeldReads({ holdMs: 30 });
    await reads.firstRows(p('20k.csv'), undefined, 60);
    await sleep(200);
    expect(reads.take(p('20k.csv'), undefined)).toBeNull();

    const cancelled = new HeldReads();
    await cancelled.firstRows(p('20k.csv'), undefined, 60);
    const abort = new AbortController();
    const read = cancelled.take(p('20k.csv'), undefined, abort.signal)!;
    const rows: RawRow[] = [];
    await expect(
      (async () => {
        for await (const batch of read) {
          rows.push(...batch.rows);
          if (rows.length > 1000) abort.abort();
        }
      })(),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    await read.exited;
    expect(rows.length).toBeLessThan(20_001);

    const early = new HeldReads();
    await early.firstRows(p('20k.csv'), undefined, 60);
    const stopped = early.take(p('20k.csv'), undefined)!;
    for await (const _ of stopped) break;
    await stopped.exited; // resolves only once the worker thread is gone

    const disposed = new HeldReads();
    await disposed.firstRows(p('20k.csv'), undefined, 60);
    disposed.dispose();
    expect(disposed.take(p('20k.csv'), undefined)).toBeNull();
  });

  it('a held read does not keep the process alive (a CLI that stops after the inspect exits)', () => {
    const script = `
      const { HeldReads } = await import(${JSON.stringify(new URL('../../../core/imports/held-reads.ts', import.meta.url).href)});
      const { rows } = await new HeldReads({ holdMs: 600_000 }).firstRows(${JSON.stringify(p('20k.csv'))}, undefined, 60);
      console.log(rows.length);`;
    // The hold is ten minutes: a process kept alive by it would hit this timeout long before,
    // while one that exits by itself has all that time however busy the machine is.
    writeFileSync(p('inspect-only.mjs'), script);
    const out = execFileSync(process.execPath, [p('inspect-only.mjs')], { encoding: 'utf8', timeout: 150_000 });
    expect(out.trim()).toBe('60');
  });
});
