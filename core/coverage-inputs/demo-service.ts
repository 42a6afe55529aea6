import type { CoverageInputsDemoResult } from '../api/channels/coverage-inputs.ts';
import { aggregateInputSchema, denominatorInputSchema, targetInputSchema } from '../api/coverage-inputs.ts';
import type { ServiceContext } from '../context.ts';
import { msg, render } from '../messages.ts';
import { stmt } from '../../db/statements.ts';
import { saveAggregate } from './aggregate-service.ts';
import { demoAggregates, demoDenominators, demoTargets } from './demo-coverage-inputs.ts';
import { saveDenominator } from './denominator-service.ts';
import { saveTarget } from './target-service.ts';

// "Muat contoh angka Bali": the published figures through the same services as the forms (each
// save audited). A row already there (same area, date and name or count) is not entered twice,
// so loading again adds nothing.

const hasDenominator = (ctx: ServiceContext, d: { areaCode: string; asOfDate: string; name: string }) =>
  stmt(ctx.sqlite, 'SELECT uid FROM coverage_denominator WHERE area_code = ? AND as_of_date = ? AND name = ?').pluck().get(d.areaCode, d.asOfDate, d.name) as string | undefined;
const hasAggregate = (ctx: ServiceContext, a: { areaCode: string; asOfDate: string; count: number; source: string; category?: string | null | undefined; segment?: string | null | undefined }) =>
  stmt(ctx.sqlite, 'SELECT 1 FROM coverage_aggregate WHERE area_code = ? AND as_of_date = ? AND count = ? AND source = ? AND category IS ? AND segment IS ?').get(a.areaCode, a.asOfDate, a.count, a.source, a.category ?? null, a.segment ?? null) !== undefined;
const hasTarget = (ctx: ServiceContext, t: { year: number; areaCode: string; kind: string; value: number }) =>
  stmt(ctx.sqlite, 'SELECT 1 FROM coverage_target WHERE year = ? AND area_code = ? AND kind = ? AND value = ?').get(t.year, t.areaCode, t.kind, t.value) !== undefined;

export function loadCoverageDemo(ctx: ServiceContext): CoverageInputsDemoResult {
  const result = { denominators: 0, aggregates: 0, targets: 0 };
  const uids = new Map<string, string>();
  for (const { key, ...d } of demoDenominators) {
    const values = denominatorInputSchema.parse({ ...d, notes: d.notes === 'example' ? render(msg('coverageInputs.demo.exampleNote')) : (d.notes ?? '') });
    const existing = hasDenominator(ctx, values);
    if (existing) {
      uids.set(key, existing);
      continue;
    }
    uids.set(key, saveDenominator(ctx, values).uid);
    result.denominators += 1;
  }
  for (const a of demoAggregates) {
    const values = aggregateInputSchema.parse(a);
    if (hasAggregate(ctx, values)) continue;
    saveAggregate(ctx, values);
    result.aggregates += 1;
  }
  for (const { denominatorKey, ...t } of demoTargets) {
    const values = targetInputSchema.parse({ ...t, denominatorUid: denominatorKey ? (uids.get(denominatorKey) ?? null) : null });
    if (hasTarget(ctx, values)) continue;
    saveTarget(ctx, values);
    result.targets += 1;
  }
  return result;
}
