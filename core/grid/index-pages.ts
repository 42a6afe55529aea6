import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';
import { dataVersion } from './ordered-ids.ts';
import type { SqlFragment } from './filter-sql.ts';
import { cachesPerOwner } from '../../db/bounded-cache.ts';

// A page of a register sorted along an index, at any depth, without reading the rest. Rows are
// counted in ascending order whatever the page's direction (descending is the same list read
// backwards), and the rows where pages began and ended are remembered per query until the next
// write. A page is read from the nearest remembered row, the start or the end, before it or
// after it, in whichever direction walks less of the index: a grid scrolling, jumping back and
// forth or flipping its sort reads about one page's worth of index each time.

interface Mark {
  key: unknown;
  id: number;
}

interface Known {
  version: string;
  /** ascending position -> the key and id of the row at that position. */
  marks: Map<number, Mark>;
}

const maxQueries = 12;
const cacheOf = cachesPerOwner<Known>(maxQueries);

function knownFor(sqlite: Sqlite, cacheKey: string): Known {
  const cache = cacheOf(sqlite);
  const version = dataVersion(sqlite);
  let known = cache.get(cacheKey);
  if (known?.version !== version) {
    known = { version, marks: new Map() };
    cache.set(cacheKey, known);
  }
  return known;
}

export interface IndexPageQuery {
  /** FROM naming the index. */
  from: string;
  /** The sort column's expression (never NULL) and the primary key. */
  keySql: string;
  primaryKey: string;
  descending: boolean;
  where: SqlFragment;
}

/**
 * The primary keys of rows [start, end) of the ordered, filtered register of `count` rows. A page
 * that would walk at least `far.from` rows is asked of `far.read` first (a snapshot of the
 * index, sort-snapshot.ts), which may not have it (null).
 */
export function indexPageIds(sqlite: Sqlite, q: IndexPageQuery, count: number, start: number, end: number, far?: { from: number; read: () => number[] | null }): number[] {
  const stop = Math.min(end, count);
  if (start >= stop) return [];
  const known = knownFor(sqlite, `${q.from}\u0000${q.keySql}\u0000${q.where.sql}\u0000${JSON.stringify(q.where.params)}`);
  // The page as ascending positions [lo, hi).
  const [lo, hi] = q.descending ? [count - stop, count - start] : [start, stop];
  // Upwards from the nearest row before lo (or the start), or downwards from the nearest after hi - 1 (or the end).
  let below = -1;
  let above = count;
  for (const position of known.marks.keys()) {
    if (position < lo && position > below) below = position;
    if (position >= hi && position < above) above = position;
  }
  const up = lo - below - 1;
  const down = above - hi;
  const fromFar = far && Math.min(up, down) >= far.from ? far.read() : null;
  if (fromFar) return fromFar;
  const rows = up <= down ? read(sqlite, q, false, known.marks.get(below) ?? null, up, hi - lo) : read(sqlite, q, true, known.marks.get(above) ?? null, down, hi - lo).reverse();
  const first = rows[0];
  const last = rows.at(-1);
  if (first) known.marks.set(lo, { key: first.k, id: first.id });
  if (last) known.marks.set(lo + rows.length - 1, { key: last.k, id: last.id });
  const ids = rows.map((r) => r.id);
  return q.descending ? ids.reverse() : ids;
}

/** `limit` rows after `offset` more rows, past `after` (or from the start or end), in one direction. */
function read(sqlite: Sqlite, q: IndexPageQuery, descending: boolean, after: Mark | null, offset: number, limit: number): { k: unknown; id: number }[] {
  const dir = descending ? 'DESC' : 'ASC';
  const past = after ? `(${q.keySql}, ${q.primaryKey}) ${descending ? '<' : '>'} (?, ?)` : '';
  const conditions = [q.where.sql.replace(/^WHERE /, ''), past].filter(Boolean);
  const sql = `SELECT ${q.keySql} AS k, ${q.primaryKey} AS id FROM ${q.from} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${q.keySql} ${dir}, ${q.primaryKey} ${dir} LIMIT ? OFFSET ?`;
  return stmt(sqlite, sql).all(...q.where.params, ...(after ? [after.key, after.id] : []), limit, offset) as { k: unknown; id: number }[];
}
