import { ianaZoneOf, type TimeZoneCode } from '../../core/api/office-profile.ts';

// "Today" is the office's calendar day, not the computer's: a laptop left on another zone, or a
// browser elsewhere reading `lindung serve`, still dates a visit by the day it is at the office.

const dayFormats = new Map<TimeZoneCode, Intl.DateTimeFormat>();
function dayFormat(zone: TimeZoneCode): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: ianaZoneOf[zone], year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return format;
}

/** The calendar date in the office's zone at `at` (now by default), 'YYYY-MM-DD'. */
export function todayIn(zone: TimeZoneCode, at: Date = new Date()): string {
  const parts = dayFormat(zone).formatToParts(at);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
