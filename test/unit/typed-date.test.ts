import { describe, expect, it } from 'vitest';
import { parseTypedDate, typedDayProblem } from '../../renderer/src/typed-date.ts';

// The app's one date field reads what a clerk types, day first.
describe('parseTypedDate', () => {
  const today = new Date(2026, 10, 24);
  it('reads day-first dates with any separator, and ISO dates', () => {
    expect(parseTypedDate('7/3/2024', today)).toBe('2024-03-07');
    expect(parseTypedDate('07-03-2024', today)).toBe('2024-03-07');
    expect(parseTypedDate('07.03.2024', today)).toBe('2024-03-07');
    expect(parseTypedDate('07032024', today)).toBe('2024-03-07');
    expect(parseTypedDate(' 2024-03-07 ', today)).toBe('2024-03-07');
  });
  it('puts two-digit years up to next year in this century, the rest in the last', () => {
    expect(parseTypedDate('01/01/27', today)).toBe('2027-01-01');
    expect(parseTypedDate('01/01/28', today)).toBe('1928-01-01');
    expect(parseTypedDate('15/08/45', today)).toBe('1945-08-15');
  });
  it('refuses dates that do not exist, and what is not a date', () => {
    for (const text of ['31/02/2024', '29/02/2023', '00/01/2024', '01/13/2024', '01/01/1899', '', 'besok', '2024/03/07']) expect(parseTypedDate(text, today)).toBeNull();
    expect(parseTypedDate('29/02/2024', today)).toBe('2024-02-29');
  });
  it('says why a text written as a date is no day: the month it lacks, or a month past 12', () => {
    expect(typedDayProblem('31/02/2026', today)).toEqual({ kind: 'day', month: 2, year: 2026, last: 28 });
    expect(typedDayProblem('29/02/24', today)).toBeNull(); // 2024 is a leap year: a day
    expect(typedDayProblem('29.02.25', today)).toEqual({ kind: 'day', month: 2, year: 2025, last: 28 });
    expect(typedDayProblem('12/31/2024', today)).toEqual({ kind: 'month', month: 31 });
    expect(typedDayProblem('besok', today)).toBeNull();
  });
});
