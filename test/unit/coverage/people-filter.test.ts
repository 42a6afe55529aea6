import { describe, expect, it } from 'vitest';
import { addPerson, badungApp, bpu, peopleOf, period, report } from './support.ts';

// The people behind a figure, in the worker grid: the register's filter-only `coverage` column
// lists exactly the people the figure counted, at its date and for its breakdown, however the
// register's "today" differs; a filter that is not one is refused.

describe('the people behind a coverage figure', () => {
  it('are the ones it counted, at a past date and for each breakdown', async () => {
    const app = await badungApp();
    await addPerson(app, 1, [bpu('2024-01-01', '2024-06-30')], { name: 'Ended mid-year', category: 'petani' });
    await addPerson(app, 2, [bpu('2024-03-01')], { name: 'Still BPU', category: 'nelayan' });
    await addPerson(app, 3, [period('JAKON', '2024-02-01', '2024-12-31')], { name: 'Jakon worker', kecamatanCode: '51.03.05', desaCode: null });
    await addPerson(app, 4, [bpu('2025-01-01')], { name: 'Started later', category: 'petani' });
    const past = await report(app, { at: '2024-05-31' });

    expect(await peopleOf(app, past.total)).toEqual(['Ended mid-year', 'Jakon worker', 'Still BPU']);
    const bpuFigure = past.breakdowns.segment.find((f) => f.value === 'BPU')!;
    expect(await peopleOf(app, bpuFigure)).toEqual(['Ended mid-year', 'Still BPU']);
    const kutaUtara = past.breakdowns.kecamatan.find((f) => f.value === '51.03.06')!;
    expect(await peopleOf(app, kutaUtara)).toEqual(['Ended mid-year', 'Still BPU']);
    const petani = past.breakdowns.category.find((f) => f.value === 'petani')!;
    expect(await peopleOf(app, petani)).toEqual(['Ended mid-year']);
    const funding = past.breakdowns.funding.find((f) => f.value === 'apbd_kabkota')!;
    expect(await peopleOf(app, funding)).toEqual(['Ended mid-year', 'Still BPU']);
    // Each list is as long as its figure.
    for (const f of [past.total, bpuFigure, kutaUtara, petani, funding]) expect((await peopleOf(app, f)).length).toBe(f.numerator);

    const today = await report(app, {});
    expect(await peopleOf(app, today.total)).toEqual(['Started later', 'Still BPU']);
  });

  it('"not recorded" figures list their own people: no domicile, a kecamatan without its desa, no category', async () => {
    const app = await badungApp();
    await addPerson(app, 1, [bpu('2024-01-01')], { name: 'Full address', category: 'petani' });
    await addPerson(app, 2, [bpu('2024-01-01')], { name: 'Kecamatan only', desaCode: null, category: 'petani' });
    await addPerson(app, 3, [bpu('2024-01-01')], { name: 'No domicile', kecamatanCode: null, desaCode: null });
    const r = await report(app, { at: '2024-06-30' });
    expect(r.total.numerator).toBe(3);
    expect(await peopleOf(app, r.total)).toEqual(['Full address', 'Kecamatan only', 'No domicile']);
    const unrecorded = (dimension: 'kecamatan' | 'desa' | 'category') => r.breakdowns[dimension].find((f) => f.value === null)!;
    expect(await peopleOf(app, unrecorded('kecamatan'))).toEqual(['No domicile']);
    expect(await peopleOf(app, unrecorded('desa'))).toEqual(['Kecamatan only', 'No domicile']);
    expect(await peopleOf(app, unrecorded('category'))).toEqual(['No domicile']);
    for (const d of ['kecamatan', 'desa', 'category'] as const) expect((await peopleOf(app, unrecorded(d))).length).toBe(unrecorded(d).numerator);
    // A kecamatan's own figure leaves the people with no domicile out.
    expect(await peopleOf(app, r.breakdowns.kecamatan.find((f) => f.value === '51.03.06')!)).toEqual(['Full address', 'Kecamatan only']);
  });

  it('refuses a filter that is not a figure, naming what to do', async () => {
    const app = await badungApp();
    const listed = await app.call('registers.list', { register: 'worker', startRow: 0, endRow: 10, filterModel: { coverage: { filterType: 'set', values: ['at=kemarin'] } } });
    expect(listed.ok ? null : listed.error.message).toMatch(/Buka lagi dari halaman Cakupan/);
  });
});
