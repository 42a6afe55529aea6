import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';
import type { ColumnFilter } from '../api/grid.ts';
import { columnCondition } from './filter-sql.ts';
import type { GridSpec } from './grid-spec.ts';
import { dataVersion } from './ordered-ids.ts';
import { cachesPerOwner } from '../../db/bounded-cache.ts';

// A deep page of a large view walks its sort index past every row before it: at a million
// employers the middle of a filtered view is some 500,000 index entries, 60-70 ms. So, once a
// large register is paged along a sort index, the whole index is read in the background, in
// slices between requests, into a snapshot: the primary keys in the index's order and each
// covered column as a small code per row (its distinct values kept once). A page of any view
// filtered on those columns is then found by testing codes in memory (a few ms at a million).
// Which codes a filter accepts is asked of SQLite, each distinct value run through the column's
// own condition (filter-sql.ts): the snapshot judges a row as the query does (for the covered
// columns, plain TEXT and INTEGER compared by their own values).
// A snapshot serves only the data version it was read at; after any write the walk serves until
// the next one is read.

/** Rows read per slice of a build (some 15-25 ms at a million employers on a slow PC). */
const sliceRows = 16_384;
/** Distinct values a column may have to be held as 16-bit codes; a column with more is left out. */
const maxDistinct = 65_535;
/** Snapshots kept per connection (a register's sort indexes in use). */
const maxSnapshots = 3;

interface SnapshotColumn {
  values: unknown[];
  codes: Uint16Array;
}

interface Snapshot {
  version: string;
  size: number;
  ids: Int32Array;
  columns: Map<string, SnapshotColumn>;
}

interface Build {
  version: string;
  size: number;
  ids: Int32Array;
  columns: { colId: string; index: Map<unknown, number>; values: unknown[]; codes: Uint16Array }[];
  after: [unknown, number] | null;
}

interface Entry {
  ready: Snapshot | null;
  building: Build | null;
}

/** What a snapshot reads: the sort index and the columns it covers, by their SQL. */
export interface SnapshotSource {
  /** FROM naming the index, as GridSpec.sortIndexes has it. */
  from: string;
  /** The sort column's expression (never NULL) and the primary key. */
  keySql: string;
  primaryKey: string;
  /** Column id -> its SQL expression, for the covered columns that have no condition of their own. */
  columns: Record<string, string>;
}

const entriesOf = cachesPerOwner<Entry>(maxSnapshots);
const pending = new Set<Promise<void>>();

function entryFor(sqlite: Sqlite, source: SnapshotSource): Entry {
  const byIndex = entriesOf(sqlite);
  const key = `${source.from}\u0000${source.keySql}`;
  let entry = byIndex.get(key);
  if (!entry) {
    byIndex.set(key, (entry = { ready: null, building: null }));
  }
  return entry;
}

/** The covered columns a snapshot of a sort index can hold (those filtered by their own SQL). */
export function snapshotSource(spec: GridSpec, path: { from: string; covers: readonly string[] }, keySql: string): SnapshotSource {
  const columns: Record<string, string> = {};
  for (const colId of path.covers) {
    const column = spec.columns[colId];
    if (column && !column.condition) columns[colId] = column.sql;
  }
  return { from: path.from, keySql, primaryKey: spec.primaryKey, columns };
}

function grow<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** One slice of a build; true when it is over (finished, or given up because the data changed). */
function readSlice(sqlite: Sqlite, source: SnapshotSource, entry: Entry, build: Build): boolean {
  if (!sqlite.open || entry.building !== build) return true;
  // A write under way on this connection (an in-memory database writes on it): its rows may yet
  // be rolled back, which no data version would tell. The next slice tries again.
  if (sqlite.inTransaction) return false;
  const colSql = build.columns.map((c) => `${source.columns[c.colId]} AS "${c.colId}"`);
  const past = build.after ? `WHERE (${source.keySql}, ${source.primaryKey}) > (?, ?)` : '';
  const sql = `SELECT ${[`${source.keySql} AS k`, `${source.primaryKey} AS id`, ...colSql].join(', ')} FROM ${source.from} ${past}
    ORDER BY ${source.keySql}, ${source.primaryKey} LIMIT ${sliceRows}`;
  const rows = stmt(sqlite, sql).raw().all(...(build.after ?? [])) as unknown[][];
  if (dataVersion(sqlite) !== build.version) {
    entry.building = null; // written meanwhile: the next large page starts again
    return true;
  }
  const start = build.size;
  build.ids = grow(build.ids, start + rows.length);
  for (const c of build.columns) c.codes = grow(c.codes, start + rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const id = row[1] as number;
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) {
      entry.building = null; // keys this snapshot cannot hold: the walk serves
      return true;
    }
    build.ids[start + r] = id;
    for (let c = 0; c < build.columns.length; c++) {
      const column = build.columns[c]!;
      const value = row[2 + c];
      let code = column.index.get(value);
      if (code === undefined) {
        code = column.values.length;
        column.values.push(value);
        column.index.set(value, code);
      }
      column.codes[start + r] = code;
    }
  }
  build.size = start + rows.length;
  // A column past 16-bit codes, or holding values a filter cannot be asked about, is dropped.
  build.columns = build.columns.filter((c) => c.values.length <= maxDistinct && c.values.every((v) => v === null || typeof v === 'string' || typeof v === 'number'));
  const last = rows.at(-1);
  if (rows.length === sliceRows && last) {
    build.after = [last[0], last[1] as number];
    return false;
  }
  entry.ready = {
    version: build.version,
    size: build.size,
    ids: build.ids.slice(0, build.size),
    columns: new Map(build.columns.map((c) => [c.colId, { values: c.values, codes: c.codes.slice(0, build.size) }])),
  };
  entry.building = null;
  return true;
}

/** Starts reading a snapshot of the sort index in the background, unless one is current or under way. */
function startBuild(sqlite: Sqlite, source: SnapshotSource, entry: Entry, version: string): void {
  if (entry.building?.version === version) return;
  const build: Build = {
    version,
    size: 0,
    ids: new Int32Array(sliceRows),
    columns: Object.keys(source.columns).map((colId) => ({ colId, index: new Map(), values: [], codes: new Uint16Array(sliceRows) })),
    after: null,
  };
  entry.building = build;
  const done = new Promise<void>((resolve) => {
    const next = () => {
      let over = true;
      try {
        over = readSlice(sqlite, source, entry, build);
      } catch {
        if (entry.building === build) entry.building = null; // closed or changed under us: the walk serves
      }
      if (over) resolve();
      else setImmediate(next);
    };
    setImmediate(next);
  });
  pending.add(done);
  void done.then(() => pending.delete(done));
}

/** Resolves when no snapshot is being read (tests and the bench wait for it as a user's pause would). */
export async function snapshotsSettled(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}

/** For each code of a column, whether the filter accepts its value (asked of SQLite). */
function accepted(sqlite: Sqlite, spec: GridSpec, colId: string, column: SnapshotColumn, filter: ColumnFilter, utcOffsetMinutes: number): Uint8Array {
  const condition = columnCondition(colId, { ...spec.columns[colId]!, sql: 'value' }, filter, utcOffsetMinutes);
  const codes = stmt(sqlite, `SELECT key FROM json_each(?) WHERE ${condition.sql}`).pluck().all(JSON.stringify(column.values), ...condition.params) as number[];
  const mask = new Uint8Array(column.values.length);
  for (const code of codes) mask[code] = 1;
  return mask;
}

/**
 * The primary keys of rows [start, end) of a view read along a sort index, from the snapshot when
 * one is current and holds every filtered column; null otherwise (and a snapshot is started).
 * `count` is the view's size as counted: a snapshot that finds another number is not trusted.
 */
export function snapshotPageIds(
  sqlite: Sqlite,
  spec: GridSpec,
  source: SnapshotSource,
  view: { filterModel: Record<string, ColumnFilter>; descending: boolean; count: number; start: number; end: number; utcOffsetMinutes: number },
): number[] | null {
  const stop = Math.min(view.end, view.count);
  const [lo, hi] = view.descending ? [view.count - stop, view.count - view.start] : [view.start, stop];
  if (lo >= hi) return [];
  const filtered = Object.entries(view.filterModel);
  if (!filtered.every(([colId]) => Object.hasOwn(source.columns, colId))) return null;
  const entry = entryFor(sqlite, source);
  const version = dataVersion(sqlite);
  const snapshot = entry.ready?.version === version ? entry.ready : null;
  if (!snapshot) {
    startBuild(sqlite, source, entry, version);
    return null;
  }
  const tests: { codes: Uint16Array; mask: Uint8Array }[] = [];
  for (const [colId, filter] of filtered) {
    const column = snapshot.columns.get(colId);
    if (!column) return null;
    tests.push({ codes: column.codes, mask: accepted(sqlite, spec, colId, column, filter, view.utcOffsetMinutes) });
  }
  // The matching rows are counted from the nearer end of the view to the page: two columns tested
  // inline (the common views), any more one by one.
  const [a, b, ...more] = tests;
  const accepts = (row: number) => (!a || a.mask[a.codes[row]!] === 1) && (!b || b.mask[b.codes[row]!] === 1) && (!more.length || more.every((t) => t.mask[t.codes[row]!] === 1));
  const ids: number[] = [];
  let matched = 0;
  if (lo <= view.count - hi) {
    for (let row = 0; row < snapshot.size && matched < hi; row++) {
      if (!accepts(row)) continue;
      if (matched >= lo) ids.push(snapshot.ids[row]!);
      matched++;
    }
    // Read to the end short of the page: the count and the snapshot disagree, which is not trusted.
    if (matched < hi && matched !== view.count) return null;
    return view.descending ? ids.reverse() : ids;
  }
  // From the end: `matched` rows after the one at hand, which is at position count - 1 - matched.
  for (let row = snapshot.size - 1; row >= 0 && view.count - matched > lo; row--) {
    if (!accepts(row)) continue;
    if (view.count - 1 - matched < hi) ids.push(snapshot.ids[row]!);
    matched++;
  }
  if (view.count - matched > lo) return null; // the count and the snapshot disagree
  return view.descending ? ids : ids.reverse();
}
