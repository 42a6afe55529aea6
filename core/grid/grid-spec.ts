import type { Sqlite } from '../../db/open.ts';
import type { ColumnFilter } from '../api/grid.ts';
import type { SqlFragment } from './filter-sql.ts';

/** How one register exposes its table to the grid: the whitelist every request is checked against. */
export type GridColumnType = 'text' | 'number' | 'date' | 'datetime' | 'set';

export interface GridColumnSpec {
  /** A trusted SQL expression (never from input). */
  sql: string;
  type: GridColumnType;
  sortable?: boolean; // default true
  /** The expression is never NULL: its sort needs no NULLS LAST clause. */
  notNull?: boolean;
  /**
   * Few distinct values (a status): a filter on it matches much of the table, where a scan
   * and one sort beat walking its index, so filters keep SQLite off that index.
   */
  lowCardinality?: boolean;
  filterable?: boolean; // default true
  /**
   * The column's own filter, where a register's word is needed (a coverage figure's people at a
   * date): takes the filter as sent and gives its condition, instead of comparing `sql`.
   */
  condition?: (colId: string, filter: ColumnFilter) => SqlFragment;
}

/** A quick search's condition on the register's rows; `probeSql` takes the same params. */
export interface QuickSearchCondition {
  sql: string;
  params: unknown[];
  /**
   * The condition tested row by row while a page is read along a sort index, for a search that
   * matches many rows spread along it (a NIK prefix, by name). Absent: the search is always
   * listed whole, however many rows it matches.
   */
  probeSql?: string;
  /**
   * The rows the search does not match, as disjoint conditions each read along an index (the
   * NIKs below and above a prefix's range): a search matching most of a view whose total the
   * totals keep is counted as that total less these ("5103" is 85% of a kabupaten's million).
   */
  outside?: SqlFragment[];
  /**
   * The page and count read from a structure of the search's own that holds its matches in a
   * sort's order (the worker's name words), for the views it answers; null for any other view,
   * which is read with `sql` as usual.
   */
  ordered?: (sqlite: Sqlite, view: OrderedSearchView) => { rowCount: number; ids: number[] } | null;
}

/** What `QuickSearchCondition.ordered` is asked: the request's sort, filters and rows. */
export interface OrderedSearchView {
  sortModel: { colId: string; sort: 'asc' | 'desc' }[];
  filterModel: Record<string, ColumnFilter>;
  startRow: number;
  endRow: number;
}

export interface GridSpec {
  /** Trusted FROM clause, e.g. `audit_log a`. */
  from: string;
  /** FROM clause for counting, without joins that only feed displayed columns (default: `from`). */
  countFrom?: string;
  /** Trusted SELECT list producing the row shape. */
  select: string;
  columns: Record<string, GridColumnSpec>;
  /** Unique key appended as the last sort key, so pages never overlap or skip. */
  primaryKey: string;
  defaultSort: { colId: string; sort: 'asc' | 'desc' }[];
  /** Builds the quick-search condition; absent means the register has none. */
  quickSearch?: (term: string) => QuickSearchCondition | null;
  /** Condition always applied (e.g. hide removed records), trusted. */
  baseWhere?: string;
  /**
   * Sorts a page can be read along an index, by column id: `from` names the index (`employer e
   * INDEXED BY employer_grid_name_idx`, leading with the column's expression and the primary
   * key) and `covers` the column ids it holds, whose filters it answers without the table.
   */
  sortIndexes?: Record<string, { from: string; covers: readonly string[] }>;
  /** Counts kept by triggers in `record_total` (db/schema/record-total.ts), by two column ids. */
  totals?: { register: string; status: string; by: string };
  /**
   * Other counts triggers keep, a row per combination of some columns' values with its number of
   * records (`from`: the table; `columns`: column id -> its column there; `n`: the number): a view
   * filtered on those columns alone is counted by summing the rows its filters match.
   */
  countTables?: readonly { from: string; columns: Readonly<Record<string, string>>; n: string }[];
}
