import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { aggregateInputSchema, denominatorInputSchema, targetInputSchema, type TargetInput } from '../../core/api/coverage-inputs.ts';
import { v } from '../../core/api/messages.ts';
import { programmeInputSchema, programmeTargetSchema } from '../../core/api/programmes.ts';
import { commitmentInputSchema, regulationInputSchema } from '../../core/api/regulations.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { id } from '../../renderer/src/i18n/id.ts';
import { refused } from './coverage-inputs/support.ts';
import { badungApp, perbupJembrana, saved } from './regulations/support.ts';

// A number out of range is refused with words that say the range (and how to write a good one),
// not "Isian tidak sah."; the same key reaches the form through the channel.

/** The message keys of one field's issues. */
function keysAt(schema: z.ZodType, input: unknown, field: string): string[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.filter((i) => i.path.map(String).join('.') === field).map((i) => i.message);
}

const regulation = { jenis: 'perbup', judul: 'Perlindungan Jaminan Sosial Pekerja Rentan' };
const commitment = { regulationUid: 'reg-1', kind: 'target' };
const target: TargetInput = { year: 2024, areaCode: '51.01', kind: 'persen', value: 40, denominatorUid: 'den-1', source: 'RPJMD Jembrana' };

describe('number ranges say their range', () => {
  it('a regulation year of 1800 or 2101 says 1945–2100; 2024 and none pass', () => {
    expect(keysAt(regulationInputSchema, { ...regulation, tahun: 1800 }, 'tahun')).toEqual([v.yearBetween1945And2100]);
    expect(keysAt(regulationInputSchema, { ...regulation, tahun: 2101 }, 'tahun')).toEqual([v.yearBetween1945And2100]);
    expect(keysAt(regulationInputSchema, { ...regulation, tahun: 2023.5 }, 'tahun')).toEqual([v.yearBetween1945And2100]);
    expect(regulationInputSchema.safeParse({ ...regulation, tahun: 2024 }).success).toBe(true);
    expect(regulationInputSchema.safeParse({ ...regulation, tahun: null }).success).toBe(true);
  });

  it('a commitment says the range of its year, count, percentage and amount', () => {
    expect(keysAt(commitmentInputSchema, { ...commitment, targetPercent: 250 }, 'targetPercent')).toEqual([v.percent0to100]);
    expect(keysAt(commitmentInputSchema, { ...commitment, targetPercent: -1 }, 'targetPercent')).toEqual([v.percent0to100]);
    expect(keysAt(commitmentInputSchema, { ...commitment, year: 1800 }, 'year')).toEqual([v.yearBetween1945And2100]);
    expect(keysAt(commitmentInputSchema, { ...commitment, targetCount: 100_000_001 }, 'targetCount')).toEqual([v.whole0To100Million]);
    expect(keysAt(commitmentInputSchema, { ...commitment, targetCount: 12.5 }, 'targetCount')).toEqual([v.whole0To100Million]);
    expect(keysAt(commitmentInputSchema, { ...commitment, amount: -5 }, 'amount')).toEqual([v.rupiahWhole]);
    // Too long a number is called too large first (it is not whole-checkable either).
    expect(keysAt(commitmentInputSchema, { ...commitment, amount: 10 ** 19 }, 'amount')[0]).toBe(v.rupiahTooLarge);
    expect(keysAt(commitmentInputSchema, { ...commitment, amount: 1500.5 }, 'amount')).toEqual([v.rupiahWhole]);
    expect(commitmentInputSchema.safeParse({ ...commitment, year: 2024, targetCount: 2050, targetPercent: 62.5, amount: 500_000_000 }).success).toBe(true);
  });

  it('a programme target per category says 0–10.000.000 whole; its money says whole rupiah', () => {
    expect(keysAt(programmeTargetSchema, { category: 'nelayan', target: 10_000_001 }, 'target')).toEqual([v.whole0To10Million]);
    expect(keysAt(programmeTargetSchema, { category: 'nelayan', target: -1 }, 'target')).toEqual([v.whole0To10Million]);
    expect(keysAt(programmeTargetSchema, { category: 'nelayan', target: 2.5 }, 'target')).toEqual([v.whole0To10Million]);
    expect(programmeTargetSchema.safeParse({ category: 'nelayan', target: 1200 }).success).toBe(true);
    const programme = { name: 'Perlindungan nelayan 2025', year: 2025, funding: 'apbd', budget: 1_000_000 };
    expect(keysAt(programmeInputSchema, { ...programme, budget: -1 }, 'budget')).toEqual([v.rupiahWhole]);
    expect(keysAt(programmeInputSchema, { ...programme, declaredIncome: Number.NaN }, 'declaredIncome')).toEqual([v.rupiahWhole]);
    expect(keysAt(programmeInputSchema, { ...programme, targets: [{ category: 'nelayan', target: 20_000_000 }] }, 'targets.0.target')).toEqual([v.whole0To10Million]);
  });

  it('a coverage target of 250 % or -5 % says 0–100; a number of people stays whole and not negative', () => {
    expect(keysAt(targetInputSchema, { ...target, value: 250 }, 'value')).toEqual(['validation.coverage.percent']);
    expect(keysAt(targetInputSchema, { ...target, value: -5 }, 'value')).toEqual(['validation.coverage.percent']);
    expect(targetInputSchema.safeParse({ ...target, value: 62.5 }).success).toBe(true);
    expect(keysAt(targetInputSchema, { ...target, year: 1999 }, 'year')).toEqual(['validation.coverage.year']);
    const people = { ...target, kind: 'orang' as const, denominatorUid: null, value: 433_000 };
    expect(targetInputSchema.safeParse(people).success).toBe(true);
    expect(keysAt(targetInputSchema, { ...people, value: -1 }, 'value')).toEqual(['validation.coverage.notNegative']);
    expect(keysAt(targetInputSchema, { ...people, value: 2_000_000_000 }, 'value')).toEqual([v.atMost1Billion]);
  });

  it('a denominator or an aggregate count above 1 billion says so, not "not valid"', () => {
    const denominator = { name: 'Penduduk bekerja Bali', value: 2_000_000_000, areaCode: '51', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS', asOfDate: '2022-08-31' };
    expect(keysAt(denominatorInputSchema, denominator, 'value')).toEqual([v.atMost1Billion]);
    const aggregate = { areaCode: '51', count: 2_000_000_000, asOfDate: '2023-11-30', sourceKind: 'bpjs', source: 'BPJS' };
    expect(keysAt(aggregateInputSchema, aggregate, 'count')).toEqual([v.atMost1Billion]);
  });

  it('every range key has words in both languages of the renderer, and the words say the numbers', () => {
    const words = (lang: { validation: object }, key: string) => (lang.validation as Record<string, unknown>)[key.replace(/^validation\./, '')];
    const ranges = [v.yearBetween1945And2100, v.percent0to100, v.whole0To10Million, v.whole0To100Million, v.atMost1Billion, v.rupiahWhole, v.rupiahTooLarge];
    for (const key of ranges) {
      expect(typeof words(id, key), key).toBe('string');
      expect(typeof words(en, key), key).toBe('string');
    }
    expect(words(id, v.yearBetween1945And2100)).toMatch(/1945.*2100/);
    expect(words(id, v.percent0to100)).toMatch(/0 dan 100/);
    expect(words(id, v.whole0To100Million)).toMatch(/100\.000\.000/);
  });
});

describe('through the channels', () => {
  it('the range key reaches the form on the field it names', async () => {
    const app = await badungApp();
    const uid = await saved(app, perbupJembrana);
    expect(await refused(app.call('regulations.commitments.save', { regulationUid: uid, kind: 'target', year: 2024, targetPercent: 250 }))).toMatchObject({ paths: ['targetPercent'], keys: [v.percent0to100] });
    expect(await refused(app.call('regulations.save', { ...perbupJembrana, nomor: '49', tahun: 1800 }))).toMatchObject({ paths: ['tahun'], keys: [v.yearBetween1945And2100] });
    expect(await refused(app.call('coverageInputs.targets.save', { ...target, value: 250 }))).toMatchObject({ paths: ['value'], keys: ['validation.coverage.percent'] });
  });
});
