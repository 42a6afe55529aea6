import { utcOffsetMinutesOf, type TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { formatDay, formatTimestamp } from '../../format.ts';

// The change log words a stored value as its exports do (core/audit/describe-changes.ts: a day
// 'dd/mm/yyyy', an instant 'dd/mm/yyyy hh:mm' on the office's clock, a period's line with its days
// so), while the screens say '6 Des 2026' / '6 Dec 2026'. On screen, a date the log wrote from the
// stored value reads as the screens say it. Only a date written from that value changes: text
// someone typed that looks like a date ('SK 01/02/2020') stays as typed.

const isoDays = /\d{4}-\d{2}-\d{2}/g;
const shownDays = /(?<![\d/])(\d{2})\/(\d{2})\/(\d{4})(?![\d/])/g;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** An instant as the log writes it: "dd/mm/yyyy hh:mm" on the office's clock (core's officeDateTime). */
function logClock(iso: string, zone: TimeZoneCode): string | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const local = new Date(at + utcOffsetMinutesOf[zone] * 60_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/**
 * `shown`, one side of a change in words, with the dates the log wrote from `stored` (that side's
 * stored value) read as the app's other screens read them: an instant as formatTimestamp
 * ('6 Des 2026, 10.35.14 WITA'), a day as formatDay ('6 Des 2026'), in the language on screen.
 */
export function withScreenDates(shown: string, stored: unknown, zone: TimeZoneCode): string {
  if (typeof stored === 'string' && isoInstant.test(stored)) return shown === logClock(stored, zone) ? formatTimestamp(stored, zone) : shown; // an instant read in another zone: as the log wrote it, not half rewritten
  if (stored === null || stored === undefined) return shown;
  const days = new Set((typeof stored === 'string' ? stored : JSON.stringify(stored)).match(isoDays) ?? []);
  if (days.size === 0) return shown;
  return shown.replace(shownDays, (date: string, d: string, m: string, y: string) => (days.has(`${y}-${m}-${d}`) ? formatDay(`${y}-${m}-${d}`) : date));
}
