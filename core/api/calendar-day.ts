// Why a day, month and year read from a typed date are no day of the calendar, so a message can
// say so ("February 2026 has 28 days") instead of asking again for a format the clerk already
// used. Shared by the import's cells (core) and the forms' date fields (renderer).

export type DayProblem = { kind: 'month'; month: number } | { kind: 'day'; month: number; year: number; last: number } | null;

const leap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** What is wrong with this day of this month (1-12) of this year, or null when it is a day. */
export function dayProblem(year: number, month: number, day: number): DayProblem {
  if (month < 1 || month > 12) return { kind: 'month', month };
  const last = daysInMonth(year, month);
  return day < 1 || day > last ? { kind: 'day', month, year, last } : null;
}

/** A day as messages and files write it (31/12/2024) from its ISO form, a time after it ignored; `blank` for none. */
export function dayMonthYear(iso: string | null | undefined, blank = ''): string {
  return iso ? iso.slice(0, 10).split('-').reverse().join('/') : blank;
}
