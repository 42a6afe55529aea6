import type { ProgrammeCode } from '../api/employers.ts';
import type { Segment } from '../api/workers.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { periodWrites, type PeriodTableRow } from './person-record.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// One period told by a list (an import row, or a reviewed row taken later) joined to a person's
// periods: it extends the one of its segment (and employer) it continues, or is added; one
// that overlaps another of its segment is refused. The import and the identity review's
// "use the file's data" share it, so both add periods the same way.

export interface ToldPeriod {
  segment: Segment;
  employerId: number | null;
  programmes: ProgrammeCode[];
  startDate: string;
  endDate: string | null;
  income: number | null;
  funding: string | null;
  source: string;
  /** The date the list speaks of (absent in reviews held before it was read). */
  sourceDate?: string | null;
  /** The vulnerable-worker programme that pays (absent in reviews held before it existed). */
  programmeId?: number | null;
}

type Span = { startDate: string; endDate: string | null };

const day = (iso: string | null) => dayMonthYear(iso, '—');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** Two spans overlap, or the second starts the day after the first ends (a continuation). */
const meets = (a: Span, b: Span) => a.startDate <= (b.endDate ?? '9999-12-31') && (a.endDate === null || nextDay(a.endDate) >= b.startDate);
export const overlaps = (a: Span, b: Span) => a.startDate <= (b.endDate ?? '9999-12-31') && b.startDate <= (a.endDate ?? '9999-12-31');

export const overlapError = (p: ToldPeriod, other: { startDate: string }) =>
  new AppError('INVALID_INPUT', msg('workers.save.periodOverlap', { segment: p.segment, start: day(p.startDate), other: day(other.startDate) }), { issues: [{ path: 'startDate' }] });

/** The period's columns as a new row (drizzle keys, driver values). */
export function newPeriodColumns(p: ToldPeriod, kpj: string): Record<string, unknown> {
  return {
    segment: p.segment, employerId: p.employerId, kpj: kpj || null, programmes: JSON.stringify(p.programmes), startDate: p.startDate, endDate: p.endDate,
    wage: p.segment === 'PU' ? p.income : null, declaredIncome: p.segment === 'PU' ? null : p.income, funding: p.funding, source: p.source, sourceDate: p.sourceDate ?? null, programmeId: p.programmeId ?? null,
  };
}

/**
 * `closes`: the list gave an end to a period the register had open (a BPJS list's "non aktif" date).
 * `splits`: the list starts later with other terms (funding, income, paying programme, more
 * programmes): the register's period ends the day before (`endsAt`, or stays as it is when it
 * ended then already) and the list's starts a new one, so the months before keep their terms.
 */
export type PeriodMerge =
  | { extends: PeriodTableRow; columns: Record<string, unknown>; closes: boolean; /** Programmes of the period the list leaves out (kept: a list never takes one away). */ keeps: string[] }
  | { adds: Record<string, unknown>; splits?: { period: PeriodTableRow; columns: Record<string, unknown> | null } };

/**
 * How `p` joins `known` (the person's periods). `provided(field)`: the list filled that import
 * field (an extension never erases what it leaves blank). `extended`: periods already extended
 * by this list (a second extension of one period is an overlap).
 */
export function mergePeriod(known: readonly PeriodTableRow[], p: ToldPeriod, kpj: string, provided: (field: string) => boolean, extended: ReadonlySet<number>): PeriodMerge {
  const period = newPeriodColumns(p, kpj);
  const same = known.filter((o) => o.segment === p.segment);
  const continued = same.find((o) => (p.segment !== 'PU' || o.employerId === p.employerId) && meets(o, p) && o.startDate <= p.startDate);
  const clash = same.find((o) => o !== continued && overlaps(o, p));
  if (clash || (continued && extended.has(continued.id))) throw overlapError(p, clash ?? continued!);
  if (!continued) return { adds: period };
  const programmes = [...new Set([...(JSON.parse(continued.programmes) as string[]), ...p.programmes])];
  if (continued.startDate < p.startDate && newTerms(continued, period, programmes, provided)) {
    const endsAt = dayBefore(p.startDate);
    const kept = Object.fromEntries(periodWrites.map((k) => [k, continued[k]]));
    return {
      splits: { period: continued, columns: continued.endDate === endsAt ? null : { ...kept, endDate: endsAt } },
      // What the list leaves blank it takes from the period it follows; its own dates and programmes (walk 37: JHT carried over).
      adds: { ...kept, ...told(period, provided), ...toldSource(continued, period, provided), programmes: provided('programmes') ? period.programmes : continued.programmes, startDate: p.startDate, endDate: p.endDate },
    };
  }
  // An open period the list ends is closed at the list's date (the person stopped paying); a
  // list with no end keeps or reopens it; of two ends the later one holds.
  const closes = continued.endDate === null && p.endDate !== null;
  const endDate = closes ? p.endDate : continued.endDate === null || p.endDate === null ? null : continued.endDate > p.endDate ? continued.endDate : p.endDate;
  return {
    extends: continued,
    closes,
    keeps: provided('programmes') ? (JSON.parse(continued.programmes) as string[]).filter((c) => !(p.programmes as string[]).includes(c)) : [],
    columns: {
      ...Object.fromEntries(periodWrites.map((k) => [k, continued[k]])),
      endDate,
      programmes: JSON.stringify(programmes),
      ...told(period, provided),
      ...toldSource(continued, period, provided),
    },
  };
}

/** The terms the list filled, over the period's. */
function told(period: Record<string, unknown>, provided: (field: string) => boolean): Record<string, unknown> {
  return {
    ...(provided('funding') ? { funding: period.funding } : {}),
    ...(provided('income') ? { wage: period.wage, declaredIncome: period.declaredIncome } : {}),
    ...(provided('kpj') ? { kpj: period.kpj } : {}),
    ...(provided('payingProgramme') ? { programmeId: period.programmeId } : {}),
  };
}

/** The list fills a term of the period with another value, or adds a programme (a KPJ or a source is no new term). */
function newTerms(continued: PeriodTableRow, period: Record<string, unknown>, programmes: readonly string[], provided: (field: string) => boolean): boolean {
  const differs = (field: string, columns: readonly (keyof PeriodTableRow)[]) => provided(field) && columns.some((c) => (period[c] ?? null) !== (continued[c] ?? null));
  return differs('funding', ['funding']) || differs('income', ['wage', 'declaredIncome']) || differs('payingProgramme', ['programmeId'])
    || programmes.length > (JSON.parse(continued.programmes) as string[]).length;
}

/**
 * Where the period's data now comes from: the list that told of it, its source and date as a
 * pair (a new source without a date does not keep the last one's date), unless the list is
 * older than the source the period has (an old list imported late, a review decided months on).
 */
function toldSource(continued: PeriodTableRow, period: Record<string, unknown>, provided: (field: string) => boolean): { source?: unknown; sourceDate?: unknown } {
  if (!provided('source') && !provided('sourceDate')) return {};
  const date = provided('sourceDate') ? (period.sourceDate as string | null) : null;
  if (date && continued.sourceDate && date < continued.sourceDate) return {};
  return { source: provided('source') ? period.source : continued.source, sourceDate: date };
}
