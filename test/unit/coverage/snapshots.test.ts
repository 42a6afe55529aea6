import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SnapshotSummary } from '../../../core/api/coverage.ts';
import { addDenominator, addTarget } from '../../../core/coverage/input-rows.ts';
import { afterStart } from '../../../core/startup.ts';
import { addPerson, badungApp, bpu, period, report } from './support.ts';

// A frozen month keeps what was reported after a correction; the difference from a recount is
// listed. Freezing is audited, refused for a month not yet ended, repeatable (a new snapshot), and
// done at start for the last ended month. Also the trend, targets and the report's files.

describe('monthly snapshots', () => {
  it('stay as frozen after a correction, and list the difference from a recount', async () => {
    const app = await badungApp();
    addDenominator(app.ctx, { name: 'Penduduk bekerja Badung', value: 400, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    const a = await addPerson(app, 21, [bpu('2024-01-01'), period('JAKON', '2024-03-01', '2024-12-31')]);
    await addPerson(app, 22, [bpu('2024-02-01')]);
    const frozen = await app.call('coverage.freeze', { month: '2024-05' });
    if (!frozen.ok) throw new Error(frozen.error.message);
    expect(frozen.data).toMatchObject({ month: '2024-05', at: '2024-05-31', areaCode: '51.03', frozenBy: 'Petugas Uji' });
    expect(frozen.data.figures).toBeGreaterThan(5);

    // A correction: A's Jakon period was entered in error.
    const detail = await app.call('workers.get', { uid: a.uid });
    if (!detail.ok) throw new Error(detail.error.message);
    const p = detail.data.person;
    const saved = await app.call('workers.save', { uid: a.uid, nik: p.nik, name: p.name, kecamatanCode: p.kecamatanCode, desaCode: p.desaCode, category: p.category, periods: [{ ...bpu('2024-01-01'), uid: detail.data.periods[0]!.uid }] });
    if (!saved.ok) throw new Error(saved.error.message);

    const read = await report(app, { snapshotUid: frozen.data.uid });
    expect(read.snapshot).toMatchObject({ uid: frozen.data.uid, month: '2024-05' });
    expect(read.total).toMatchObject({ numerator: 2, percent: 0.5, denominator: { name: 'Penduduk bekerja Badung', value: 400 } });
    expect(read.breakdowns.segment.find((f) => f.value === 'JAKON')!.numerator).toBe(1);
    const now = await report(app, { at: '2024-05-31' });
    expect(now.breakdowns.segment.find((f) => f.value === 'JAKON')!.numerator).toBe(0);

    const difference = await app.call('coverage.snapshotDifference', { uid: frozen.data.uid });
    if (!difference.ok) throw new Error(difference.error.message);
    expect(difference.data.map((d) => [d.key, d.frozen.numerator, d.now.numerator, d.numeratorChange])).toEqual([
      ['segment:JAKON', 1, 0, -1],
      ['funding:mandiri', 1, 0, -1],
    ]);
    expect(app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'coverage_snapshot'").pluck().all()).toEqual(['freeze']);

    // Again: a second snapshot beside the first. A month not yet ended: refused.
    const again = await app.call('coverage.freeze', { month: '2024-05' });
    expect(again.ok && again.data.uid).not.toBe(frozen.data.uid);
    const list = await app.call('coverage.snapshots', {});
    expect(list.ok && list.data.length).toBe(2);
    const early = await app.call('coverage.freeze', { month: '2026-11' });
    expect(early.ok ? null : early.error.message).toMatch(/belum berakhir/);
  });

  it('freezes the last ended month at start when it has none, and each month ended since the last one frozen', async () => {
    const app = await badungApp();
    await addPerson(app, 31, [bpu('2024-01-01')]);
    const months = async () => ((await app.call('coverage.snapshots', {})) as { ok: true; data: SnapshotSummary[] }).data.map((s) => [s.month, s.frozenBy]).sort();
    await afterStart(app.ctx, (e) => {
      throw e;
    });
    await afterStart(app.ctx, (e) => {
      throw e;
    });
    expect(await months()).toEqual([['2026-10', 'Lindung (sistem)']]);

    // Another office whose last frozen month is August (the app was closed since): September and October follow.
    const other = await badungApp();
    await addPerson(other, 32, [bpu('2024-01-01')]);
    expect((await other.call('coverage.freeze', { month: '2026-08' })).ok).toBe(true);
    await afterStart(other.ctx, (e) => {
      throw e;
    });
    const frozen = ((await other.call('coverage.snapshots', {})) as { ok: true; data: SnapshotSummary[] }).data.map((s) => s.month).sort();
    expect(frozen).toEqual(['2026-08', '2026-09', '2026-10']);
  });

  it('gives a trend by month end, targets with progress, and the report as XLSX and PDF', async () => {
    const app = await badungApp();
    const denominator = addDenominator(app.ctx, { name: 'Penduduk bekerja Badung', value: 10, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    addTarget(app.ctx, { year: 2024, areaCode: '51.03', kind: 'persen', value: 40, denominatorId: denominator.id, source: 'RPJMD' });
    addTarget(app.ctx, { year: 2024, areaCode: '51.03', kind: 'orang', value: 4, source: 'Rencana cabang' });
    await addPerson(app, 41, [bpu('2024-01-15', '2024-02-20')]);
    await addPerson(app, 42, [bpu('2024-02-01')]);
    const trend = await app.call('coverage.trend', { from: '2023-12', to: '2024-03' });
    if (!trend.ok) throw new Error(trend.error.message);
    expect(trend.data.map((p) => [p.date, p.numerator, p.percent])).toEqual([
      ['2023-12-31', 0, null], // nobody had started yet: no data, no percent
      ['2024-01-31', 1, 10],
      ['2024-02-29', 1, 10],
      ['2024-03-31', 1, 10],
    ]);
    const r = await report(app, { at: '2024-02-10', by: [] });
    expect(r.targets.map((t) => [t.kind, t.value, t.figure.numerator, t.figure.percent, t.progressPercent])).toEqual([
      ['persen', 40, 2, 20, 50],
      ['orang', 4, 2, 20, 50],
    ]);

    const pdf = await app.call('coverage.export', { format: 'pdf', at: '2024-02-10' });
    if (!pdf.ok) throw new Error(pdf.error.message);
    expect(readFileSync(app.runtime.files.outgoingFile(pdf.data.token).path).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await app.call('coverage.export', { format: 'xlsx', at: '2024-02-10' });
    if (!xlsx.ok) throw new Error(xlsx.error.message);
    expect(xlsx.data.fileName).toMatch(/\.xlsx$/);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'coverage' AND action = 'export'").pluck().get()).toBe(2);
  });
});
