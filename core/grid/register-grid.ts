import { stmt } from '../../db/statements.ts';
import type { GridPage } from '../api/grid.ts';
import { utcOffsetMinutesOf } from '../api/office-profile.ts';
import type { RegisterCounts } from '../api/registers.ts';
import { invalidInput } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { queryGrid, whereOf, type ParsedGridRequest } from './query-grid.ts';
import { countingFrom, totalsOf } from './row-count.ts';

// Any register's grid page and counts, from its declaration (core/registers).

const utcOffset = (ctx: ServiceContext) => utcOffsetMinutesOf[officeSettings(ctx).timeZone];

export function listRegister(ctx: ServiceContext, register: string, request: ParsedGridRequest): GridPage<Record<string, unknown>> {
  return queryGrid(ctx.sqlite, ctx.runtime.registers.gridSpec(register), request, utcOffset(ctx));
}

/**
 * How many records of each value of `by` match the view (the filter on `by` itself aside, so the
 * counts stay as buttons to pick another value), and their total.
 */
export function countRegister(
  ctx: ServiceContext,
  input: { register: string; by: string } & Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'>,
): RegisterCounts {
  const definition = ctx.runtime.registers.get(input.register);
  const spec = ctx.runtime.registers.gridSpec(input.register);
  const column = definition.countBy.includes(input.by) ? spec.columns[input.by] : undefined;
  if (!column) throw invalidInput(msg('registers.notCountable', { column: input.by }), { column: input.by });
  const { [input.by]: _own, ...filterModel } = input.filterModel;
  const fromTotals = spec.totals?.by === input.by ? totalsOf(ctx.sqlite, spec, filterModel, input.quickSearch) : null;
  if (fromTotals) return { total: fromTotals.reduce((sum, r) => sum + r.n, 0), values: Object.fromEntries(fromTotals.map((r) => [r.value, r.n])) };
  const where = whereOf(spec, { startRow: 0, endRow: 1, sortModel: [], filterModel, quickSearch: input.quickSearch }, utcOffset(ctx));
  const rows = stmt(ctx.sqlite, `SELECT ${column.sql} AS value, count(*) AS n FROM ${countingFrom(spec, filterModel, input.quickSearch, input.by)} ${where.sql} GROUP BY 1`).all(...where.params) as {
    value: string | null;
    n: number;
  }[];
  const values: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    values[r.value ?? ''] = r.n;
    total += r.n;
  }
  return { total, values };
}
