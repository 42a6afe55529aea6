import { stmt } from '../../db/statements.ts';
import { orderedIds } from './ordered-ids.ts';
import type { GridPage, GridRequest } from '../api/grid.ts';
import { invalidInput } from '../app-error.ts';
import { msg } from '../messages.ts';
import type { Sqlite } from '../../db/open.ts';
import { columnCondition, type SqlFragment } from './filter-sql.ts';
import { indexPageIds, type IndexPageQuery } from './index-pages.ts';
import { rowCount as countRows, hasSelectiveFilter } from './row-count.ts';
import { snapshotPageIds, snapshotSource, type SnapshotSource } from './sort-snapshot.ts';
import type { GridSpec, QuickSearchCondition } from './grid-spec.ts';

export type ParsedGridRequest = Required<Pick<GridRequest, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>> & { quickSearch?: string | undefined };

const unknownColumn = (colId: string, use: 'filter' | 'sort') => invalidInput(msg('registers.unknownColumn', { column: colId, use: msg(`registers.uses.${use}`) }), { column: colId });

/**
 * Every condition of a request, columns checked against the whitelist, values bound. `probe`:
 * the quick search as tested row by row along a sort index (GridSpec's QuickSearchCondition).
 */
export function whereOf(spec: GridSpec, request: ParsedGridRequest, utcOffsetMinutes = 0, form: 'list' | 'probe' = 'list'): SqlFragment {
  const parts: SqlFragment[] = [];
  if (spec.baseWhere) parts.push({ sql: spec.baseWhere, params: [] });
  for (const [colId, filter] of Object.entries(request.filterModel)) {
    const column = Object.hasOwn(spec.columns, colId) ? spec.columns[colId] : undefined;
    if (!column || column.filterable === false) throw unknownColumn(colId, 'filter');
    parts.push(column.condition ? column.condition(colId, filter) : columnCondition(colId, column, filter, utcOffsetMinutes));
  }
  const term = request.quickSearch?.trim();
  if (term && spec.quickSearch) {
    const q = spec.quickSearch(term);
    if (q) parts.push({ sql: form === 'probe' ? (q.probeSql ?? q.sql) : q.sql, params: q.params });
  }
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

export function orderOf(spec: GridSpec, request: ParsedGridRequest): string {
  const sort = request.sortModel.length ? request.sortModel : spec.defaultSort;
  const terms = sort.map(({ colId, sort: dir }) => {
    const column = Object.hasOwn(spec.columns, colId) ? spec.columns[colId] : undefined;
    if (!column || column.sortable === false) throw unknownColumn(colId, 'sort');
    // Unary + keeps SQLite from walking a sort index: the whole ordered list is read (see
    // ordered-ids.ts), and a scan plus one sort beats 40,000 index-order row lookups (45 ms
    // against 16-25 ms at 50,000 employers). Blanks last where a column can be blank.
    return `+${column.sql} ${dir === 'desc' ? 'DESC' : 'ASC'}${column.notNull ? '' : ' NULLS LAST'}`;
  });
  const lastDir = sort.at(-1)?.sort === 'desc' ? 'DESC' : 'ASC';
  terms.push(`${spec.primaryKey} ${lastDir}`);
  return `ORDER BY ${terms.join(', ')}`;
}

/**
 * The index a request's page can be read along, when its sort, filters and search allow, and
 * what a snapshot of that index would hold (sort-snapshot.ts).
 */
function indexPath(spec: GridSpec, request: ParsedGridRequest, search: QuickSearchCondition | null, utcOffsetMinutes: number): (IndexPageQuery & { source: SnapshotSource }) | null {
  const sort = request.sortModel.length ? request.sortModel : spec.defaultSort;
  const only = sort.length === 1 ? sort[0]! : null;
  const path = only && spec.sortIndexes && Object.hasOwn(spec.sortIndexes, only.colId) ? spec.sortIndexes[only.colId] : undefined;
  const column = only ? spec.columns[only.colId] : undefined;
  if (!only || !path || !column?.notNull || spec.baseWhere || (search && !search.probeSql)) return null;
  if (!Object.keys(request.filterModel).every((colId) => path.covers.includes(colId))) return null;
  const where = whereOf(spec, request, utcOffsetMinutes, 'probe');
  return { from: path.from, keySql: column.sql, primaryKey: spec.primaryKey, descending: only.sort === 'desc', where, source: snapshotSource(spec, path, column.sql) };
}

/**
 * One page of a register plus the total that matches: what ag-grid's datasource needs. A view of
 * at most `listWholeUpTo` rows whose filter has an index of its own (a tenth of it for a search)
 * is listed whole (tests set 0 to read every view along its sort index). A page read along a sort
 * index that would walk at least `deepFrom` rows of it gets a snapshot of that index read in the
 * background (sort-snapshot.ts), which serves such pages of every view on the columns it holds
 * until the next write.
 */
export function queryGrid<Row>(sqlite: Sqlite, spec: GridSpec, request: ParsedGridRequest, utcOffsetMinutes = 0, listWholeUpTo = 50_000, deepFrom = 20_000): GridPage<Row> {
  const where = whereOf(spec, request, utcOffsetMinutes);
  const order = orderOf(spec, request);
  const term = request.quickSearch?.trim();
  const search = term && spec.quickSearch ? spec.quickSearch(term) : null;
  const ordered = search?.ordered?.(sqlite, request) ?? null;
  const alongIndex = ordered ? null : indexPath(spec, request, search, utcOffsetMinutes);
  let rowCount: number;
  let pageIds: number[];
  const filterWhere = search ? whereOf(spec, { ...request, quickSearch: undefined }, utcOffsetMinutes) : where;
  const count = alongIndex ? countRows(sqlite, spec, request.filterModel, request.quickSearch, where, search, filterWhere, utcOffsetMinutes) : null;
  // A search's rows are all found and sorted before their page (a NIK range with its names read
  // from its own index; the FTS's ids looked up in the table one by one), where a walk of the
  // sort index reads a page after ~100 / (share matched) rows: listing whole pays only below
  // some thousands of matches at a million.
  const narrow = count !== null && (search ? count <= listWholeUpTo / 10 : count <= listWholeUpTo && hasSelectiveFilter(spec, request.filterModel));
  if (ordered) {
    ({ rowCount, ids: pageIds } = ordered);
  } else if (alongIndex && count !== null && !narrow) {
    rowCount = count;
    const view = { filterModel: request.filterModel, descending: alongIndex.descending, count, start: request.startRow, end: request.endRow, utcOffsetMinutes };
    const far = search ? undefined : { from: deepFrom, read: () => snapshotPageIds(sqlite, spec, alongIndex.source, view) };
    pageIds = indexPageIds(sqlite, alongIndex, rowCount, request.startRow, request.endRow, far);
  } else {
    // A page deep in a narrow view walks the sort index past every row it skips (half of a
    // million for the middle of a kecamatan's farmers, or of the people named "kadek ari"); its
    // few rows, read along the filter's own index (or found by the search) and sorted once, are
    // cheaper, and every later page is a slice of them. Any other sort or filter: the whole
    // ordered list once per query (fine to some 100,000 rows).
    const ids = orderedIds(sqlite, `SELECT ${spec.primaryKey} FROM ${spec.countFrom ?? spec.from} ${where.sql} ${order}`, where.params);
    rowCount = ids.length;
    pageIds = ids.slice(request.startRow, request.endRow);
  }
  if (pageIds.length === 0) return { rows: [], rowCount };
  const found = stmt(sqlite, `SELECT ${spec.primaryKey} AS __key, ${spec.select} FROM ${spec.from} WHERE ${spec.primaryKey} IN (${pageIds.map(() => '?').join(', ')})`).all(
    ...pageIds,
  ) as (Row & { __key: number })[];
  const byId = new Map(found.map(({ __key, ...row }) => [__key, row as Row]));
  return { rows: pageIds.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined), rowCount };
}
