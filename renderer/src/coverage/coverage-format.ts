import type { TFunction } from 'i18next';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { formatPercent as sharedPercent } from '../../../core/api/percent.ts';
import { formatDay, formatDecimal, formatNumber } from '../format.ts';
import i18n from '../i18n/index.ts';

// Coverage numbers in the interface language's style: 130.300 people, 65,60 % in Indonesian;
// 130,300 people, 65.60 % in English.

/**
 * 65.6 → '65,60 %' ('65.60 %' in English); '—' without a denominator. The interview brief prints
 * with the same formatter (core/api/percent.ts), so both round alike.
 */
export const formatPercent = (value: number | null | undefined) => sharedPercent(value, i18n.language === 'en' ? 'en' : 'id');

/** A signed change: '+1.250', '−40' ('+1,250' in English). */
export const formatChange = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value))}`;

/** A signed change in points: '+2,40', '−0,15' ('+2.40', '−0.15' in English); '—' when unknown. */
export const formatPoints = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatDecimal(Math.abs(value), 2, 2)}`);

/** Where the numerator came from, in words: people in the register, the aggregate rows' source, or both parts. */
export function numeratorSourceText(t: TFunction, figure: CoverageFigure): string {
  if (figure.numeratorSource === 'orang') return t('cakupan.figure.fromPeople');
  const sources = [...new Set(figure.aggregates.map((a) => a.source))].join('; ');
  if (figure.numeratorSource === 'campuran') return t('cakupan.figure.fromMixed', { people: formatNumber(figure.parts.people), aggregates: formatNumber(figure.parts.aggregates), source: sources });
  return t('cakupan.figure.fromAggregate', { source: sources });
}

/** The compact line of a figure's denominator: 'BPS Sakernas Agustus 2025, 31 Agu 2025'. */
export function denominatorShort(t: TFunction, figure: CoverageFigure): string {
  const d = figure.denominator;
  return d ? `${d.source}, ${formatDay(d.asOfDate)}` : t('cakupan.figure.noDenominator');
}

/** '2026-03' → 'Mar 2026' (or, `long`, 'Maret 2026' / 'March 2026') in the interface language. */
export function formatMonth(month: string, language: string, width: 'short' | 'long' = 'short'): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { month: width, year: 'numeric', timeZone: 'UTC' }).format(d);
}
