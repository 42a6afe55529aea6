import { formatRupiah as rupiah } from '../../core/api/money.ts';
import { ianaZoneOf, type TimeZoneCode } from '../../core/api/office-profile.ts';
import i18n from './i18n/index.ts';

// Numbers, percentages and money in the interface language's style: "1.234,5" and "Rp 2.600.000"
// in Indonesian, "1,234.5" and "Rp 2,600,000" in English (read at call time, as dates are).
// Files and core's messages keep their own formatters (core/api/money.ts, core/api/percent.ts).
// Dates always day first, with the month named in the interface language: "7 Des 2026" in
// Indonesian, "7 Dec 2026" in English (en-GB keeps the day first).

const numberLocale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${numberLocale()} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** 1234.5 → '1.234,5' (Indonesian) or '1,234.5' (English); up to three decimals. */
export const formatNumber = (n: number) => numberFormat().format(n);

/** At most `maxFractionDigits` decimals (and at least `minFractionDigits`): formatDecimal(1.25, 1) → '1,3' / '1.3'. */
export const formatDecimal = (n: number, maxFractionDigits: number, minFractionDigits = 0) =>
  numberFormat({ minimumFractionDigits: minFractionDigits, maximumFractionDigits: maxFractionDigits }).format(n);

/** A percentage with a space before the sign: formatPercentValue(12.5) → '12,5 %' / '12.5 %'; '—' when unknown. */
export const formatPercentValue = (value: number | null | undefined, maxFractionDigits = 2, minFractionDigits = 0) =>
  value === null || value === undefined ? '—' : `${formatDecimal(value, maxFractionDigits, minFractionDigits)} %`;

const moneyLanguage = () => (i18n.language === 'en' ? 'en' : 'id');
/** Money on screen: 'Rp 2.600.000' in Indonesian, 'Rp 2,600,000' in English (as core's messages write it). */
export const formatRupiah = (n: number) => rupiah(n, 'nbsp', moneyLanguage());
/** The same with an ordinary space, for plain-text summaries that get pasted anywhere: 'Rp 16.800' / 'Rp 16,800'. */
export const plainRupiah = (n: number) => rupiah(n, 'plain', moneyLanguage());

const dateLocale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${dateLocale()} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(), options);
    formats.set(key, format);
  }
  return format;
}

/** '2024-03-07' → '7 Mar 2024'; '—' when empty. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A UTC timestamp shown in the office's zone, with the zone's name (WIB / WITA / WIT). */
export function formatTimestamp(iso: string | null | undefined, zone: TimeZoneCode): string {
  if (!iso) return '—';
  const text = dateFormat({
    timeZone: ianaZoneOf[zone],
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
  return `${text} ${zone}`;
}

/** '1985-06-05' → '5 Juni 1985' / '5 June 1985' (the month in full); '—' when empty. */
export function formatLongDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A UTC timestamp's day in the office's zone: '2026-12-06T19:25Z' → '7 Des 2026' in WITA (its day there, not UTC's). */
export function formatDayInZone(iso: string | null | undefined, zone: TimeZoneCode): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat({ timeZone: ianaZoneOf[zone], day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}
