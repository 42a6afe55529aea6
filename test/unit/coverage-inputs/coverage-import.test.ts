import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { hasLibreOffice } from '../imports/fixtures.ts';
import { jobEnd } from '../support/jobs.ts';
import { tempDir } from '../support/test-db.ts';
import { aggregateBadRows, aggregateGoodRows, aggregateHeader, libreOfficeXlsx, sakernasRows } from './published-figures.ts';
import { badungApp, freezeMonth, ok, type App } from './support.ts';

// Denominators and aggregate inputs through the shared import pipeline, from files LibreOffice
// wrote: the dry run names each bad row and column, the commit is whole, the undo takes it back.

const waitJob = (app: App, job: Parameters<typeof jobEnd>[1]) => jobEnd(app.call, job);

async function dryRun(app: App, register: string, path: string) {
  const staged = await app.runtime.files.stage(path.split('/').pop()!, Readable.from(readFileSync(path)), 50_000_000);
  const inspected = await ok(app.call('imports.inspect', { register, fileToken: staged.token }));
  const { headerRow, mapping } = inspected as Inspection;
  const job = await waitJob(app, await ok(app.call('imports.dryRun', { register, fileToken: staged.token, headerRow, mapping })));
  if (job.status !== 'done') throw new Error(job.error?.message ?? job.status);
  return { job, result: job.result as DryRunResult, mapping };
}

async function commit(app: App, jobId: string) {
  const done = await waitJob(app, await ok(app.call('imports.commit', { jobId })));
  if (done.status !== 'done') throw new Error(done.error?.message ?? done.status);
  return (done.result as { batch: { uid: string; inserted: number; updated: number } }).batch;
}

describe.runIf(hasLibreOffice)('coverage inputs from spreadsheets', { timeout: 300_000 }, () => {
  it('imports the BPJS totals and Denpasar APBD list: errors by row and column, whole commit, undo', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = libreOfficeXlsx(dir.path, 'agregat bpjs', [aggregateHeader, ...aggregateGoodRows, ...aggregateBadRows]);
    const { job, result, mapping } = await dryRun(app, 'coverage_aggregate', file);
    expect(Object.keys(mapping).filter((k) => mapping[k] !== null).sort()).toEqual(['areaCode', 'asOfDate', 'category', 'count', 'funding', 'segment', 'source', 'sourceKind']);
    expect(result.summary).toMatchObject({ total: 19, new: 15, invalid: 4 });
    const invalid = result.rows.filter((r) => r.status === 'invalid').map((r) => [r.rowNumber, r.problems[0]!.column, r.problems[0]!.message.id]);
    expect(invalid).toEqual([
      [17, 'E (Jumlah peserta aktif)', expect.stringMatching(/bilangan|angka|bulat/i)],
      [18, 'A (Kode wilayah)', expect.stringContaining('tidak dikenal')],
      [19, 'F (Per tanggal)', expect.stringMatching(/tanggal/i)],
      [20, 'H (Sumber)', expect.stringContaining('wajib diisi')],
    ]);
    expect(app.count('coverage_aggregate')).toBe(0); // a dry run writes nothing

    // The error file holds the refused rows with their problems.
    const errors = await ok(app.call('imports.errorFile', { jobId: job.id }));
    expect(app.runtime.files.outgoingFile(errors.token).bytes).toBeGreaterThan(1000);

    const batch = await commit(app, job.id);
    expect(batch.inserted).toBe(15);
    const aggregates = await ok(app.call('coverageInputs.aggregates.list', {}));
    const denpasar = aggregates.filter((a) => a.areaCode === '51.71');
    expect(denpasar.reduce((n, a) => n + a.count, 0)).toBe(10_717);
    expect(denpasar.every((a) => a.funding === 'apbd_kabkota' && a.segment === 'BPU' && a.importBatchId !== null)).toBe(true);
    expect(aggregates.find((a) => a.segment === 'PU')).toMatchObject({ areaCode: '51', count: 538_504, asOfDate: '2023-11-30', sourceKind: 'bpjs' });

    // The same file again: nothing new, nothing changed.
    const again = await dryRun(app, 'coverage_aggregate', file);
    expect(again.result.summary).toMatchObject({ new: 0, unchanged: 15 });

    const undone = await waitJob(app, await ok(app.call('imports.undo', { batchUid: batch.uid, edited: 'keep' })));
    expect(undone.status).toBe('done');
    expect(app.count('coverage_aggregate')).toBe(0);
  });

  it('imports the Sakernas table by area name; a new number for a frozen denominator is refused', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = libreOfficeXlsx(dir.path, 'sakernas 2022', sakernasRows);
    const { job, result } = await dryRun(app, 'coverage_denominator', file);
    expect(result.summary).toMatchObject({ total: 3, new: 3, invalid: 0 });
    await commit(app, job.id);
    const listed = await ok(app.call('coverageInputs.denominators.list', {}));
    expect(listed.map((d) => [d.areaCode, d.universe, d.value, d.asOfDate, d.sourceKind]).sort()).toEqual([
      ['51', 'bekerja', 2_607_070, '2022-08-31', 'bps_sakernas'],
      ['51', 'bekerja_formal', 1_214_028, '2022-08-31', 'bps_sakernas'],
      ['51', 'bekerja_informal', 1_393_042, '2022-08-31', 'bps_sakernas'],
    ]);

    await freezeMonth(app, '51', '2023-11'); // its PU figure is divided by the formal workers
    const changed = sakernasRows.map((r, i) => (i === 2 ? r.map((c, j) => (j === 1 ? '1214100' : c)) : r));
    const second = await dryRun(app, 'coverage_denominator', libreOfficeXlsx(dir.path, 'sakernas 2022 revisi', changed));
    expect(second.result.summary).toMatchObject({ unchanged: 2, invalid: 1 });
    const row = second.result.rows.find((r) => r.status === 'invalid')!;
    expect([row.rowNumber, row.problems[0]!.field]).toEqual([3, 'value']);
    expect(row.problems[0]!.message.id).toMatch(/Pensiunkan/);
  });

  it('a corrected BPJS total for a frozen row is refused until the row is retired, then entered as a new row', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const first = await dryRun(app, 'coverage_aggregate', libreOfficeXlsx(dir.path, 'bpjs nov', [aggregateHeader, aggregateGoodRows[0]!]));
    await commit(app, first.job.id);
    await freezeMonth(app, '51', '2023-11'); // its PU figure is this row
    const [wrong] = await ok(app.call('coverageInputs.aggregates.list', {}));
    const corrected = [aggregateHeader, aggregateGoodRows[0]!.map((c, j) => (j === 4 ? '538540' : c))];
    const refusedRun = await dryRun(app, 'coverage_aggregate', libreOfficeXlsx(dir.path, 'bpjs nov revisi', corrected));
    expect(refusedRun.result.summary).toMatchObject({ invalid: 1 });
    expect(refusedRun.result.rows[0]!.problems[0]!.message.id).toMatch(/Pensiunkan/);

    await ok(app.call('coverageInputs.aggregates.retire', { uid: wrong!.uid }));
    const again = await dryRun(app, 'coverage_aggregate', libreOfficeXlsx(dir.path, 'bpjs nov revisi 2', corrected));
    expect(again.result.summary).toMatchObject({ new: 1, invalid: 0 });
    await commit(app, again.job.id);
    const all = await ok(app.call('coverageInputs.aggregates.list', { includeRetired: true }));
    expect(all.map((a) => [a.count, a.retiredAt === null]).sort()).toEqual([[538_504, false], [538_540, true]].sort());
    const now = await ok(app.call('coverage.report', { at: '2023-11-30', areaCode: '51', by: ['segment'] }));
    expect(now.breakdowns.segment.find((f) => f.value === 'PU')!.numerator).toBe(538_540);
  });

  it('offers a template for each', async () => {
    const app = await badungApp();
    for (const register of ['coverage_denominator', 'coverage_aggregate']) {
      const template = await ok(app.call('imports.template', { register }));
      expect(template.fileName).toMatch(/Templat impor/);
      expect(app.runtime.files.outgoingFile(template.token).bytes).toBeGreaterThan(1000);
    }
  });
});
