import { describe, expect, it } from 'vitest';
import { jobEnd } from '../support/jobs.ts';
import { badungApp, ok } from './support.ts';

// The published Bali figures as an office enters them (the demo's coverage inputs): each value
// to the digit, and the percentages the offices published from them.

const percent = (numerator: number, denominator: number) => Math.round((numerator / denominator) * 10_000) / 100;

describe('published figures as coverage inputs', () => {
  it('loads Sakernas, BPJS, Gianyar, Denpasar APBD and the targets once', async () => {
    const app = await badungApp();
    expect(await ok(app.call('coverageInputs.demo', {}))).toEqual({ denominators: 5, aggregates: 15, targets: 2 });
    expect(await ok(app.call('coverageInputs.demo', {}))).toEqual({ denominators: 0, aggregates: 0, targets: 0 });

    const denominators = await ok(app.call('coverageInputs.denominators.list', {}));
    const value = (universe: string, area: string) => denominators.find((d) => d.universe === universe && d.areaCode === area)!;
    expect(value('bekerja', '51')).toMatchObject({ value: 2_607_070, source: 'BPS Provinsi Bali, Sakernas Agustus 2022', sourceKind: 'bps_sakernas' });
    const formal = value('bekerja_formal', '51').value;
    const informal = value('bekerja_informal', '51').value;
    expect(formal + informal).toBe(2_607_070);
    const gianyar = value('target_program', '51.04');
    expect(gianyar.value).toBe(198_628);
    expect(value('bekerja', '51.01').name).toMatch(/^CONTOH/);

    const aggregates = await ok(app.call('coverageInputs.aggregates.list', {}));
    const count = (area: string, date: string, segment: string | null) => aggregates.filter((a) => a.areaCode === area && a.asOfDate === date && a.segment === segment).reduce((n, a) => n + a.count, 0);
    expect(percent(count('51', '2023-11-30', 'PU'), formal)).toBe(44.36);
    expect(Math.round(percent(count('51', '2023-11-30', 'PU'), formal))).toBe(44);
    // Published as 21.44 %; 298,595 ÷ 1,393,042 is 21.4347 %, which rounds to 21.43 (the report's
    // rounding is not known): the inputs are the published numbers to the digit.
    expect(count('51', '2023-11-30', 'BPU')).toBe(298_595);
    expect(percent(count('51', '2023-11-30', 'BPU'), informal)).toBe(21.43);
    expect(percent(count('51.04', '2025-09-30', null), gianyar.value)).toBe(65.6);
    const denpasar = aggregates.filter((a) => a.areaCode === '51.71');
    expect(denpasar).toHaveLength(12);
    expect(new Set(denpasar.map((a) => a.category)).size).toBe(12);
    expect(denpasar.reduce((n, a) => n + a.count, 0)).toBe(10_717);

    const targets = await ok(app.call('coverageInputs.targets.list', {}));
    expect(targets.map((t) => [t.areaCode, t.year, t.kind, t.value])).toEqual(expect.arrayContaining([['51.01', 2024, 'persen', 40], ['51.71', 2024, 'orang', 433_000]]));
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity LIKE 'coverage_%'").pluck().get()).toBe(22);
  });

  it('come with the worker demo when asked', async () => {
    const app = await badungApp();
    const done = await jobEnd(app.call, await ok(app.call('workers.demo', { count: 50, coverageInputs: true })));
    expect(done.status).toBe('done');
    expect((done.result as { coverage: unknown }).coverage).toEqual({ denominators: 5, aggregates: 15, targets: 2 });
    expect(app.count('coverage_denominator')).toBe(5);
    const without = await badungApp();
    await jobEnd(without.call, await ok(without.call('workers.demo', { count: 50 })));
    expect(without.count('coverage_denominator')).toBe(0);
  });
});
