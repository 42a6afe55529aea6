import { coverageDimensions, type AggregateSlice, type CoverageDimension, type CoverageFigure, type CoverageReport } from '../../api/coverage.ts';
import type { TimeZoneCode } from '../../api/office-profile.ts';
import { tanggal, tanggalJam } from '../../award/pdf/words.ts';
import { msg, render } from '../../messages.ts';
import { dayMonthYear } from '../../api/calendar-day.ts';
import { programmeLabel, type Labels } from '../labels.ts';

// What both files of the coverage report show, each figure with its denominator and sources: the
// columns and cells the XLSX sheets and the PDF tables share.

export const figureColumns = ['label', 'code', 'numerator', 'numeratorSource', 'aggregates', 'denominator', 'denominatorName', 'denominatorSource', 'denominatorDate', 'percent', 'dataDate'] as const;

export const columnTitles = () => figureColumns.map((c) => render(msg(`coverage.export.columns.${c}`)));

/** A day as the XLSX cells write it: "30/06/2025". */

/** A day in words held together by no-break spaces ("30 Juni 2025"), so a PDF cell never breaks it. */
export const dayWords = (iso: string | null | undefined) => (iso ? tanggal(iso).replace(/ /g, '\u00a0') : '');

/** The office's words for the lists' codes, KBLI sections and programmes (loadLabels). */
export type ValueWords = Pick<Labels, 'list' | 'sector' | 'programme'>;

/** A slice's value in words: 'APBD kabupaten/kota' for apbd_kabkota; the code itself when no list knows it. */
function sliceValue(o: AggregateSlice, words: ValueWords | undefined): string {
  if (!words) return o.value;
  if (o.column === 'segment') return words.list('segment', o.value)?.id ?? o.value;
  if (o.column === 'category') return words.list('vulnerable_category', o.value)?.id ?? o.value;
  if (o.column === 'funding') return words.list('funding_source', o.value)?.id ?? o.value;
  if (o.column === 'sector') {
    const name = words.sector(o.value);
    return name ? `${o.value} — ${name.id}` : o.value;
  }
  const p = words.programme(Number(o.value));
  return p ? programmeLabel(p) : o.value;
}

/** A slice figure's shared breakdowns in words: 'Segmen: Bukan Penerima Upah (BPU), Sumber dana: APBD kabupaten/kota'. */
export const sliceWords = (f: CoverageFigure, words?: ValueWords) =>
  f.aggregateOnly.map((o) => render(msg('coverage.export.slice', { dimension: render(msg(`coverage.dimensions.${o.column}`)), value: sliceValue(o, words) }))).join(', ');

/**
 * Whether a breakdown's codes mean something to a reader: the Kemendagri region codes do; the
 * lists' codes (buruh_harian, apbd_kabkota), a programme's number do not, and the PDF leaves them out
 * (the label says them in words; the XLSX keeps them for machines).
 */
export const readableCodes = (dimension: CoverageDimension | 'total') => dimension === 'kabkota' || dimension === 'kecamatan' || dimension === 'desa';

export function figureCells(f: CoverageFigure, day: (iso: string | null | undefined) => string = dayMonthYear, words?: ValueWords): (string | number | null)[] {
  return [
    f.label,
    f.value ?? '',
    f.numerator,
    render(msg(`coverage.sources.${f.numeratorSource}`, { people: f.parts.people.toLocaleString('id-ID'), aggregates: f.parts.aggregates.toLocaleString('id-ID') })) +
      (f.registerSetAside === null ? '' : ` ${render(msg('coverage.sources.registerSetAside', { count: f.registerSetAside.toLocaleString('id-ID') }))}`) +
      (f.aggregateOnly.length ? ` ${render(msg('coverage.sources.only', { parts: sliceWords(f, words) }))}` : ''),
    f.aggregates.map((a) => `${a.count.toLocaleString('id-ID')} (${a.source}, ${day(a.asOfDate)})`).join('; '),
    f.denominator?.value ?? null,
    f.denominator?.name ?? '',
    f.denominator?.source ?? '',
    day(f.denominator?.asOfDate),
    f.percent,
    day(f.dataDate),
  ];
}

/** The report's sections: the whole area ("Cakupan kepesertaan seluruh wilayah", never "per Total"), then each breakdown that has figures, titled. */
export function reportSections(report: CoverageReport): { dimension: CoverageDimension | 'total'; title: string; figures: CoverageFigure[] }[] {
  return [
    { dimension: 'total', title: render(msg('coverage.export.wholeArea')), figures: [report.total] },
    ...coverageDimensions.filter((d) => report.breakdowns[d].length).map((d) => ({ dimension: d, title: render(msg(`coverage.dimensions.${d}`)), figures: report.breakdowns[d] })),
  ];
}

/** The title and what the figures are: dates in words, the freezing time on the office's clock ("3 Juli 2025 pukul 09.00 WITA"). */
export function reportHeading(report: CoverageReport, zone: TimeZoneCode): string[] {
  return [
    render(msg('coverage.export.title')),
    render(msg('coverage.export.subtitle', { area: report.area.name, date: tanggal(report.at) })),
    ...(report.snapshot ? [render(msg('coverage.export.snapshot', { month: tanggal(report.snapshot.month), frozenAt: tanggalJam(report.snapshot.frozenAt, zone), frozenBy: report.snapshot.frozenBy }))] : []),
  ];
}

export const targetTitles = () => ['label', 'year', 'target', 'numerator', 'percent', 'progress', 'denominatorName', 'denominatorSource'].map((c) => render(msg(`coverage.export.columns.${c}` as 'coverage.export.columns.label')));

export function targetCells(report: CoverageReport): (string | number | null)[][] {
  return report.targets.map((t) => [
    t.figure.label,
    t.year,
    t.kind === 'persen' ? `${t.value} %` : t.value,
    t.figure.numerator,
    t.figure.percent,
    t.progressPercent,
    t.figure.denominator?.name ?? '',
    t.figure.denominator?.source ?? '',
  ]);
}
