import { describe, expect, it } from 'vitest';
import type { DenominatorInput } from '../../../core/api/coverage-inputs.ts';
import { badungApp, freezeMonth, ok, refused } from './support.ts';

// Denominators, aggregate inputs and targets through the channels: the checks and their words,
// one audit row per write, the rule that a frozen month's denominator is never changed in place.

const formal: DenominatorInput = {
  name: 'Penduduk bekerja formal Bali, Sakernas Agustus 2022', value: 1_214_028, areaCode: '51', universe: 'bekerja_formal',
  sourceKind: 'bps_sakernas', source: 'BPS Provinsi Bali, Sakernas Agustus 2022', asOfDate: '2022-08-31',
};

describe('denominators', () => {
  it('are entered with their area, source and date, each write audited', async () => {
    const app = await badungApp();
    const saved = await ok(app.call('coverageInputs.denominators.save', formal));
    expect(saved).toMatchObject({ value: 1_214_028, areaCode: '51', areaName: expect.stringMatching(/bali/i), source: formal.source, asOfDate: '2022-08-31', retiredAt: null, usedBySnapshot: false });
    const audit = app.sqlite.prepare("SELECT action, entity_uid AS uid FROM audit_log WHERE entity = 'coverage_denominator'").all();
    expect(audit).toEqual([{ action: 'create', uid: saved.uid }]);
    const listed = await ok(app.call('coverageInputs.denominators.list', { areaCode: '51' }));
    expect(listed.map((d) => d.uid)).toEqual([saved.uid]);
  });

  it('refuses a value of 0, an unknown area, an impossible date and a missing source, naming the field', async () => {
    const app = await badungApp();
    expect(await refused(app.call('coverageInputs.denominators.save', { ...formal, value: 0 }))).toMatchObject({ paths: ['value'], keys: ['validation.coverage.positive'] });
    expect(await refused(app.call('coverageInputs.denominators.save', { ...formal, asOfDate: '2022-02-30' }))).toMatchObject({ paths: ['asOfDate'], keys: ['validation.coverage.isoDate'] });
    expect(await refused(app.call('coverageInputs.denominators.save', { ...formal, source: '  ' }))).toMatchObject({ paths: ['source'], keys: ['validation.coverage.source'] });
    const area = await refused(app.call('coverageInputs.denominators.save', { ...formal, areaCode: '99.98' }));
    expect(area).toMatchObject({ code: 'INVALID_INPUT', paths: ['areaCode'] });
    expect(area.message).toContain('99.98');
    expect(app.count('coverage_denominator')).toBe(0);
  });

  it('may be corrected until a frozen month names it; then it is retired and a new one entered', async () => {
    const app = await badungApp();
    const first = await ok(app.call('coverageInputs.denominators.save', { ...formal, value: 1_214_000 }));
    const corrected = await ok(app.call('coverageInputs.denominators.save', { ...formal, uid: first.uid }));
    expect(corrected.value).toBe(1_214_028);

    await freezeMonth(app, '51', '2023-11'); // its PU figure is divided by this denominator
    expect((await ok(app.call('coverageInputs.denominators.get', { uid: first.uid }))).usedBySnapshot).toBe(true);
    const frozen = await refused(app.call('coverageInputs.denominators.save', { ...formal, uid: first.uid, value: 1_300_000 }));
    expect(frozen).toMatchObject({ code: 'CONFLICT', paths: ['value'] });
    expect(frozen.message).toMatch(/Pensiunkan/);
    expect((await refused(app.call('coverageInputs.denominators.remove', { uid: first.uid }))).code).toBe('CONFLICT');
    // Its name and notes still change.
    await ok(app.call('coverageInputs.denominators.save', { ...formal, uid: first.uid, notes: 'Angka final BPS' }));

    const retired = await ok(app.call('coverageInputs.denominators.retire', { uid: first.uid }));
    expect(retired.retiredAt).toBe('2026-11-24');
    const next = await ok(app.call('coverageInputs.denominators.save', { ...formal, value: 1_300_000, asOfDate: '2023-08-31', source: 'BPS Provinsi Bali, Sakernas Agustus 2023' }));
    expect((await ok(app.call('coverageInputs.denominators.list', {}))).map((d) => d.uid)).toEqual([next.uid]);
    expect((await ok(app.call('coverageInputs.denominators.list', { includeRetired: true }))).map((d) => d.uid)).toEqual([next.uid, first.uid]);
    const actions = app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'coverage_denominator' ORDER BY id").pluck().all();
    expect(actions).toEqual(['create', 'update', 'update', 'retire', 'create']);
  });
});

describe('aggregate inputs', () => {
  it('take counts of 0 and more with a category of the list, and refuse the rest', async () => {
    const app = await badungApp();
    const base = { areaCode: '51.71', segment: 'BPU' as const, funding: 'apbd_kabkota', asOfDate: '2025-01-31', sourceKind: 'dinas' as const, source: 'Daftar APBD Kota Denpasar 2025' };
    const saved = await ok(app.call('coverageInputs.aggregates.save', { ...base, category: 'sulinggih', count: 233 }));
    expect(saved).toMatchObject({ count: 233, category: 'sulinggih', areaName: expect.stringMatching(/denpasar/i) });
    await ok(app.call('coverageInputs.aggregates.save', { ...base, category: 'pecalang', count: 0 }));
    expect(await refused(app.call('coverageInputs.aggregates.save', { ...base, count: -1 }))).toMatchObject({ paths: ['count'], keys: ['validation.coverage.notNegative'] });
    // An emptied count is asked for, not saved as 0 participants.
    expect(await refused(app.call('coverageInputs.aggregates.save', { ...base, count: null as unknown as number }))).toMatchObject({ paths: ['count'], keys: ['validation.required'] });
    const category = await refused(app.call('coverageInputs.aggregates.save', { ...base, category: 'astronaut', count: 3 }));
    expect(category).toMatchObject({ paths: ['category'] });
    expect(category.message).toContain('astronaut');
    expect(await refused(app.call('coverageInputs.aggregates.save', { ...base, sector: 'Z', count: 3 }))).toMatchObject({ paths: ['sector'] });
    await ok(app.call('coverageInputs.aggregates.remove', { uid: saved.uid }));
    expect(app.count('coverage_aggregate')).toBe(1);
  });

  it('named by a frozen month keep their count; their notes still change', async () => {
    const app = await badungApp();
    const base = { areaCode: '51', segment: 'PU' as const, asOfDate: '2023-11-30', sourceKind: 'bpjs' as const, source: 'BPJS Ketenagakerjaan Kanwil Bali Nusra', count: 538_504 };
    const frozen = await ok(app.call('coverageInputs.aggregates.save', base));
    await freezeMonth(app, '51', '2023-11'); // its PU figure is this aggregate (no people of the register there)
    const other = await ok(app.call('coverageInputs.aggregates.save', { ...base, segment: 'BPU', count: 298_595 })); // entered after the freeze
    const listed = await ok(app.call('coverageInputs.aggregates.list', {}));
    expect(listed.map((a) => [a.segment, a.usedBySnapshot])).toEqual([['BPU', false], ['PU', true]]);
    expect(await refused(app.call('coverageInputs.aggregates.save', { ...base, uid: frozen.uid, count: 538_000 }))).toMatchObject({ code: 'CONFLICT', paths: ['count'] });
    expect((await refused(app.call('coverageInputs.aggregates.remove', { uid: frozen.uid }))).code).toBe('CONFLICT');
    await ok(app.call('coverageInputs.aggregates.save', { ...base, uid: frozen.uid, notes: 'Laporan final' }));
    await ok(app.call('coverageInputs.aggregates.save', { ...base, segment: 'BPU', uid: other.uid, count: 298_600 }));
  });
});

describe('targets', () => {
  it('a percentage needs a denominator and stays within 0-100; a number of people needs none', async () => {
    const app = await badungApp();
    const denominator = await ok(app.call('coverageInputs.denominators.save', { ...formal, name: 'Contoh penduduk bekerja Jembrana', value: 180_000, areaCode: '51.01', universe: 'bekerja', sourceKind: 'lainnya', source: 'Contoh' }));
    const jembrana = { year: 2024, areaCode: '51.01', kind: 'persen' as const, value: 40, source: 'RPJMD Jembrana' };
    expect(await refused(app.call('coverageInputs.targets.save', jembrana))).toMatchObject({ paths: ['denominatorUid'], keys: ['validation.coverage.needsDenominator'] });
    expect(await refused(app.call('coverageInputs.targets.save', { ...jembrana, value: 120, denominatorUid: denominator.uid }))).toMatchObject({ paths: ['value'], keys: ['validation.coverage.percent'] });
    const saved = await ok(app.call('coverageInputs.targets.save', { ...jembrana, denominatorUid: denominator.uid }));
    expect(saved).toMatchObject({ value: 40, denominatorName: 'Contoh penduduk bekerja Jembrana', people: 72_000 });

    const branch = { year: 2024, areaCode: '51.71', kind: 'orang' as const, value: 433_000, source: 'BPJS Ketenagakerjaan Cabang Bali Denpasar' };
    expect(await refused(app.call('coverageInputs.targets.save', { ...branch, denominatorUid: denominator.uid }))).toMatchObject({ paths: ['denominatorUid'], keys: ['validation.coverage.noDenominator'] });
    expect((await ok(app.call('coverageInputs.targets.save', branch))).people).toBe(433_000);

    // A denominator a target uses is retired, not removed; a retired one is not offered to a new target.
    expect((await refused(app.call('coverageInputs.denominators.remove', { uid: denominator.uid }))).message).toMatch(/1 target/);
    await ok(app.call('coverageInputs.denominators.retire', { uid: denominator.uid }));
    expect((await refused(app.call('coverageInputs.targets.save', { ...jembrana, year: 2025, denominatorUid: denominator.uid }))).paths).toEqual(['denominatorUid']);
    await ok(app.call('coverageInputs.targets.save', { ...jembrana, uid: saved.uid, denominatorUid: denominator.uid, value: 45 }));
  });

  it('are refused to a caller who is not signed in', async () => {
    const app = await badungApp();
    expect((await refused(app.callAs(null, 'coverageInputs.targets.save', { year: 2024, areaCode: '51.71', kind: 'orang', value: 1, source: 'x' }))).code).not.toBe('INVALID_INPUT');
  });
});
