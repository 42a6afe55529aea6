import { z } from 'zod';

// The grid request every register sends: ag-grid's Infinite Row Model parameters
// (startRow, endRow, sortModel, filterModel) plus a quick search. Shapes are checked
// here; which columns exist is checked in core/grid against each register's whitelist.

// Column ids are identifiers; this also keeps "__proto__" and friends out of record keys.
export const columnIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_.]{0,63}$/);
const colId = columnIdSchema;

const textFilter = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(200).nullish(),
});
const numberFilter = z.object({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']),
  filter: z.number().finite().nullish(),
  filterTo: z.number().finite().nullish(),
});
const dateFilter = z.object({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  // ag-grid sends 'YYYY-MM-DD hh:mm:ss'
  dateFrom: z.string().max(32).nullish(),
  dateTo: z.string().max(32).nullish(),
});
const setFilter = z.object({
  filterType: z.literal('set'),
  values: z.array(z.string().max(200).nullable()).max(500),
});
const simpleFilter = z.discriminatedUnion('filterType', [textFilter, numberFilter, dateFilter, setFilter]);
export type SimpleFilter = z.infer<typeof simpleFilter>;

const combinedFilter = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(simpleFilter).min(1).max(4),
});
export const columnFilterSchema = z.union([combinedFilter, simpleFilter]);
export type ColumnFilter = z.infer<typeof columnFilterSchema>;

export const gridRequestBase = z.object({
  startRow: z.number().int().min(0).max(10_000_000),
  endRow: z.number().int().min(1).max(10_000_100),
  sortModel: z.array(z.object({ colId, sort: z.enum(['asc', 'desc']) })).max(8).default([]),
  filterModel: z.record(colId, columnFilterSchema).default({}),
  quickSearch: z.string().max(200).optional(),
});

/** A page is endRow - startRow rows: more than none, at most 1000. */
export const validPage = [
  (r: { startRow: number; endRow: number }) => r.endRow > r.startRow && r.endRow - r.startRow <= 1000,
  { message: 'endRow must be greater than startRow, at most 1000 rows a page' },
] as const;

export const gridRequestSchema = gridRequestBase.refine(...validPage);
export type GridRequest = z.input<typeof gridRequestSchema>;

export interface GridPage<Row> {
  rows: Row[];
  /** Total rows matching the filters: ag-grid's lastRow. */
  rowCount: number;
}
