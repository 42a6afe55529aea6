import { describe, expect, it } from 'vitest';
import { dayMonthYear, dayProblem, daysInMonth } from '../../core/api/calendar-day.ts';

// The calendar the date messages use, and the one way core writes a day in messages and files.

describe('the calendar of the date messages', () => {
  it('knows the days of each month, leap years by the Gregorian rule', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 28]);
  });

  it("says which part of a date is no day: the month, or the day past the month's last", () => {
    expect(dayProblem(2026, 2, 28)).toBeNull();
    expect(dayProblem(2026, 2, 31)).toEqual({ kind: 'day', month: 2, year: 2026, last: 28 });
    expect(dayProblem(2026, 13, 1)).toEqual({ kind: 'month', month: 13 });
    expect(dayProblem(2026, 4, 0)).toEqual({ kind: 'day', month: 4, year: 2026, last: 30 });
  });

  it('writes a day as 31/12/2024 from its ISO form, a time after it ignored, and blanks as asked', () => {
    expect(dayMonthYear('2024-12-31')).toBe('31/12/2024');
    expect(dayMonthYear('1990-07-05T00:00:00.000Z')).toBe('05/07/1990');
    expect(dayMonthYear(null)).toBe('');
    expect(dayMonthYear(undefined, '—')).toBe('—');
    expect(dayMonthYear('', '—')).toBe('—');
  });
});
