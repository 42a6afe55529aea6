import { describe, expect, it } from 'vitest';
import { date, iso } from '../../../core/imports/fields/cell-values.ts';

// The calendar check is arithmetic (a Date per cell cost a tenth of a worker list's check):
// it must say exactly what the Date object says, for every day of several years.
const byDate = (y: number, m: number, d: number): string | null => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 100 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt.toISOString().slice(0, 10) : null;
};

describe('calendar days of an imported date', () => {
  it('agrees with the Date object on every day, month and year tried, leap years and impossible days included', () => {
    for (const y of [100, 1600, 1700, 1899, 1900, 1927, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) expect(iso(y, m, d), `${y}-${m}-${d}`).toBe(byDate(y, m, d));
    }
  });

  it('refuses a year under 100 and reads the usual spellings', () => {
    expect(iso(27, 1, 1)).toBeNull();
    expect(date('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(date('29/02/2023').ok).toBe(false);
    expect(date('2024-2-3')).toEqual({ ok: true, value: '2024-02-03' });
    expect(date('31 Des 2024')).toEqual({ ok: true, value: '2024-12-31' });
    expect(date('31-04-2024').ok).toBe(false);
  });
});
