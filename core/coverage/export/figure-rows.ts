import { coverageDimensions, type CoverageFigure, type CoverageReport } from '../../api/coverage.ts';
import type { TimeZoneCode } from '../../api/office-profile.ts';
import { tanggal, tanggalJam } from '../../award/pdf/words.ts';
import { msg, render } from '../../messages.ts';
import { dayMonthYear } from '../../api/calendar-day.ts';

// What both files of the coverage report show, each figure with its denominator and sources: the
// columns and cells the XLSX sheets and the PDF tables share.

export const figureColumns = ['label', 'code', 'numerator', 'numeratorSource', 'aggregates', 'denominator', 'denominatorName', 'denominatorSource', 'denominatorDate', 'percent', 'dataDate'] as const;

export const columnTitles = () => figureColumns.map((c) => render(msg(`coverage.export.columns.${c}`)));

/** A day as the XLSX cells write it: "30/06/2025". */

/** A day in words held together by no-break spaces ("30 Juni 2025"), so a PDF cell never breaks it. */
export const dayWords = (iso: string | null | undefined) => (iso ? tanggal(iso).replace(/ /g, '\u00a0') : '');

/** A slice figure's shared breakdowns: 'segment=BPU, funding=apbd_kabkota'. */
export const sliceWords = (f: CoverageFigure) => f.aggregateOnly.map((o) => `${o.column}=${o.value}`).join(', ');

export function figureCells(f: CoverageFigure, day: (iso: string | null | undefined) => string = dayMonthYear): (string | number | null)[] {
  return [
    f.label,
    f.value ?? '',
    f.numerator,
    render(msg(`coverage.sources.${f.numeratorSource}`, { people: f.parts.people.toLocaleString('id-ID'), aggregates: f.parts.aggregates.toLocaleString('id-ID') })) +
      (f.registerSetAside === null ? '' : ` ${render(msg('coverage.sources.registerSetAside', { count: f.registerSetAside.toLocaleString('id-ID') }))}`) +
      (f.aggregateOnly.length ? ` ${render(msg('coverage.sources.only', { parts: sliceWords(f) }))}` : ''),
    f.aggregates.map((a) => `${a.count.toLocaleString('id-ID')} (${a.source}, ${day(a.asOfDate)})`).join('; '),
    f.denominator?.value ?? null,
    f.denominator?.name ?? '',
    f.denominator?.source ?? '',
    day(f.denominator?.asOfDate),
    f.percent,
    day(f.dataDate),
  ];
}

/** The report's sections: the total, then each breakdown that has figures, titled. */
export function reportSections(report: CoverageReport): { title: string; figures: CoverageFigure[] }[] {
  return [
    { title: render(msg('coverage.dimensions.total')), figures: [report.total] },
    ...coverageDimensions.filter((d) => report.breakdowns[d].length).map((d) => ({ title: render(msg(`coverage.dimensions.${d}`)), figures: report.breakdowns[d] })),
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
