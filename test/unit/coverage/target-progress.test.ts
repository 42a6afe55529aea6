import { describe, expect, it } from 'vitest';
import { addDenominator, addTarget } from '../../../core/coverage/input-rows.ts';
import { addPerson, badungApp, bpu, report } from './support.ts';

// A percent target's progress is the exact share against the target, not the figure's percent
// rounded to two decimals first (walk 38: "1,30 % dari target" where 236 of 180,000 against a
// 10 % target is 1,31 %).

describe("a percent target's progress", () => {
  it('comes from the exact share', async () => {
    const app = await badungApp();
    const denominator = addDenominator(app.ctx, { name: 'Penduduk bekerja Badung (uji)', value: 7, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    addTarget(app.ctx, { year: 2024, areaCode: '51.03', kind: 'persen', value: 10, denominatorId: denominator.id, source: 'RPJMD' });
    await addPerson(app, 51, [bpu('2024-01-15')]);
    const r = await report(app, { at: '2024-06-30', by: [] });
    // 1 of 7 is 14.2857 %: shown 14.29, and 142.86 % of a 10 % target (from 14.29 it was 142.9).
    expect(r.targets.map((t) => [t.figure.percent, t.progressPercent])).toEqual([[14.29, 142.86]]);
  });
});
