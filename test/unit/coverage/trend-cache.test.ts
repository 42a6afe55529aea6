import { describe, expect, it } from 'vitest';
import { addPerson, badungApp, bpu } from './support.ts';

// Ended months of the trend are kept between views, and counted again as soon as the data changes.

describe('the trend of ended months', () => {
  it('is counted again after a change to the people or the inputs', async () => {
    const app = await badungApp();
    await addPerson(app, 1, [bpu('2024-01-01')]);
    const trend = async () => {
      const r = await app.call('coverage.trend', { from: '2024-01', to: '2024-03' });
      if (!r.ok) throw new Error(r.error.message);
      return r.data.map((p) => [p.month, p.numerator, p.percent]);
    };
    expect(await trend()).toEqual([['2024-01', 1, null], ['2024-02', 1, null], ['2024-03', 1, null]]);
    expect(await trend()).toEqual([['2024-01', 1, null], ['2024-02', 1, null], ['2024-03', 1, null]]);
    await addPerson(app, 2, [bpu('2024-02-10')]);
    expect(await trend()).toEqual([['2024-01', 1, null], ['2024-02', 2, null], ['2024-03', 2, null]]);
    const saved = await app.call('coverageInputs.denominators.save', { name: 'Badung', value: 100, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2023-08-31' });
    expect(saved.ok).toBe(true);
    expect(await trend()).toEqual([['2024-01', 1, 1], ['2024-02', 2, 2], ['2024-03', 2, 2]]);
  });
});
