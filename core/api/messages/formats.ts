import { dayMonthYear } from '../calendar-day.ts';
import type { i18n } from 'i18next';

// How numbers, sizes and durations read in each language, as i18next formats: a catalogue
// writes "{{limit, bytes}}" and the parameter stays a number until the language is known.
// Core (core/messages.ts) and the renderer (renderer/src/i18n) add the same formats.

import { formatRupiah } from '../money.ts';

type Lang = 'id' | 'en';
const lang = (lng: string | undefined): Lang => (lng === 'en' ? 'en' : 'id');
const MB = 1024 * 1024;

export function formatNumber(n: number, language: Lang): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 }).format(n);
}

export function formatBytes(n: number, language: Lang): string {
  if (n >= 1024 * MB) return `${formatNumber(n / (1024 * MB), language)} GB`;
  if (n >= MB) return `${formatNumber(n / MB, language)} MB`;
  if (n >= 1024) return `${formatNumber(n / 1024, language)} KB`;
  return `${formatNumber(n, language)} ${language === 'id' ? 'bita' : 'bytes'}`;
}

export function formatDuration(ms: number, language: Lang): string {
  if (ms >= 60_000) return `${formatNumber(ms / 60_000, language)} ${language === 'id' ? 'menit' : 'minutes'}`;
  return `${formatNumber(ms / 1000, language)} ${language === 'id' ? 'detik' : 'seconds'}`;
}

/** Adds `num`, `rupiah` (money: 'Rp 2.600.000', in English 'Rp 2,600,000'), `bytes`, `duration`, `cap` (first letter upper case) and `day` ('2025-03-01' → '01/03/2025', as forms write days) to an i18next instance. */
export function addFormats(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (!formatter) return;
  formatter.add('num', (value: number, lng) => formatNumber(Number(value), lang(lng)));
  formatter.add('rupiah', (value: number, lng) => formatRupiah(Number(value), 'nbsp', lang(lng)));
  formatter.add('bytes', (value: number, lng) => formatBytes(Number(value), lang(lng)));
  formatter.add('cap', (value: string) => String(value).charAt(0).toUpperCase() + String(value).slice(1));
  formatter.add('duration', (value: number, lng) => formatDuration(Number(value), lang(lng)));
  formatter.add('day', (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? dayMonthYear(String(value)) : String(value)));
}
