import type { AggregateRef, AggregateSlice } from '../api/coverage.ts';
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

// Kemendagri codes have fixed lengths by level ('51', '51.03', '51.03.06', '51.03.06.2001'):
// levels and ancestors are read by length, never by splitting (a report asks this often).
const lengthAt = [0, 2, 5, 8, 13] as const;
const levelOfLength: Record<number, number> = { 0: 0, 2: 1, 5: 2, 8: 3, 13: 4 };

/** The level of a region code: '' 0, '51' 1, '51.03' 2, '51.03.06' 3, a desa 4. */
export const areaLevel = (code: string): number => levelOfLength[code.length] ?? code.split('.').length;
/** The code of `code` at `level` ('51.03.06.2001' at 2 is '51.03'). */
export const areaAt = (code: string, level: number): string => code.slice(0, lengthAt[level] ?? code.length);

/**
 * The rows of each area code and of every area inside it, and the rows of each breakdown value
 * ('segment=PU'), built once per count: a figure starts from the shorter list that can hold its rows.
 */
export interface AggregateIndex {
  byArea: Map<string, AggregateRow[]>;
  byValue: Map<string, AggregateRow[]>;
  /** Only rows dated on or before this day count (a trend reads all rows once, then each month's); null: all. */
  upTo: string | null;
}

/** The same index read at an earlier day: its rows dated after it are left out. */
export const indexUpTo = (index: AggregateIndex, day: string): AggregateIndex => ({ ...index, upTo: day });

const push = (map: Map<string, AggregateRow[]>, key: string, row: AggregateRow) => {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
};

export function indexAggregates(rows: readonly AggregateRow[]): AggregateIndex {
  const index: AggregateIndex = { byArea: new Map(), byValue: new Map(), upTo: null };
  for (const row of rows) {
    for (let level = areaLevel(row.areaCode); level >= 0; level--) push(index.byArea, areaAt(row.areaCode, level), row);
    for (const c of columns) {
      const value = valueOf(row, c);
      if (value !== null) push(index.byValue, `${c}=${value}`, row);
    }
  }
  return index;
}

/** The breakdowns a figure names, with their values. */
const wanted = (scope: FigureScope): [Column, string][] =>
  columns.flatMap((c) => {
    const value = scopeValue(scope, c);
    return value === undefined || value === null ? [] : [[c, value] as [Column, string]];
  });

const within = (code: string, area: string) => !area || code === area || code.startsWith(`${area}.`);

/** The rows that belong to the figure: in its area or inside it, with its value in each breakdown it names. */
export function rowsOf(index: AggregateIndex, scope: FigureScope): AggregateRow[] {
  const want = wanted(scope);
  const first = want[0];
  const start = first ? (index.byValue.get(`${first[0]}=${first[1]}`) ?? []) : (index.byArea.get(scope.areaCode) ?? []);
  const upTo = index.upTo;
  if (!want.length) return upTo === null ? start : start.filter((row) => row.asOfDate <= upTo);
  return start.filter((row) => (upTo === null || row.asOfDate <= upTo) && within(row.areaCode, scope.areaCode) && want.every(([c, v]) => valueOf(row, c) === v));
}

export interface AggregateChoice {
  count: number;
  asOfDate: string;
  refs: AggregateRef[];
  /** The breakdowns every summed row shares though the figure does not ask for them (a slice: only BPU, only APBD). */
  only: AggregateSlice[];
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
  return chooseFrom(rowsOf(index, scope), scope);
}

/** The set of parts made of rows of the figure's own area only (a total received for the whole area). */
export function ownAreaAggregates(index: AggregateIndex, scope: FigureScope): AggregateChoice | null {
  return chooseFrom(rowsOf(index, scope).filter((row) => row.areaCode === scope.areaCode), scope);
}

/** The same, from the rows already known to belong to the figure. */
function chooseFrom(rows: readonly AggregateRow[], scope: FigureScope): AggregateChoice | null {
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
  const first = used[0]!;
  const only = free.filter((c) => valueOf(first, c) !== null && used.every((r) => valueOf(r, c) === valueOf(first, c))).map((c) => ({ column: c, value: valueOf(first, c)! }));
  return { count: chosen.count, asOfDate: chosen.date, refs: used.map(refOf), only };
}

const refOf = (r: AggregateRow): AggregateRef => ({ uid: r.uid, count: r.count, asOfDate: r.asOfDate, source: r.source });

/**
 * A figure the register has people for: the aggregate parts of the areas inside it. Where the
 * register has nobody for the figure (the kecamatan whose people are not entered), each area's
 * parts as chosen by the rules above. Where it has people, they count, unless a total received for
 * that area itself is larger: then the register is not complete there, the total counts and the
 * register's people there are set aside (`setAside`, said beside the figure). A row belongs to the
 * widest such area above it (or is its own). One pass over the figure's rows.
 */
export function aggregatesWithoutPeople(index: AggregateIndex, scope: FigureScope, peopleIn: (code: string) => number | undefined): (AggregateChoice & { setAside: number }) | null {
  const level = areaLevel(scope.areaCode);
  const parts = new Map<string, AggregateRow[]>();
  const owned = new Map<string, AggregateRow[]>();
  for (const row of rowsOf(index, scope)) {
    const deepest = areaLevel(row.areaCode);
    for (let l = level + 1; l <= deepest; l++) {
      const code = areaAt(row.areaCode, l);
      if (peopleIn(code) !== undefined) {
        if (l === deepest) push(owned, code, row); // a total of an area the register has people in
        continue;
      }
      push(parts, code, row);
      break;
    }
  }
  // Areas with people whose own received total is larger: that total, and nothing inside them.
  const larger = new Map<string, AggregateChoice>();
  for (const [code, rows] of owned) {
    const total = chooseFrom(rows, { ...scope, areaCode: code });
    if (total && total.count > (peopleIn(code) ?? 0)) larger.set(code, total);
  }
  // The widest such area wins: one inside another's total adds nothing.
  const inLarger = (code: string) => [...larger.keys()].some((k) => k !== code && code.startsWith(`${k}.`));
  let count = 0;
  let setAside = 0;
  const refs: AggregateRef[] = [];
  for (const code of [...larger.keys()].sort()) {
    if (inLarger(code)) continue;
    const total = larger.get(code)!;
    count += total.count;
    setAside += peopleIn(code) ?? 0;
    refs.push(...total.refs);
  }
  for (const code of [...parts.keys()].sort()) {
    if (inLarger(code)) continue;
    const part = chooseFrom(parts.get(code)!, { ...scope, areaCode: code });
    if (!part) continue;
    count += part.count;
    refs.push(...part.refs);
  }
  if (!refs.length) return null;
  return { count, setAside, asOfDate: refs.reduce((d, r) => (r.asOfDate < d ? r.asOfDate : d), refs[0]!.asOfDate), refs, only: [] };
}
