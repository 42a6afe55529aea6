import type { TrendPoint } from '../api/coverage.ts';
import { invalidInput } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { msg, renderBoth } from '../messages.ts';
import { indexAggregates, indexUpTo, type AggregateIndex } from './aggregate-choice.ts';
import { loadAggregates, loadDenominators } from './inputs.ts';
import { keepCoverageCurrent } from './keep-current.ts';
import { cachedForData } from './month-cache.ts';
import { scopedFigure, type CountScope } from './scoped-figure.ts';
import { monthEnd } from './snapshots.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// One point a month, at the month's last day (today for the current month; none for months to
// come), each a figure of the scope with its denominator of that date and its numerator's source.

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  while (`${y}-${String(m).padStart(2, '0')}` <= to) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

export function trendOf(ctx: ServiceContext, scope: CountScope, months: readonly string[]): TrendPoint[] {
  keepCoverageCurrent(ctx);
  const today = officeTodayIso(ctx);
  const denominators = loadDenominators(ctx.sqlite);
  // The aggregate rows up to today, read and indexed once when a month must be counted; each month reads those of its date.
  let all: AggregateIndex | null = null;
  const aggregatesAt = (date: string) => indexUpTo((all ??= indexAggregates(loadAggregates(ctx.sqlite, today))), date);
  const points: TrendPoint[] = [];
  for (const month of months) {
    if (`${month}-01` > today) break;
    const end = monthEnd(month);
    const date = end > today ? today : end;
    const point = (): TrendPoint => {
      const figure = scopedFigure(ctx.sqlite, { denominators, aggregates: aggregatesAt(date) }, scope, date, renderBoth(msg('coverage.total')));
      return { month, date, numerator: figure.numerator, denominator: figure.denominator, percent: figure.percent, numeratorSource: figure.numeratorSource };
    };
    // An ended month is kept until the data changes (month-cache.ts); the current one is counted each time.
    points.push(date === end && end < today ? cachedForData(ctx.sqlite, `trend:${JSON.stringify(scope)}:${month}`, point) : point());
  }
  return points;
}

export function coverageTrend(
  ctx: ServiceContext,
  input: { areaCode?: string | undefined; from: string; to: string; segment?: string | undefined; category?: string | undefined; programmeUid?: string | undefined },
  area: { code: string; withUnknownArea: boolean },
): TrendPoint[] {
  const months = monthsBetween(input.from, input.to);
  if (input.from > input.to || months.length > 120) throw invalidInput(msg('coverage.errors.trendRange', { from: input.from, to: input.to }), { issues: [{ path: 'from' }] });
  const programmeId = input.programmeUid ? (ctx.sqlite.prepare('SELECT id FROM worker_programme WHERE uid = ?').pluck().get(input.programmeUid) as number | undefined) : undefined;
  const scope: CountScope = {
    areaCode: area.code,
    withUnknownArea: area.withUnknownArea,
    segment: input.segment ?? null,
    ...(input.category ? { categories: [input.category] } : {}),
    // An unknown programme counts nobody rather than everybody.
    ...(input.programmeUid ? { programmeIds: [programmeId ?? -1] } : {}),
  };
  return trendOf(ctx, scope, months);
}
