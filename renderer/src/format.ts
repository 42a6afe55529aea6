import { formatRupiah as rupiah } from '../../core/api/money.ts';
import { ianaZoneOf, type TimeZoneCode } from '../../core/api/office-profile.ts';
import i18n from './i18n/index.ts';

// Numbers and money (core/api/money.ts) always in id-ID style, whatever the interface language. Dates always
// day first, with the month named in the interface language: "7 Des 2026" in Indonesian,
// "7 Dec 2026" in English (en-GB keeps the day first).
const locale = 'id-ID';

export const formatNumber = (n: number) => new Intl.NumberFormat(locale).format(n);
/** Money: 'Rp 2.600.000' (the one formatter core's files and messages use too). */
export const formatRupiah = (n: number) => rupiah(n);
/** The same with an ordinary space, for plain-text summaries that get pasted anywhere: 'Rp 16.800'. */
export const plainRupiah = (n: number) => rupiah(n, 'plain');

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
