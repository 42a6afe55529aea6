import { ianaZoneOf, type TimeZoneCode } from '../../core/api/office-profile.ts';

// Numbers, money and dates always in id-ID style, whatever the interface language.
const locale = 'id-ID';

export const formatNumber = (n: number) => new Intl.NumberFormat(locale).format(n);
export const formatRupiah = (n: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(n);

/** A UTC timestamp shown in the office's zone, with the zone's name (WIB / WITA / WIT). */
export function formatTimestamp(iso: string | null | undefined, zone: TimeZoneCode): string {
  if (!iso) return '—';
  const text = new Intl.DateTimeFormat(locale, {
    timeZone: ianaZoneOf[zone],
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
  return `${text} ${zone}`;
}
