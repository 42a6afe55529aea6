import { describe, expect, it } from 'vitest';
import { personInputSchema } from '../../../core/api/workers.ts';
import { v } from '../../../core/api/messages.ts';

// The person form validates with the contract's schema: a period ending before it starts is said
// at once, beside the other fields' problems, not only once they are fixed and the service sees it.

const person = { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti' };
const period = { segment: 'BPU', startDate: '2025-07-01', endDate: '2025-06-30' } as const;
const issuesOf = (input: unknown) => {
  const parsed = personInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('a period in the person form', () => {
  it('ending before its start is refused at its end date, together with another field\'s problem', () => {
    expect(issuesOf({ ...person, periods: [period] })).toEqual([['periods.0.endDate', v.endBeforeStart]]);
    // A name too short and a wage below zero do not hide it.
    const issues = issuesOf({ ...person, name: 'N', periods: [{ ...period, wage: -5 }] });
    expect(issues).toContainEqual(['periods.0.endDate', v.endBeforeStart]);
    expect(issues).toContainEqual(['name', v.required]);
    expect(issues).toContainEqual(['periods.0.wage', v.rupiahWhole]);
  });

  it('is not said for an open period, one ending the day it starts, or a start not yet a day', () => {
    expect(issuesOf({ ...person, periods: [{ ...period, endDate: null }] })).toEqual([]);
    expect(issuesOf({ ...person, periods: [{ ...period, endDate: '2025-07-01' }] })).toEqual([]);
    expect(issuesOf({ ...person, periods: [{ ...period, startDate: '' }] })).toEqual([['periods.0.startDate', v.required]]);
  });

  it('says what a KPJ holds when it is not one (walk 30: "Isian tidak sah" alone)', async () => {
    expect(issuesOf({ ...person, periods: [], kpj: '12' })).toEqual([['kpj', v.kpj]]);
    expect(issuesOf({ ...person, periods: [{ ...period, endDate: null, kpj: '12a45678' }] })).toEqual([['periods.0.kpj', v.kpj]]);
    expect(issuesOf({ ...person, periods: [], kpj: '12.345.678-901' })).toEqual([]);
    const i18n = (await import('../../../renderer/src/i18n/index.ts')).default;
    expect(i18n.t(v.kpj, { lng: 'id' })).toBe('KPJ berisi 8 sampai 16 angka (spasi, titik dan strip boleh), mis. 12345678901, atau kosongkan.');
    expect(i18n.t(v.kpj, { lng: 'en' })).toContain('8 to 16 digits');
  });
});
