// Dates as clerks type them: day first, as in Indonesia, whatever the computer's own locale.
import { dayProblem, type DayProblem } from '../../core/api/calendar-day.ts';

/** The year, month and day a text is written as ('31/02/2026' → [2026, 2, 31]), real day or not; null when it is not written as a date. */
function typedParts(text: string, today: Date): [number, number, number] | null {
  const s = text.trim();
  let day: number;
  let month: number;
  let year: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3]?.length === 2) {
      // Two-digit years: up to next year means this century.
      const soon = (today.getFullYear() + 1) % 100;
      year += year <= soon ? 2000 : 1900;
    }
  } else {
    return null;
  }
  return [year, month, day];
}

/** '7/3/2024', '07-03-2024', '07.03.24', '07032024' or '2024-03-07' → '2024-03-07'; null when not a real date. */
export function parseTypedDate(text: string, today = new Date()): string | null {
  const parts = typedParts(text, today);
  if (!parts) return null;
  const [year, month, day] = parts;
  if (year < 1900 || year > 2100 || dayProblem(year, month, day)) return null; // 31/02 and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `value` is a real day written 'YYYY-MM-DD' (2026-02-31 is not). */
export function isIsoDate(value: string | null | undefined): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseTypedDate(value) === value;
}

/** Why a text written as a date (31/02/2026, 12/31/2024) is no day of the calendar; null when it is one or is not written as a date. */
export function typedDayProblem(text: string, today = new Date()): DayProblem {
  const parts = typedParts(text, today);
  return parts ? dayProblem(...parts) : null;
}
