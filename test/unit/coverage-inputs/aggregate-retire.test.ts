import { describe, expect, it } from 'vitest';
import { badungApp, freezeMonth, ok, refused } from './support.ts';

// An aggregate row a frozen month summed is corrected by retiring it and entering a new row: the
// frozen month keeps the old count, every count made since uses the new one, the difference is
// listed, the list hides retired rows unless asked, and each step is audited.

const base = { areaCode: '51.03', segment: 'PU' as const, asOfDate: '2024-01-31', sourceKind: 'bpjs' as const, source: 'BPJS Cabang Badung, Januari 2024' };

describe('retiring an aggregate row', () => {
  it('keeps the frozen months as they were and counts its replacement from then on', async () => {
    const app = await badungApp();
    const wrong = await ok(app.call('coverageInputs.aggregates.save', { ...base, count: 1_250 }));
    await ok(app.call('coverageInputs.aggregates.save', { ...base, segment: 'BPU', count: 300 }));
    await freezeMonth(app, '51.03', '2024-01');
    const snapshot = (await ok(app.call('coverage.snapshots', {})))[0]!;
    const pu = (r: { breakdowns: { segment: { value: string | null; numerator: number; aggregates: { uid: string }[] }[] } }) => r.breakdowns.segment.find((f) => f.value === 'PU')!;

    // The frozen row is not changed in place; the refusal says how to correct it.
    const refusal = await refused(app.call('coverageInputs.aggregates.save', { ...base, uid: wrong.uid, count: 1_205 }));
    expect(refusal).toMatchObject({ code: 'CONFLICT', paths: ['count'] });
    expect(refusal.message).toMatch(/Pensiunkan/);

    const retired = await ok(app.call('coverageInputs.aggregates.retire', { uid: wrong.uid }));
    expect(retired).toMatchObject({ retiredAt: '2026-11-24', usedBySnapshot: true, count: 1_250 });
    const replacement = await ok(app.call('coverageInputs.aggregates.save', { ...base, count: 1_205, notes: 'Koreksi laporan BPJS' }));

    // The frozen month still says 1,250 (and names the retired row); a count now uses 1,205, at the same date.
    const frozen = await ok(app.call('coverage.report', { snapshotUid: snapshot.uid }));
    expect(pu(frozen)).toMatchObject({ numerator: 1_250, aggregates: [{ uid: wrong.uid }] });
    expect(frozen.total.numerator).toBe(1_550);
    const now = await ok(app.call('coverage.report', { at: '2024-01-31', areaCode: '51.03' }));
    expect(pu(now)).toMatchObject({ numerator: 1_205, aggregates: [{ uid: replacement.uid }] });
    expect(now.total.numerator).toBe(1_505);
    const difference = await ok(app.call('coverage.snapshotDifference', { uid: snapshot.uid }));
    expect(difference.map((d) => [d.key, d.frozen.numerator, d.now.numerator, d.numeratorChange])).toEqual(
      expect.arrayContaining([
        ['total', 1_550, 1_505, -45],
        ['segment:PU', 1_250, 1_205, -45],
      ]),
    );

    // Listed without the retired row unless asked; the retired row is still there for its frozen month.
    expect((await ok(app.call('coverageInputs.aggregates.list', {}))).map((a) => a.uid)).not.toContain(wrong.uid);
    const all = await ok(app.call('coverageInputs.aggregates.list', { includeRetired: true }));
    expect(all.find((a) => a.uid === wrong.uid)).toMatchObject({ retiredAt: '2026-11-24' });
    expect((await refused(app.call('coverageInputs.aggregates.remove', { uid: wrong.uid }))).code).toBe('CONFLICT');

    // Brought back (retired by mistake): counted again, beside the replacement of the same key the one entered last counts.
    await ok(app.call('coverageInputs.aggregates.retire', { uid: wrong.uid, retired: false }));
    expect(pu(await ok(app.call('coverage.report', { at: '2024-01-31', areaCode: '51.03' }))).numerator).toBe(1_205);
    const actions = app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'coverage_aggregate' AND entity_uid = ? ORDER BY id").pluck().all(wrong.uid);
    expect(actions).toEqual(['create', 'retire', 'restore']);
  });

  it('is refused to a caller not signed in, and for a row that does not exist', async () => {
    const app = await badungApp();
    const row = await ok(app.call('coverageInputs.aggregates.save', { ...base, count: 10 }));
    expect((await refused(app.call('coverageInputs.aggregates.retire', { uid: 'tidak-ada' }))).code).toBe('NOT_FOUND');
    expect((await refused(app.callAs(null, 'coverageInputs.aggregates.retire', { uid: row.uid }))).code).toMatch(/UNAUTH|FORBIDDEN/);
    expect((await ok(app.call('coverageInputs.aggregates.get', { uid: row.uid }))).retiredAt).toBeNull();
  });
});
