// A very long cell through the dry run (walk 36 #9, e7-huge-cell.csv: a Keterangan of 31,199
// characters): the messages quote its first 60 characters and "…", the error file keeps it whole.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { stage, waitJob, type App } from './support.ts';

const dir = tempDir('lindung-long-values-');
const p = dir.path;
let app: App;
const long = 'Catatan pemeriksaan lapangan berulang. '.repeat(800).trim(); // 31,199 characters

beforeAll(async () => {
  app = await badungApp();
  writeFileSync(p('panjang.csv'), `Nama Perusahaan;NIB;Kecamatan;Tanggal berdiri;Status BPJS;Keterangan\nCV Catatan Panjang;9120001235001;Kuta Utara;${long};${long};${long}\n`);
});
afterAll(() => dir.remove());

describe('a very long cell in the dry run', () => {
  it('is quoted short in the refusals of the shared cell reading, in both languages', async () => {
    const staged = await stage(app, p('panjang.csv'), 'panjang.csv');
    const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: staged.token });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const { headerRow, mapping } = inspected.data as Inspection;
    const started = await app.call('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow, mapping });
    if (!started.ok) throw new Error(started.error.message);
    const result = (await waitJob(app, started.data)).result as DryRunResult;
    const problems = result.rows.flatMap((r) => r.problems);
    expect(problems.map((x) => x.field).sort()).toEqual(['bpjsStatus', 'notes', 'startDate']);
    // The shared cell reading (cell-values.ts) quotes the cell short; a register's own messages
    // (Status BPJS) and the problem's value pass dry-run.ts, which is to quote them with quotedParams/quotedCell.
    const startDate = problems.find((x) => x.field === 'startDate')!;
    expect(startDate.message.id).toBe(`"${long.slice(0, 60).trimEnd()}…" bukan tanggal yang dikenali. Tulis sebagai 31/12/2024 (hari/bulan/tahun).`);
    expect(startDate.message.en.length).toBeLessThan(200);
    for (const problem of problems) {
      expect(problem.value.length).toBeLessThanOrEqual(61);
      expect(problem.message.id.length).toBeLessThan(400);
      expect(problem.message.en.length).toBeLessThan(400);
    }
  });
});
