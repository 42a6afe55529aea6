import { describe, expect, it } from 'vitest';
import { addAggregate, addDenominator } from '../../../core/coverage/input-rows.ts';
import { addPerson, badungApp, bpu, numerators, report } from './support.ts';

// The figures offices published, reproduced to the digit from aggregate inputs and denominators
// entered through core (audited), and aggregate inputs against person-level data: a figure uses
// people where the register has them for its area and segment, else the newest totals received.

const sakernas = { sourceKind: 'bps_sakernas' as const, source: 'BPS Provinsi Bali, Sakernas Agustus 2022', asOfDate: '2022-08-31' };
const bpjsNov2023 = { sourceKind: 'bpjs' as const, source: 'BPJS Ketenagakerjaan Kanwil Bali Nusra Papua, November 2023', asOfDate: '2023-11-30' };

describe('published figures', () => {
  it('Bali November 2023: PU 538,504 of 1,214,028 formal workers, BPU 298,595 of 1,393,042 informal', async () => {
    const app = await badungApp();
    addDenominator(app.ctx, { name: 'Penduduk bekerja formal Bali', value: 1_214_028, areaCode: '51', universe: 'bekerja_formal', ...sakernas });
    addDenominator(app.ctx, { name: 'Penduduk bekerja informal Bali', value: 1_393_042, areaCode: '51', universe: 'bekerja_informal', ...sakernas });
    addDenominator(app.ctx, { name: 'Penduduk bekerja Bali', value: 2_607_070, areaCode: '51', universe: 'bekerja', ...sakernas });
    addAggregate(app.ctx, { areaCode: '51', segment: 'PU', count: 538_504, ...bpjsNov2023 });
    addAggregate(app.ctx, { areaCode: '51', segment: 'BPU', count: 298_595, ...bpjsNov2023 });
    const r = await report(app, { at: '2023-11-30', areaCode: '51', by: ['segment'] });
    const pu = r.breakdowns.segment.find((f) => f.value === 'PU')!;
    const bpuFigure = r.breakdowns.segment.find((f) => f.value === 'BPU')!;
    expect(pu).toMatchObject({ numerator: 538_504, numeratorSource: 'agregat', dataDate: '2023-11-30', percent: 44.36, people: null });
    expect(pu.denominator).toMatchObject({ value: 1_214_028, universe: 'bekerja_formal', source: sakernas.source, asOfDate: '2022-08-31' });
    expect(pu.aggregates).toEqual([{ uid: expect.any(String), count: 538_504, asOfDate: '2023-11-30', source: bpjsNov2023.source }]);
    // 298,595 ÷ 1,393,042 = 21.4347 %: 21.43 rounded (the published "21.44 %" is not this quotient).
    expect(bpuFigure).toMatchObject({ numerator: 298_595, numeratorSource: 'agregat', percent: 21.43 });
    expect(bpuFigure.denominator).toMatchObject({ value: 1_393_042, universe: 'bekerja_informal' });
    // A month later the November totals are still the newest received: the figure says their date.
    const december = await report(app, { at: '2023-12-31', areaCode: '51', by: ['segment'] });
    expect(december.breakdowns.segment.find((f) => f.value === 'PU')).toMatchObject({ numerator: 538_504, dataDate: '2023-11-30' });
    // Before any totals arrived: nothing from either source.
    const before = await report(app, { at: '2023-10-31', areaCode: '51', by: ['segment'] });
    expect(before.breakdowns.segment.find((f) => f.value === 'PU')).toMatchObject({ numerator: 0, numeratorSource: 'orang', hasData: false, percent: null }); // no data: not 0 %
    const audited = app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity IN ('coverage_denominator', 'coverage_aggregate')").pluck().get();
    expect(audited).toBe(5);
  });

  it('Gianyar September 2025: 130,300 of 198,628 = 65.60 %', async () => {
    const app = await badungApp();
    addDenominator(app.ctx, { name: 'Target populasi pekerja Gianyar', value: 198_628, areaCode: '51.04', universe: 'target_program', sourceKind: 'keputusan', source: 'Dinas Tenaga Kerja Kabupaten Gianyar', asOfDate: '2025-01-01' });
    addAggregate(app.ctx, { areaCode: '51.04', count: 130_300, sourceKind: 'bpjs', source: 'BPJS Ketenagakerjaan Cabang Gianyar, September 2025', asOfDate: '2025-09-30' });
    const r = await report(app, { at: '2025-09-30', areaCode: '51.04', by: [] });
    expect(r.total).toMatchObject({ numerator: 130_300, numeratorSource: 'agregat', percent: 65.6, dataDate: '2025-09-30' });
    expect(r.total.denominator).toMatchObject({ value: 198_628, name: 'Target populasi pekerja Gianyar' });
  });

  it('uses people where the register has them for the figure, aggregate totals elsewhere, and says when it mixes them', async () => {
    const app = await badungApp();
    // Kuta Utara: people in the register. Kuta Selatan: only the branch's total for the month.
    await addPerson(app, 11, [bpu('2024-01-01')]);
    await addPerson(app, 12, [bpu('2024-02-01')]);
    addAggregate(app.ctx, { areaCode: '51.03.01', count: 4_210, sourceKind: 'bpjs', source: 'BPJS Cabang Badung, Januari 2024', asOfDate: '2024-01-31' });
    // Kuta Utara's own total is smaller than its registered people: the register counts there.
    addAggregate(app.ctx, { areaCode: '51.03.06', count: 1, sourceKind: 'bpjs', source: 'BPJS Cabang Badung, Januari 2024', asOfDate: '2024-01-31' });
    addDenominator(app.ctx, { name: 'Penduduk bekerja Kuta Selatan', value: 60_000, areaCode: '51.03.01', universe: 'bekerja', sourceKind: 'dukcapil', source: 'Dukcapil Badung', asOfDate: '2023-12-31' });
    const r = await report(app, { at: '2024-03-01', by: ['kecamatan'] });
    const kutaUtara = r.breakdowns.kecamatan.find((f) => f.value === '51.03.06')!;
    const kutaSelatan = r.breakdowns.kecamatan.find((f) => f.value === '51.03.01')!;
    expect(kutaUtara).toMatchObject({ numerator: 2, numeratorSource: 'orang', aggregates: [], people: { areaCode: '51.03.06' } });
    expect(kutaSelatan).toMatchObject({ numerator: 4_210, numeratorSource: 'agregat', dataDate: '2024-01-31', percent: 7.02 });
    expect(kutaSelatan.denominator).toMatchObject({ source: 'Dukcapil Badung' });
    // The kabupaten's total: its people, and the total of the kecamatan the register has nobody in
    // (Kuta Utara's own total is not added: its people count there).
    expect(r.total).toMatchObject({ numerator: 4_212, numeratorSource: 'campuran', parts: { people: 2, aggregates: 4_210 }, dataDate: '2024-03-01', people: { areaCode: '51.03' } });
    expect(r.total.aggregates.map((a) => a.count)).toEqual([4_210]);
    expect(numerators(r.breakdowns.kecamatan)).toEqual({ '51.03.06': 2, '51.03.01': 4_210 });
  });
});
