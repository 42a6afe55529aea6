// Big files through the worker: the Excel maximum of 1,048,576 rows as CSV, and a 100,000-row
// XLSX. Each read runs in a fresh Node process (measure-read.ts) so the printed figures (time,
// RSS of main thread + worker) are the read's own. Figures are printed, never asserted.
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawRow, ReadProgress } from '../../../core/imports/read/types.ts';
import { tempDir, writeBigCsv, writeBigXlsx } from './fixtures.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

interface Measured {
  rows: number;
  first: RawRow;
  last: RawRow;
  lastProgress: ReadProgress;
  progressCalls: number;
  seconds: number;
  peakRssMb: number;
  maxRssMb: number;
}

async function measure(label: string, file: string): Promise<Measured> {
  const script = fileURLToPath(new URL('./measure-read.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, file], { maxBuffer: 1 << 20 });
  const m = JSON.parse(stdout) as Measured;
  console.log(
    `[figures] ${label}: ${m.rows} rows, file ${(statSync(file).size / 1048576).toFixed(1)} MB, ` +
      `read through the worker in ${m.seconds.toFixed(2)} s, peak RSS ${m.maxRssMb.toFixed(0)} MB (main thread + worker, fresh process)`,
  );
  return m;
}

describe('big files through the worker', () => {
  it('a CSV of 1,048,576 rows (the Excel maximum) passes through, streamed, under the default limits', async () => {
    const file = tmp.path('1048576.csv');
    await writeBigCsv(file, 1_048_575); // + the header row = 1,048,576 rows
    const m = await measure('CSV 1,048,576 rows x 5 columns', file);
    expect(m.rows).toBe(1_048_576);
    expect(m.first.cells).toEqual(['NIK', 'Nama', 'Tanggal Lahir', 'Kota', 'Gaji']);
    expect(m.last.rowNumber).toBe(1_048_576);
    expect(m.last.cells).toEqual([String(5103120101000000 + 1_048_575), 'Pekerja 1048575', '1990-01-04', 'Denpasar', String(4_500_000 + 575)]);
    expect(m.lastProgress).toMatchObject({ rowsRead: 1_048_576 });
    expect(m.lastProgress.bytesRead).toBe(m.lastProgress.bytesTotal);
    expect(m.progressCalls).toBeGreaterThan(1000);
  }, 600_000);

  it('a 100,000-row XLSX (exceljs streaming writer) passes through', async () => {
    const file = tmp.path('100k.xlsx');
    await writeBigXlsx(file, 100_000);
    const m = await measure('XLSX 100,000 rows x 12 columns', file);
    expect(m.rows).toBe(100_001);
    expect(m.last.rowNumber).toBe(100_001);
    expect(m.last.cells).toEqual([100_000, 5103120101900000 + 100_000, 'Pekerja 100000', 'Badung', 4_600_000, 'a', 'b', 'c', 100_000, 200_000, 'é', 'x']);
    expect(m.lastProgress.bytesRead).toBe(m.lastProgress.bytesTotal);
  }, 600_000);
});
