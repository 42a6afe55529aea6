import { describe, expect, it } from 'vitest';
import { addPerson, badungApp, bpu, report } from './support.ts';

// A figure's denominator: the newest of its area and kind on or before the date; retiring one in
// favour of a newer figure does not rewrite the dates it was used for.

describe("a figure's denominator", () => {
  it('stays the one of its date after it is retired for a newer one', async () => {
    const app = await badungApp();
    await addPerson(app, 1, [bpu('2022-01-01')]);
    const base = { areaCode: '51.03', universe: 'bekerja' as const, sourceKind: 'bps_sakernas' as const };
    const old = await app.call('coverageInputs.denominators.save', { ...base, name: 'Sakernas 2022', value: 200, source: 'BPS Badung 2022', asOfDate: '2022-08-31' });
    if (!old.ok) throw new Error(old.error.message);
    expect((await report(app, { at: '2023-06-30' })).total.denominator?.name).toBe('Sakernas 2022');

    const newer = await app.call('coverageInputs.denominators.save', { ...base, name: 'Sakernas 2024', value: 400, source: 'BPS Badung 2024', asOfDate: '2024-08-31' });
    if (!newer.ok) throw new Error(newer.error.message);
    const retired = await app.call('coverageInputs.denominators.retire', { uid: old.data.uid });
    if (!retired.ok) throw new Error(retired.error.message);

    const past = await report(app, { at: '2023-06-30' });
    expect([past.total.denominator?.name, past.total.percent]).toEqual(['Sakernas 2022', 0.5]);
    const now = await report(app, {});
    expect([now.total.denominator?.name, now.total.percent]).toEqual(['Sakernas 2024', 0.25]);
  });
});
