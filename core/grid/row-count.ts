import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';
import type { ColumnFilter } from '../api/grid.ts';
import { columnCondition, type SqlFragment } from './filter-sql.ts';
import type { GridSpec, QuickSearchCondition } from './grid-spec.ts';
import { dataVersion } from './ordered-ids.ts';
import { cachesPerOwner } from '../../db/bounded-cache.ts';

// How many records a view holds. A view filtered only by record status and the count column
// (the default view and the status buttons) is read from the totals the triggers keep, one
// filtered only on the columns of a register's count table from that table; any other view is
// counted once per query and write (the grid asks with every page).

const cacheOf = cachesPerOwner<{ version: string; n: number }>(24);

/** The chosen values of a plain set filter (no blanks chosen), or null when it is another kind. */
function setValues(filter: ColumnFilter | undefined): string[] | null {
  if (!filter || 'operator' in filter || filter.filterType !== 'set') return null;
  return filter.values.every((v): v is string => v !== null) ? filter.values : null;
}

/**
 * The counts of (status, value) pairs a view matches, from the totals; null when the view is
 * not one the totals answer.
 */
export function totalsOf(sqlite: Sqlite, spec: GridSpec, filterModel: Record<string, ColumnFilter>, quickSearch?: string): { value: string; n: number }[] | null {
  const totals = spec.totals;
  if (!totals || spec.baseWhere || quickSearch?.trim()) return null;
  const conditions: string[] = ['register = ?'];
  const params: unknown[] = [totals.register];
  for (const [colId, filter] of Object.entries(filterModel)) {
    const values = setValues(filter);
    const column = colId === totals.status ? 'status' : colId === totals.by ? 'value' : null;
    if (!values || !column) return null;
    conditions.push(values.length ? `${column} IN (${values.map(() => '?').join(', ')})` : '0');
    params.push(...values);
  }
  return stmt(sqlite, `SELECT value, sum(n) AS n FROM record_total WHERE ${conditions.join(' AND ')} GROUP BY value HAVING sum(n) > 0`).all(...params) as { value: string; n: number }[];
}

/**
 * The number of records a view matches, summed from a count table holding every column it filters
 * (GridSpec.countTables), the filters applied to that table's columns; null when none does.
 */
export function countFromTables(sqlite: Sqlite, spec: GridSpec, filterModel: Record<string, ColumnFilter>, quickSearch: string | undefined, utcOffsetMinutes: number): number | null {
  if (spec.baseWhere || quickSearch?.trim()) return null;
  const filtered = Object.keys(filterModel);
  const table = spec.countTables?.find((t) => filtered.every((colId) => Object.hasOwn(t.columns, colId)));
  if (!table) return null;
  const parts = Object.entries(filterModel).map(([colId, filter]) => columnCondition(colId, { ...spec.columns[colId]!, sql: table.columns[colId]! }, filter, utcOffsetMinutes));
  const where = parts.length ? `WHERE ${parts.map((p) => p.sql).join(' AND ')}` : '';
  return stmt(sqlite, `SELECT coalesce(sum(${table.n}), 0) FROM ${table.from} ${where}`).pluck().get(...parts.flatMap((p) => p.params)) as number;
}

/**
 * A filter on a many-valued set column (a kecamatan, a category; not a few-valued status): the
 * planner reads the view along that column's own index, in about as many steps as rows match.
 */
export function hasSelectiveFilter(spec: GridSpec, filterModel: Record<string, ColumnFilter>): boolean {
  return Object.keys(filterModel).some((colId) => spec.columns[colId]?.type === 'set' && !spec.columns[colId].lowCardinality);
}

/**
 * The FROM a count of a view reads: an index holding every column its filters (and `by`) test,
 * when there is one (a walk of the index alone), else the register's table.
 */
export function countingFrom(spec: GridSpec, filterModel: Record<string, ColumnFilter>, quickSearch: string | undefined, by?: string): string {
  if (hasSelectiveFilter(spec, filterModel)) return spec.countFrom ?? spec.from;
  const needed = [...Object.keys(filterModel), ...(by ? [by] : [])];
  const covering = quickSearch?.trim() || spec.baseWhere ? undefined : Object.values(spec.sortIndexes ?? {}).find((index) => needed.every((colId) => index.covers.includes(colId)));
  return covering?.from ?? spec.countFrom ?? spec.from;
}

const sampleRows = 1000;

/**
 * A search with `outside` conditions that matches most rows (judged on the first rows of a sort
 * index, where the search's key is spread), in a view whose total the totals keep: counted as
 * that total less the rows outside, which are fewer to walk. Null when that does not apply.
 */
function countByOutside(sqlite: Sqlite, spec: GridSpec, filterModel: Record<string, ColumnFilter>, search: QuickSearchCondition | null, filterWhere: SqlFragment): number | null {
  const sample = Object.values(spec.sortIndexes ?? {})[0];
  if (!search?.outside?.length || !search.probeSql || !sample) return null;
  const totals = totalsOf(sqlite, spec, filterModel);
  if (!totals) return null;
  const share = stmt(sqlite, `SELECT coalesce(avg(hit), 0) FROM (SELECT (${search.probeSql}) AS hit FROM ${sample.from} LIMIT ${sampleRows})`).pluck().get(...search.params) as number;
  if (share <= 0.5) return null;
  const filter = filterWhere.sql.replace(/^WHERE /, '');
  const outside = search.outside.reduce((sum, part) => {
    const sql = `SELECT count(*) FROM ${spec.countFrom ?? spec.from} WHERE ${filter ? `${filter} AND ` : ''}${part.sql}`;
    return sum + (stmt(sqlite, sql).pluck().get(...filterWhere.params, ...part.params) as number);
  }, 0);
  return totals.reduce((sum, r) => sum + r.n, 0) - outside;
}

/**
 * The number of rows a view matches. `search` and `filterWhere` (the view's conditions without
 * the search): a search matching most of the register may be counted from what it leaves out.
 */
export function rowCount(
  sqlite: Sqlite,
  spec: GridSpec,
  filterModel: Record<string, ColumnFilter>,
  quickSearch: string | undefined,
  where: SqlFragment,
  search: QuickSearchCondition | null = null,
  filterWhere: SqlFragment = { sql: '', params: [] },
  utcOffsetMinutes = 0,
): number {
  const fromTotals = totalsOf(sqlite, spec, filterModel, quickSearch);
  if (fromTotals) return fromTotals.reduce((sum, r) => sum + r.n, 0);
  const fromTable = countFromTables(sqlite, spec, filterModel, quickSearch, utcOffsetMinutes);
  if (fromTable !== null) return fromTable;
  const sql = `SELECT count(*) FROM ${countingFrom(spec, filterModel, quickSearch)} ${where.sql}`;
  const key = `${sql}\u0000${JSON.stringify(where.params)}`;
  const cache = cacheOf(sqlite);
  const version = dataVersion(sqlite);
  const hit = cache.get(key);
  if (hit?.version === version) return hit.n;
  const n = countByOutside(sqlite, spec, filterModel, search, filterWhere) ?? (stmt(sqlite, sql).pluck().get(...where.params) as number);
  cache.set(key, { version, n });
  return n;
}
