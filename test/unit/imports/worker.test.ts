// The worker path: parse-worker.ts runs as a real worker thread (Node strips its types), under a
// heap cap and a time limit, and streams rows back with back-pressure.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportReadError } from '../../../core/imports/read/errors.ts';
import { disposeParseWorkers, listSheetsInWorker, parkSpareParseWorker, readInWorker, spareParseWorker, warmParseWorker } from '../../../core/imports/read/read-in-worker.ts';
import type { WorkerRead } from '../../../core/imports/read/read-in-worker.ts';
import type { RawRow, ReadProgress } from '../../../core/imports/read/types.ts';
import {
  NIK_NUM,
  SHEET_HEAD,
  minimalXlsx,
  prototypeIsClean,
  spacesDeflate,
  tempDir,
  writeAgencyXls,
  writeAgencyXlsx,
  writeBigCsv,
  writeBigXls,
  manyStringsXlsx,
} from './fixtures.ts';

const tmp = tempDir();
const p = tmp.path;

/** All rows; returns once the worker thread has exited too. */
async function drain(job: WorkerRead): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  try {
    for await (const b of job) rows.push(...b.rows);
  } finally {
    await job.exited;
  }
  return rows;
}

async function failure(job: WorkerRead): Promise<ImportReadError> {
  try {
    await drain(job);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportReadError);
    return e as ImportReadError;
  }
  throw new Error('expected an ImportReadError, the read succeeded');
}

beforeAll(async () => {
  await writeAgencyXlsx(p('agency.xlsx'));
  writeAgencyXls(p('agency.xls'));
  await writeBigCsv(p('150k.csv'), 150_000);
});
afterEach(() => {
  expect(prototypeIsClean()).toBe(true);
});
afterAll(async () => {
  await disposeParseWorkers();
  tmp.remove();
});

// Real worker threads (and a child process): generous time on a busy machine.
describe('readInWorker', { timeout: 180_000 }, () => {
  it('reads an XLSX in a worker thread: same rows as in-process, progress, then the thread exits', async () => {
    const progress: ReadProgress[] = [];
    const job = readInWorker(p('agency.xlsx'), { onProgress: (x) => progress.push(x) });
    const rows = await drain(job);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 7]);
    expect(rows[2]!.cells[2]).toBe(NIK_NUM);
    expect(rows[2]!.cells[5]).toEqual({ formula: '1+1', result: 2 });
    const opened = await job.opened;
    expect(opened.source).toMatchObject({ fileName: 'agency.xlsx', format: 'xlsx' });
    expect(opened.sheet.name).toBe('Perusahaan');
    expect(opened.sheets).toHaveLength(3);
    expect(progress.at(-1)).toMatchObject({ rowsRead: 5 });
    expect(progress.at(-1)!.bytesRead).toBe(progress.at(-1)!.bytesTotal);
    await job.exited;
  });

  it('lists the sheets of an XLS in a worker', async () => {
    expect((await listSheetsInWorker(p('agency.xls'))).map((s) => s.name)).toEqual(['Pekerja', 'Lain']);
  });

  it('applies back-pressure: the worker never runs more than maxBatchesInFlight batches ahead', async () => {
    let arrived = 0;
    let consumed = 0;
    let worst = 0;
    const job = readInWorker(p('150k.csv'), { batchSize: 500, maxBatchesInFlight: 3, onProgress: () => arrived++ });
    for await (const b of job) {
      consumed++;
      expect(b.rows.length).toBeLessThanOrEqual(500);
      if (consumed <= 5) await sleep(30); // a slow caller: gives an unchecked worker time to overrun
      worst = Math.max(worst, arrived - consumed);
      if (consumed === 40) break;
    }
    expect(worst).toBeLessThanOrEqual(3);
    await job.exited; // breaking out ends the worker
  });

  it('TOO_MANY_ROWS: a 150,000-row file against a limit of 100,000, naming the row', async () => {
    const e = await failure(readInWorker(p('150k.csv'), { limits: { maxRows: 100_000 } }));
    expect(e.code).toBe('TOO_MANY_ROWS');
    expect(e.where).toEqual({ file: '150k.csv', row: 100_001 }); // a CSV has no sheet to name
    expect(e.text.id).toContain('100.000');
  });

  it('cancel mid-way through an AbortSignal: CANCELLED, and the worker is gone', async () => {
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    const ac = new AbortController();
    const job = readInWorker(p('150k.csv'), { signal: ac.signal, batchSize: 1000 });
    await job.opened;
    expect(ports()).toBe(before + 1); // the worker's port is open while it runs
    let batches = 0;
    const e = await (async () => {
      try {
        for await (const _ of job) {
          batches++;
          if (batches === 2) ac.abort();
        }
      } catch (err) {
        return err as ImportReadError;
      }
      throw new Error('not cancelled');
    })();
    expect(e.code).toBe('CANCELLED');
    expect(batches).toBe(2);
    await job.exited;
    expect(ports()).toBe(before); // and gone with the worker
    await expect(job.opened).resolves.toBeTruthy(); // it had opened before the cancel
  });

  it('an already aborted signal never starts a worker', async () => {
    const ac = new AbortController();
    ac.abort();
    const job = readInWorker(p('150k.csv'), { signal: ac.signal });
    expect((await failure(job)).code).toBe('CANCELLED');
    await expect(job.opened).rejects.toBeInstanceOf(ImportReadError);
  });

  it('TIME_LIMIT: a read that cannot finish in time is stopped (here: a caller that never takes a batch)', async () => {
    const job = readInWorker(p('150k.csv'), { limits: { maxTimeMs: 300 }, batchSize: 100, maxBatchesInFlight: 1 });
    await job.exited; // the time limit terminates it
    const e = await failure(job);
    expect(e.code).toBe('TIME_LIMIT');
    expect(e.text.id).toContain('batas waktu');
  });

  it('MEMORY_LIMIT: a worker that outgrows its heap cap dies alone, reported as MEMORY_LIMIT', async () => {
    // 300,000 distinct shared strings (about 20 MB of text, 2.7 MB zipped): all cached by the reader.
    writeFileSync(p('strings.xlsx'), manyStringsXlsx(300_000));
    const job = readInWorker(p('strings.xlsx'), { limits: { maxWorkerHeapMb: 16 } });
    const e = await failure(job);
    expect(e.code).toBe('MEMORY_LIMIT');
    expect(e.where.file).toBe('strings.xlsx');
    await job.exited;
    // The same file reads under the default cap, and so does an XLS (parsed whole by SheetJS).
    expect((await drain(readInWorker(p('strings.xlsx'))))[0]!.cells[1]).toBe('Pekerja nomor 299999 alamat Jalan 2375692081 Denpasar Bali 75');
    writeBigXls(p('big.xls'), 3000);
    expect((await drain(readInWorker(p('big.xls')))).length).toBe(3001);
  });

  it('a lying ZIP bomb (64 KB declared, 3 GB inside) is ZIP_BOMB in the worker too', async () => {
    const stored = spacesDeflate(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>`, 3072);
    writeFileSync(p('lying.xlsx'), minimalXlsx({ name: 'xl/worksheets/sheet1.xml', stored, method: 8, declaredSize: 64 * 1024 }));
    const job = readInWorker(p('lying.xlsx'));
    expect((await failure(job)).code).toBe('ZIP_BOMB');
    await job.exited;
  });

  it('file errors cross the boundary typed, with the base name only', async () => {
    writeFileSync(p('laporan.xlsx'), '%PDF-1.4\n');
    const job = readInWorker(p('laporan.xlsx'));
    const e = await failure(job);
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.where).toEqual({ file: 'laporan.xlsx' });
    expect(e.text.id).not.toContain(tmp.dir);
    await expect(job.opened).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('a hostile CSV header read in the worker arrives as plain arrays and pollutes nothing', async () => {
    writeFileSync(p('proto.csv'), '__proto__,constructor,prototype\n{"polluted":true},1,2\n');
    const rows = await drain(readInWorker(p('proto.csv')));
    expect(rows.map((r) => r.cells)).toEqual([
      ['__proto__', 'constructor', 'prototype'],
      ['{"polluted":true}', '1', '2'],
    ]);
    expect(Object.getPrototypeOf(rows[0]!.cells)).toBe(Array.prototype);
  });
});

describe('the spare worker', { timeout: 180_000 }, () => {
  const rowsOf = (rows: RawRow[]) => rows.map((r) => [r.rowNumber, r.cells]);

  it('a read after warm-up takes the spare: same rows as a cold read, and every read has its own thread', async () => {
    await disposeParseWorkers();
    expect(spareParseWorker()).toBeNull();
    const cold = readInWorker(p('agency.xlsx'));
    const coldRows = await drain(cold);
    expect(spareParseWorker()).toBeNull(); // disposed: no spare until warmParseWorker()
    await warmParseWorker();
    const spare = spareParseWorker();
    expect(spare).not.toBeNull();
    const spareThread = spare!.threadId;
    const warm = readInWorker(p('agency.xlsx'));
    expect(spareParseWorker()).toBeNull(); // taken
    const warmRows = await drain(warm);
    expect(rowsOf(warmRows)).toEqual(rowsOf(coldRows));
    expect((await warm.opened).threadId).toBe(spareThread);
    expect((await warm.opened).threadId).not.toBe((await cold.opened).threadId);
    // The next spare starts a moment after that read ended: a second read is a third thread.
    expect(spareParseWorker()).toBeNull();
    for (const until = Date.now() + 120_000; Date.now() < until && !spareParseWorker(); ) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(spareParseWorker()).not.toBeNull();
    await warmParseWorker();
    const again = readInWorker(p('agency.xlsx'));
    expect(rowsOf(await drain(again))).toEqual(rowsOf(coldRows));
    expect(new Set([(await cold.opened).threadId, (await warm.opened).threadId, (await again.opened).threadId]).size).toBe(3);
    expect(await listSheetsInWorker(p('agency.xls'))).toHaveLength(2);
    const big = readInWorker(p('150k.csv'));
    expect((await drain(big)).length).toBe(150_001);
  });


  it('a long write parks the spare: none beside it, a read meanwhile has its own thread, and the spare comes back after', async () => {
    await warmParseWorker();
    const before = spareParseWorker()!;
    const release = parkSpareParseWorker();
    try {
      expect(spareParseWorker()).toBeNull();
      await new Promise<void>((resolve) => before.once('exit', () => resolve()));
      // A read during the write starts its own worker and, once it ends, starts no spare; nor does a warm-up.
      const during = readInWorker(p('agency.xlsx'));
      expect((await drain(during)).length).toBe(5);
      expect((await during.opened).threadId).not.toBe(before.threadId);
      await during.exited;
      await warmParseWorker();
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // twice the spare's delay
      expect(spareParseWorker()).toBeNull();
    } finally {
      release();
    }
    release(); // twice is once
    for (const until = Date.now() + 120_000; Date.now() < until && !spareParseWorker(); ) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(spareParseWorker()).not.toBeNull();
    expect(spareParseWorker()!.threadId).not.toBe(before.threadId);
  });

  it('a spare killed while idle is replaced: the read never notices', async () => {
    await warmParseWorker();
    const killed = spareParseWorker()!;
    await killed.terminate(); // gone, and known to be gone
    expect(spareParseWorker()).toBeNull();
    expect((await drain(readInWorker(p('agency.xlsx')))).length).toBe(5);

    await warmParseWorker();
    const dying = spareParseWorker()!;
    const dyingThread = dying.threadId;
    void dying.terminate(); // dies while the read is handed to it
    const job = readInWorker(p('agency.xlsx'));
    expect((await drain(job)).length).toBe(5);
    expect((await job.opened).threadId).not.toBe(dyingThread);
  });

  it('a spare that is still starting is taken as it is; limits that need another heap cap get their own worker', async () => {
    await disposeParseWorkers();
    void warmParseWorker();
    const starting = spareParseWorker()!.threadId;
    const job = readInWorker(p('agency.xlsx'));
    expect((await drain(job)).length).toBe(5);
    expect((await job.opened).threadId).toBe(starting);

    await warmParseWorker();
    const spare = spareParseWorker()!.threadId;
    const small = readInWorker(p('agency.xlsx'), { limits: { maxWorkerHeapMb: 64 } });
    expect((await drain(small)).length).toBe(5);
    expect((await small.opened).threadId).not.toBe(spare);
  });

  it('cancel through an AbortSignal still stops a read that runs in the spare', async () => {
    await warmParseWorker();
    const spare = spareParseWorker()!.threadId;
    const ac = new AbortController();
    const job = readInWorker(p('150k.csv'), { signal: ac.signal, batchSize: 1000 });
    let batches = 0;
    const e = await (async () => {
      try {
        for await (const _ of job) if (++batches === 2) ac.abort();
      } catch (err) {
        return err as ImportReadError;
      }
      throw new Error('not cancelled');
    })();
    expect(e.code).toBe('CANCELLED');
    expect((await job.opened).threadId).toBe(spare);
    await job.exited;
  });

  it('an idle spare never keeps the process alive', () => {
    const url = new URL('../../../core/imports/read/read-in-worker.ts', import.meta.url).href;
    // The timer keeps the process up until the spare is ready (waiting on an unref'd worker does not).
    const script = `import { warmParseWorker, spareParseWorker } from ${JSON.stringify(url)};
      const up = setInterval(() => {}, 1000);
      await warmParseWorker();
      clearInterval(up);
      console.log(spareParseWorker() ? 'ready' : 'none');`;
    writeFileSync(p('alive.mjs'), script);
    // A spare that kept the process alive would keep it forever: the timeout (generous, for a
    // busy machine) would end it and execFileSync would throw.
    const out = execFileSync(process.execPath, [p('alive.mjs')], { encoding: 'utf8', timeout: 150_000 });
    expect(out.trim()).toBe('ready'); // the process ended by itself, with the spare still there
  });
});
