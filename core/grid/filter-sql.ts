import type { ColumnFilter, SimpleFilter } from '../api/grid.ts';
import { invalidInput } from '../app-error.ts';
import { msg } from '../messages.ts';
import { foldText } from '../../db/fold.ts';
import type { GridColumnSpec } from './grid-spec.ts';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern (ESCAPE '\\') matching folded text that contains `term`. */
export const containsPattern = (term: string) => `%${escapeLike(foldText(term) ?? '')}%`;
const like = (expr: string, pattern: string): SqlFragment => ({ sql: `fold(${expr}) LIKE ? ESCAPE '\\'`, params: [pattern] });

type FilterReason = 'emptyText' | 'missingNumber' | 'missingUpperBound' | 'dateFormat' | 'wrongType';
const badFilter = (colId: string, reason: FilterReason, params: Record<string, string> = {}) =>
  invalidInput(msg('registers.badFilter', { column: colId, reason: msg(`registers.filterReasons.${reason}`, params) }), { column: colId, reason });

function textCondition(colId: string, expr: string, f: Extract<SimpleFilter, { filterType: 'text' }>): SqlFragment {
  if (f.type === 'blank') return { sql: `(${expr} IS NULL OR ${expr} = '')`, params: [] };
  if (f.type === 'notBlank') return { sql: `(${expr} IS NOT NULL AND ${expr} <> '')`, params: [] };
  const value = foldText(f.filter ?? '') ?? '';
  if (value === '') throw badFilter(colId, 'emptyText');
  const v = escapeLike(value);
  switch (f.type) {
    case 'contains':
      return like(expr, `%${v}%`);
    case 'notContains': {
      const inner = like(expr, `%${v}%`);
      return { sql: `(${expr} IS NULL OR NOT ${inner.sql})`, params: inner.params };
    }
    case 'startsWith':
      return like(expr, `${v}%`);
    case 'endsWith':
      return like(expr, `%${v}`);
    case 'equals':
      return { sql: `fold(${expr}) = ?`, params: [value] };
    case 'notEqual':
      return { sql: `(${expr} IS NULL OR fold(${expr}) <> ?)`, params: [value] };
  }
}

const numberOps = { equals: '=', notEqual: '<>', lessThan: '<', lessThanOrEqual: '<=', greaterThan: '>', greaterThanOrEqual: '>=' } as const;

function numberCondition(colId: string, expr: string, f: Extract<SimpleFilter, { filterType: 'number' }>): SqlFragment {
  if (f.type === 'blank') return { sql: `${expr} IS NULL`, params: [] };
  if (f.type === 'notBlank') return { sql: `${expr} IS NOT NULL`, params: [] };
  if (f.filter === null || f.filter === undefined) throw badFilter(colId, 'missingNumber');
  if (f.type === 'inRange') {
    if (f.filterTo === null || f.filterTo === undefined) throw badFilter(colId, 'missingUpperBound');
    return { sql: `${expr} BETWEEN ? AND ?`, params: [f.filter, f.filterTo] };
  }
  return { sql: `${expr} ${numberOps[f.type]} ?`, params: [f.filter] };
}

const isoDate = (colId: string, raw: string | null | undefined): string => {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(raw ?? '');
  if (!m?.[1] || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) throw badFilter(colId, 'dateFormat');
  return m[1];
};

/** A calendar day in the office's zone as a half-open range of UTC instants. */
function dayToUtcRange(day: string, utcOffsetMinutes: number): [string, string] {
  const start = Date.parse(`${day}T00:00:00Z`) - utcOffsetMinutes * 60_000;
  return [new Date(start).toISOString(), new Date(start + 86_400_000).toISOString()];
}

function dateCondition(
  colId: string,
  spec: GridColumnSpec,
  f: Extract<SimpleFilter, { filterType: 'date' }>,
  utcOffsetMinutes: number,
): SqlFragment {
  const expr = spec.sql;
  if (f.type === 'blank') return { sql: `${expr} IS NULL`, params: [] };
  if (f.type === 'notBlank') return { sql: `${expr} IS NOT NULL`, params: [] };
  const from = isoDate(colId, f.dateFrom);
  if (spec.type === 'date') {
    switch (f.type) {
      case 'equals':
        return { sql: `${expr} = ?`, params: [from] };
      case 'notEqual':
        return { sql: `(${expr} IS NULL OR ${expr} <> ?)`, params: [from] };
      case 'lessThan':
        return { sql: `${expr} < ?`, params: [from] };
      case 'greaterThan':
        return { sql: `${expr} > ?`, params: [from] };
      case 'inRange':
        return { sql: `${expr} BETWEEN ? AND ?`, params: [from, isoDate(colId, f.dateTo)] };
    }
  }
  // datetime: UTC instants stored, days chosen in the office's zone.
  const [dayStart, dayEnd] = dayToUtcRange(from, utcOffsetMinutes);
  switch (f.type) {
    case 'equals':
      return { sql: `(${expr} >= ? AND ${expr} < ?)`, params: [dayStart, dayEnd] };
    case 'notEqual':
      return { sql: `(${expr} < ? OR ${expr} >= ?)`, params: [dayStart, dayEnd] };
    case 'lessThan':
      return { sql: `${expr} < ?`, params: [dayStart] };
    case 'greaterThan':
      return { sql: `${expr} >= ?`, params: [dayEnd] };
    case 'inRange':
      return { sql: `(${expr} >= ? AND ${expr} < ?)`, params: [dayStart, dayToUtcRange(isoDate(colId, f.dateTo), utcOffsetMinutes)[1]] };
  }
}

function setCondition(expr: string, f: Extract<SimpleFilter, { filterType: 'set' }>): SqlFragment {
  if (f.values.length === 0) return { sql: '0', params: [] }; // nothing chosen: nothing shown, as ag-grid does
  const values = f.values.filter((x): x is string => x !== null);
  const parts: string[] = [];
  if (values.length) parts.push(`${expr} IN (${values.map(() => '?').join(', ')})`);
  if (values.length < f.values.length) parts.push(`${expr} IS NULL`);
  return { sql: `(${parts.join(' OR ')})`, params: values };
}

const allowed: Record<GridColumnSpec['type'], SimpleFilter['filterType'][]> = {
  text: ['text', 'set'],
  set: ['set', 'text'],
  number: ['number'],
  date: ['date'],
  datetime: ['date'],
};

function simpleCondition(colId: string, column: GridColumnSpec, f: SimpleFilter, utcOffsetMinutes: number): SqlFragment {
  if (!allowed[column.type].includes(f.filterType)) throw badFilter(colId, 'wrongType', { filter: f.filterType, column: column.type });
  // Unary + keeps SQLite from using the column's index (see lowCardinality).
  const spec = column.lowCardinality ? { ...column, sql: `+${column.sql}` } : column;
  switch (f.filterType) {
    case 'text':
      return textCondition(colId, spec.sql, f);
    case 'number':
      return numberCondition(colId, spec.sql, f);
    case 'date':
      return dateCondition(colId, spec, f, utcOffsetMinutes);
    case 'set':
      return setCondition(spec.sql, f);
  }
}

export function columnCondition(colId: string, spec: GridColumnSpec, filter: ColumnFilter, utcOffsetMinutes: number): SqlFragment {
  if (!('operator' in filter)) return simpleCondition(colId, spec, filter, utcOffsetMinutes);
  const parts = filter.conditions.map((c) => simpleCondition(colId, spec, c, utcOffsetMinutes));
  return { sql: `(${parts.map((p) => p.sql).join(` ${filter.operator} `)})`, params: parts.flatMap((p) => p.params) };
}
