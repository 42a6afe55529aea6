import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';
import { dataVersion } from './ordered-ids.ts';
import type { SqlFragment } from './filter-sql.ts';

// A page of a register sorted along an index, at any depth, without reading the rest. A page
// that starts where a page read before ended (scrolling) continues from that row's key; a page
// nearer the end is read backwards from the end; otherwise the index is walked from the nearest
// known position. The keys where pages ended are remembered per query until the next write, so
// a grid scrolling or jumping back and forth reads about one page's worth of index each time.

interface Mark {
  key: unknown;
  id: number;
}

interface Known {
  version: string;
  /** position -> the key of the row just before it. */
  marks: Map<number, Mark>;
}

const caches = new WeakMap<Sqlite, Map<string, Known>>();
const maxQueries = 12;

function knownFor(sqlite: Sqlite, cacheKey: string): Known {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  const version = dataVersion(sqlite);
  let known = cache.get(cacheKey);
  if (known?.version !== version) {
    known = { version, marks: new Map() };
    cache.set(cacheKey, known);
    if (cache.size > maxQueries) cache.delete(cache.keys().next().value as string);
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

/** The primary keys of rows [start, end) of the ordered, filtered register of `count` rows. */
export function indexPageIds(sqlite: Sqlite, q: IndexPageQuery, count: number, start: number, end: number): number[] {
  const stop = Math.min(end, count);
  if (start >= stop) return [];
  const known = knownFor(sqlite, `${q.from}\u0000${q.keySql}\u0000${String(q.descending)}\u0000${q.where.sql}\u0000${JSON.stringify(q.where.params)}`);
  let from = 0;
  for (const position of known.marks.keys()) if (position <= start && position > from) from = position;
  const forwardWalk = start - from;
  const backwardWalk = count - stop;
  const rows = backwardWalk < forwardWalk ? read(sqlite, q, !q.descending, null, backwardWalk, stop - start).reverse() : read(sqlite, q, q.descending, known.marks.get(from) ?? null, forwardWalk, stop - start);
  const last = rows.at(-1);
  if (last) known.marks.set(start + rows.length, { key: last.k, id: last.id });
  return rows.map((r) => r.id);
}

/** `limit` rows after `offset` more rows, past `after` (or from the start), in one direction. */
function read(sqlite: Sqlite, q: IndexPageQuery, descending: boolean, after: Mark | null, offset: number, limit: number): { k: unknown; id: number }[] {
  const dir = descending ? 'DESC' : 'ASC';
  const past = after ? `(${q.keySql}, ${q.primaryKey}) ${descending ? '<' : '>'} (?, ?)` : '';
  const conditions = [q.where.sql.replace(/^WHERE /, ''), past].filter(Boolean);
  const sql = `SELECT ${q.keySql} AS k, ${q.primaryKey} AS id FROM ${q.from} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${q.keySql} ${dir}, ${q.primaryKey} ${dir} LIMIT ? OFFSET ?`;
  return stmt(sqlite, sql).all(...q.where.params, ...(after ? [after.key, after.id] : []), limit, offset) as { k: unknown; id: number }[];
}
