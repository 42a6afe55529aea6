import { describe, expect, it } from 'vitest';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { addAggregate, addDenominator } from '../../../core/coverage/input-rows.ts';
import { denpasarApbd2025 } from '../../../core/coverage-inputs/demo-coverage-inputs.ts';
import { addPerson, badungApp, bpu, numerators, report } from './support.ts';

// Aggregate rows with several breakdowns count in every figure they belong to, each figure sums
// one set of parts (never the same people twice), a parent area sums its areas' rows, and a mix of
// people and aggregates says which part came from where.

const figure = (figures: CoverageFigure[], value: string) => figures.find((f) => f.value === value)!;
const sum = (values: number[]) => values.reduce((n, v) => n + v, 0);

describe('aggregate rows in every figure they belong to', () => {
  it("Denpasar's 2025 APBD list (12 categories, BPU, APBD) is the Denpasar total, the BPU and APBD figures and each category", async () => {
    const app = await badungApp();
    const loaded = await app.call('coverageInputs.demo', {});
    if (!loaded.ok) throw new Error(loaded.error.message);

    const r = await report(app, { at: '2025-02-01', areaCode: '51.71' });
    expect(r.total).toMatchObject({ numerator: 10_717, numeratorSource: 'agregat', dataDate: '2025-01-31', people: null, parts: { people: 0, aggregates: 10_717 } });
    expect(r.total.aggregates).toHaveLength(12);
    // The list is a slice (only BPU, only APBD): the total says so, a lower bound; the funding figure is whole.
    expect(r.total.aggregateOnly).toEqual([{ column: 'segment', value: 'BPU' }, { column: 'funding', value: 'apbd_kabkota' }]);
    expect(r.breakdowns.category.filter((f) => f.hasData)).toHaveLength(12);
    expect(numerators(r.breakdowns.category)).toEqual(denpasarApbd2025);
    expect(sum(r.breakdowns.category.map((f) => f.numerator))).toBe(10_717);
    const nonAsn = figure(r.breakdowns.category, 'non_asn');
    expect(nonAsn).toMatchObject({ numerator: 5_302, numeratorSource: 'agregat', label: expect.stringMatching(/non/i) });
    expect(nonAsn.aggregates).toEqual([{ uid: expect.any(String), count: 5_302, asOfDate: '2025-01-31', source: 'Daftar peserta BPJS Ketenagakerjaan dibiayai APBD Kota Denpasar 2025' }]);
    expect(figure(r.breakdowns.funding, 'apbd_kabkota')).toMatchObject({ numerator: 10_717, numeratorSource: 'agregat', aggregateOnly: [{ column: 'segment', value: 'BPU' }] });
    expect(figure(r.breakdowns.segment, 'BPU')).toMatchObject({ numerator: 10_717, numeratorSource: 'agregat' });
    expect(figure(r.breakdowns.segment, 'PU')).toMatchObject({ numerator: 0, hasData: false });

    // Bali's report: its PU and BPU rows make its total (not the Denpasar slice); Denpasar shows as its kab/kota figure.
    const bali = await report(app, { at: '2025-02-01', areaCode: '51' });
    expect(bali.total).toMatchObject({ numerator: 538_504 + 298_595, numeratorSource: 'agregat', dataDate: '2023-11-30', percent: 32.11 });
    expect(figure(bali.breakdowns.segment, 'PU')).toMatchObject({ numerator: 538_504, percent: 44.36 });
    expect(figure(bali.breakdowns.segment, 'BPU')).toMatchObject({ numerator: 298_595, percent: 21.43 });
    expect(figure(bali.breakdowns.kabkota, '51.71')).toMatchObject({ numerator: 10_717, numeratorSource: 'agregat' });
    expect(numerators(bali.breakdowns.category)).toEqual(denpasarApbd2025);
    expect(figure(bali.breakdowns.funding, 'apbd_kabkota').numerator).toBe(10_717);
    // The published figures stand: Gianyar September 2025.
    const gianyar = await report(app, { at: '2025-09-30', areaCode: '51.04', by: [] });
    expect(gianyar.total).toMatchObject({ numerator: 130_300, percent: 65.6 });
  });

  it('sums one set of parts: the slice-free, the newest, the undivided; a key entered twice counts once', async () => {
    const app = await badungApp();
    const row = (source: string, asOfDate: string, values: Partial<Parameters<typeof addAggregate>[1]> & { count: number }) =>
      addAggregate(app.ctx, { areaCode: '51.03', sourceKind: 'bpjs', source, asOfDate, ...values });
    row('BPJS per segmen', '2024-01-31', { segment: 'PU', count: 100 });
    row('BPJS per segmen', '2024-01-31', { segment: 'BPU', count: 50 });
    row('Dinas per kategori', '2024-01-31', { category: 'petani', count: 30 });
    row('Dinas per kategori', '2024-01-31', { category: 'nelayan', count: 20 });
    addDenominator(app.ctx, { name: 'Penduduk bekerja Badung', value: 1_000, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2023-08-31' });

    // January: two ways of dividing the same people (by segment, by category) that disagree: the one
    // covering more is summed, never both.
    const january = await report(app, { at: '2024-02-15' });
    expect(january.total).toMatchObject({ numerator: 150, dataDate: '2024-01-31' });
    expect(january.total.aggregates.map((a) => a.source)).toEqual(['BPJS per segmen', 'BPJS per segmen']);
    expect(numerators(january.breakdowns.segment)).toEqual({ PU: 100, BPU: 50 });
    expect(numerators(january.breakdowns.category)).toEqual({ petani: 30, nelayan: 20 });

    // February: totals per kecamatan, newer: the kabupaten is their sum, each kecamatan its own.
    row('BPJS per kecamatan', '2024-02-29', { areaCode: '51.03.01', count: 70 });
    row('BPJS per kecamatan', '2024-02-29', { areaCode: '51.03.02', count: 80 });
    const february = await report(app, { at: '2024-03-15' });
    expect(february.total).toMatchObject({ numerator: 150, numeratorSource: 'agregat', dataDate: '2024-02-29', percent: 15 });
    expect(february.total.aggregates.map((a) => a.count)).toEqual([70, 80]);
    expect(numerators(february.breakdowns.kecamatan)).toEqual({ '51.03.01': 70, '51.03.02': 80 });
    expect(numerators(february.breakdowns.kabkota)).toEqual({ '51.03': 150 });
    // The segment figures still come from January's rows (the kecamatan totals say nothing of segments).
    expect(figure(february.breakdowns.segment, 'PU')).toMatchObject({ numerator: 100, dataDate: '2024-01-31' });

    // One kecamatan's total entered again (a correction without retiring): the row entered last counts, once.
    row('BPJS per kecamatan', '2024-02-29', { areaCode: '51.03.01', count: 75 });
    const again = await report(app, { at: '2024-03-15' });
    expect(again.total.numerator).toBe(155);
    expect(figure(again.breakdowns.kecamatan, '51.03.01').numerator).toBe(75);

    // The kabupaten's own undivided row of the same date: preferred to the sum of its parts.
    row('BPJS Badung', '2024-02-29', { count: 160 });
    expect((await report(app, { at: '2024-03-15', by: [] })).total).toMatchObject({ numerator: 160, aggregates: [expect.objectContaining({ count: 160 })] });

    // A slice (only APBD-funded BPU people of one kecamatan) never stands for the kabupaten while a whole set exists.
    row('Daftar APBD', '2024-03-10', { areaCode: '51.03.05', segment: 'BPU', funding: 'apbd_kabkota', category: 'petani', count: 9 });
    const march = await report(app, { at: '2024-03-15' });
    expect(march.total.numerator).toBe(160);
    expect(figure(march.breakdowns.funding, 'apbd_kabkota')).toMatchObject({ numerator: 9, dataDate: '2024-03-10' });
    expect(figure(march.breakdowns.kecamatan, '51.03.05').numerator).toBe(9);
    expect(figure(march.breakdowns.category, 'petani').numerator).toBe(30); // the undivided January row of the category
  });

  it('a kecamatan with people adds the desa totals where the register has nobody, and says so', async () => {
    const app = await badungApp();
    await addPerson(app, 51, [bpu('2024-01-01')]); // Kuta Utara, desa 51.03.06.2006
    await addPerson(app, 52, [bpu('2024-01-01')]);
    const source = 'Rekap desa, Januari 2024';
    addAggregate(app.ctx, { areaCode: '51.03.06.2001', count: 40, sourceKind: 'dinas', source, asOfDate: '2024-01-31' });
    addAggregate(app.ctx, { areaCode: '51.03.06.2006', count: 1, sourceKind: 'dinas', source, asOfDate: '2024-01-31' }); // fewer than the register's 2 there: people count
    addAggregate(app.ctx, { areaCode: '51.03.01', count: 500, sourceKind: 'bpjs', source: 'BPJS Kuta Selatan', asOfDate: '2024-01-31' });
    addAggregate(app.ctx, { areaCode: '51.03.01', segment: 'BPU', count: 12, sourceKind: 'bpjs', source: 'BPJS Kuta Selatan', asOfDate: '2024-01-31' });
    const r = await report(app, { at: '2024-02-15' });
    const kutaUtara = figure(r.breakdowns.kecamatan, '51.03.06');
    expect(kutaUtara).toMatchObject({ numerator: 42, numeratorSource: 'campuran', parts: { people: 2, aggregates: 40 }, dataDate: '2024-02-15', people: { areaCode: '51.03.06' } });
    expect(numerators(r.breakdowns.desa)).toEqual({ '51.03.06.2001': 40, '51.03.06.2006': 2 });
    expect(figure(r.breakdowns.desa, '51.03.06.2006')).toMatchObject({ numeratorSource: 'orang' });
    expect(r.total).toMatchObject({ numerator: 542, numeratorSource: 'campuran', parts: { people: 2, aggregates: 540 } });
    expect(r.total.aggregates.map((a) => a.count).sort()).toEqual([40, 500].sort());
    // Segments: the register's BPU people and Kuta Selatan's BPU row (the undivided totals do not say BPU).
    expect(figure(r.breakdowns.segment, 'BPU')).toMatchObject({ numerator: 14, numeratorSource: 'campuran', parts: { people: 2, aggregates: 12 } });
    expect(figure(r.breakdowns.segment, 'PU')).toMatchObject({ numerator: 0, hasData: false });
    // A frozen month keeps both parts.
    const frozen = await app.call('coverage.freeze', { month: '2024-02' });
    if (!frozen.ok) throw new Error(frozen.error.message);
    const read = await report(app, { snapshotUid: frozen.data.uid });
    expect(read.total).toMatchObject({ numerator: 542, numeratorSource: 'campuran', parts: { people: 2, aggregates: 540 } });
  });

  it('a total received for an area that is larger than the register holds there makes the figure, the register count said beside it', async () => {
    const app = await badungApp();
    await addPerson(app, 61, [bpu('2023-01-01')]); // one BPU person in Kuta Utara (51.03.06.2006)
    const bpjs = { sourceKind: 'bpjs', source: 'BPJS Ketenagakerjaan Kanwil Bali Nusra, November 2023', asOfDate: '2023-11-30' } as const;
    addAggregate(app.ctx, { areaCode: '51', segment: 'PU', count: 538_504, ...bpjs });
    addAggregate(app.ctx, { areaCode: '51', segment: 'BPU', count: 298_595, ...bpjs });
    // The province: its own totals, far larger than one registered person, make every figure.
    const bali = await report(app, { at: '2023-11-30', areaCode: '51', by: ['segment'] });
    expect(bali.total).toMatchObject({ numerator: 837_099, numeratorSource: 'agregat', registerSetAside: 1, people: null, dataDate: '2023-11-30' });
    expect(figure(bali.breakdowns.segment, 'PU')).toMatchObject({ numerator: 538_504, numeratorSource: 'agregat', registerSetAside: null });
    expect(figure(bali.breakdowns.segment, 'BPU')).toMatchObject({ numerator: 298_595, numeratorSource: 'agregat', registerSetAside: 1 });

    // Inside an area: a desa's received total larger than its registered people replaces them there only.
    addAggregate(app.ctx, { areaCode: '51.03.06.2006', count: 25, sourceKind: 'dinas', source: 'Rekap desa Dalung', asOfDate: '2023-11-30' });
    await addPerson(app, 62, [bpu('2023-01-01')], { kecamatanCode: '51.03.01', desaCode: null });
    const badung = await report(app, { at: '2023-11-30', by: ['desa', 'kecamatan'] });
    expect(figure(badung.breakdowns.desa, '51.03.06.2006')).toMatchObject({ numerator: 25, numeratorSource: 'agregat', registerSetAside: 1 });
    expect(badung.total).toMatchObject({ numerator: 26, numeratorSource: 'campuran', parts: { people: 1, aggregates: 25 }, registerSetAside: 1 });
  });

  it("gives the trend each month's rows (the newest of its date), and leaves a retired row out", async () => {
    const app = await badungApp();
    const row = (asOfDate: string, count: number) => addAggregate(app.ctx, { areaCode: '51.03.01', count, sourceKind: 'bpjs', source: `BPJS ${asOfDate}`, asOfDate });
    row('2024-01-31', 70);
    const february = row('2024-02-29', 75);
    const trend = async () => {
      const r = await app.call('coverage.trend', { from: '2023-12', to: '2024-03' });
      if (!r.ok) throw new Error(r.error.message);
      return r.data.map((p) => [p.date, p.numerator, p.numeratorSource]);
    };
    expect(await trend()).toEqual([
      ['2023-12-31', 0, 'orang'],
      ['2024-01-31', 70, 'agregat'],
      ['2024-02-29', 75, 'agregat'],
      ['2024-03-31', 75, 'agregat'],
    ]);
    const retired = await app.call('coverageInputs.aggregates.retire', { uid: february.uid });
    if (!retired.ok) throw new Error(retired.error.message);
    expect((await trend()).map((p) => p[1])).toEqual([0, 70, 70, 70]);
  });
});
