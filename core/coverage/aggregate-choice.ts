import type { AggregateRef } from '../api/coverage.ts';
import type { AggregateRow, FigureScope } from './inputs.ts';

// Which aggregate rows make a figure's numerator, so that a row counts in every figure it belongs
// to and no figure counts a person twice. A row belongs to a figure when its area is the figure's
// area or one inside it, and it has the figure's value in each breakdown the figure names (a
// category figure takes its category's rows whatever their funding or segment; the APBD figure
// the APBD rows whatever their category). The other columns a row fills, and an area below the
// figure's, make the row a part of the figure, and parts overlap across ways of dividing (the same
// people by segment and again by category), so a figure sums ONE set of parts:
//
//   1. Rows are grouped by shape: the same source, the same date, the same area level and the same
//      breakdown columns filled. One group is one way of dividing the figure, entered together.
//      Inside a group a key (area and values) counts once: the row entered last.
//   2. The group chosen covers the figure best: fewest columns that are the same in all its rows
//      (a column that never varies narrows the group to a slice, e.g. only BPU, only APBD, only one
//      kecamatan); then the newest date; then the undivided (fewest columns filled, own area first);
//      then the larger sum (two ways of dividing that disagree: the one that covers more); then the
//      group entered last.
//
// So an undivided row of the figure (nothing constant, nothing divided) wins at its date; totals per
// kecamatan give the kabupaten figure when it has no row of its own of that date; Denpasar's APBD
// list (12 categories, all BPU and APBD) is the Denpasar total, the BPU and the APBD figure, and
// each of its categories, yet not Bali's total while Bali's PU and BPU rows exist. Retired rows are
// not read at all (inputs.ts); frozen months keep the rows they summed.

const columns = ['segment', 'category', 'sector', 'funding', 'programme'] as const;
type Column = (typeof columns)[number];

const valueOf = (row: AggregateRow, column: Column): string | null => (column === 'programme' ? (row.programmeId === null ? null : String(row.programmeId)) : row[column]);
const scopeValue = (scope: FigureScope, column: Column): string | null | undefined => {
  if (column === 'programme') return scope.programmeId === undefined || scope.programmeId === null ? scope.programmeId : String(scope.programmeId);
  return scope[column];
};

/** The level of a region code: '' 0, '51' 1, '51.03' 2, '51.03.06' 3, a desa 4. */
export const areaLevel = (code: string) => (code ? code.split('.').length : 0);
/** The code of `code` at `level` ('51.03.06.2001' at 2 is '51.03'). */
export const areaAt = (code: string, level: number) => code.split('.').slice(0, level).join('.');

/** The rows of each area code and of every area inside it, built once per count. */
export type AggregateIndex = Map<string, AggregateRow[]>;

export function indexAggregates(rows: readonly AggregateRow[]): AggregateIndex {
  const index: AggregateIndex = new Map();
  const add = (code: string, row: AggregateRow) => {
    const list = index.get(code);
    if (list) list.push(row);
    else index.set(code, [row]);
  };
  for (const row of rows) for (let level = areaLevel(row.areaCode); level >= 0; level--) add(areaAt(row.areaCode, level), row);
  return index;
}

/** The rows that belong to the figure: in its area or inside it, with its value in each breakdown it names. */
export function rowsOf(index: AggregateIndex, scope: FigureScope): AggregateRow[] {
  return (index.get(scope.areaCode) ?? []).filter((row) =>
    columns.every((c) => {
      const want = scopeValue(scope, c);
      return want === undefined || want === null || valueOf(row, c) === want;
    }),
  );
}

export interface AggregateChoice {
  count: number;
  asOfDate: string;
  refs: AggregateRef[];
}

interface Group {
  date: string;
  filled: number;
  below: number;
  constant: number;
  lastId: number;
  count: number;
  rows: AggregateRow[];
}

/** The set of parts that makes the figure (rules above), or null when no row belongs to it. */
export function chooseAggregates(index: AggregateIndex, scope: FigureScope): AggregateChoice | null {
  const rows = rowsOf(index, scope);
  if (!rows.length) return null;
  const level = areaLevel(scope.areaCode);
  const free = columns.filter((c) => scopeValue(scope, c) === undefined || scopeValue(scope, c) === null);
  const byShape = new Map<string, Map<string, AggregateRow>>();
  for (const row of rows) {
    const filled = free.filter((c) => valueOf(row, c) !== null);
    const shape = JSON.stringify([row.source, row.asOfDate, areaLevel(row.areaCode), filled]);
    const key = JSON.stringify([row.areaCode, ...filled.map((c) => valueOf(row, c))]);
    const group = byShape.get(shape) ?? new Map<string, AggregateRow>();
    byShape.set(shape, group);
    const seen = group.get(key);
    if (!seen || row.id > seen.id) group.set(key, row);
  }
  const groups: Group[] = [...byShape.values()].map((keyed) => {
    const list = [...keyed.values()];
    const first = list[0]!;
    const filled = free.filter((c) => valueOf(first, c) !== null);
    const below = areaLevel(first.areaCode) - level;
    const same = (read: (r: AggregateRow) => string | null) => list.every((r) => read(r) === read(first));
    const constant = filled.filter((c) => same((r) => valueOf(r, c))).length + (below > 0 && same((r) => r.areaCode) ? 1 : 0);
    return { date: first.asOfDate, filled: filled.length + below, below, constant, lastId: Math.max(...list.map((r) => r.id)), count: list.reduce((n, r) => n + r.count, 0), rows: list };
  });
  groups.sort((a, b) => a.constant - b.constant || b.date.localeCompare(a.date) || a.filled - b.filled || a.below - b.below || b.count - a.count || b.lastId - a.lastId);
  const chosen = groups[0]!;
  const used = [...chosen.rows].sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.id - b.id);
  return { count: chosen.count, asOfDate: chosen.date, refs: used.map(refOf) };
}

const refOf = (r: AggregateRow): AggregateRef => ({ uid: r.uid, count: r.count, asOfDate: r.asOfDate, source: r.source });

/**
 * A figure the register has people for: the aggregate parts of the areas inside it where the
 * register has none for the figure (the kecamatan whose people are not entered), each chosen by
 * the rules above for that area. An area with people is looked into for its own areas without.
 */
export function aggregatesWithoutPeople(index: AggregateIndex, scope: FigureScope, hasPeopleIn: (code: string) => boolean): AggregateChoice | null {
  const refs: AggregateRef[] = [];
  let count = 0;
  const visit = (code: string) => {
    const level = areaLevel(code);
    const inside = new Set(rowsOf(index, { ...scope, areaCode: code }).filter((r) => areaLevel(r.areaCode) > level).map((r) => areaAt(r.areaCode, level + 1)));
    for (const child of [...inside].sort()) {
      if (hasPeopleIn(child)) visit(child);
      else {
        const part = chooseAggregates(index, { ...scope, areaCode: child });
        if (part) {
          count += part.count;
          refs.push(...part.refs);
        }
      }
    }
  };
  visit(scope.areaCode);
  if (!refs.length) return null;
  return { count, asOfDate: refs.reduce((d, r) => (r.asOfDate < d ? r.asOfDate : d), refs[0]!.asOfDate), refs };
}
