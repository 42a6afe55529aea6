import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';
import { cachesPerOwner } from '../../db/bounded-cache.ts';

// Paging a register with LIMIT/OFFSET makes SQLite sort every matching row again for each
// page and walk past all rows before a deep one. Instead, the first page of a query keeps
// the ordered list of matching ids; every later page (any depth) is a slice of it plus a
// lookup by primary key. The list is dropped when this app writes (generation) or another
// connection commits (PRAGMA data_version).

const generations = new WeakMap<Sqlite, number>();
const maxQueries = 12;
const cacheOf = cachesPerOwner<{ version: string; ids: number[] }>(maxQueries);

/** Called after every committed write on this connection. */
export function bumpGeneration(sqlite: Sqlite): void {
  generations.set(sqlite, (generations.get(sqlite) ?? 0) + 1);
}

/** Changes whenever this app or another connection commits a write. */
export function dataVersion(sqlite: Sqlite): string {
  return `${generations.get(sqlite) ?? 0}:${String(sqlite.pragma('data_version', { simple: true }))}`;
}

export function orderedIds(sqlite: Sqlite, sql: string, params: unknown[]): number[] {
  const version = dataVersion(sqlite);
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const cache = cacheOf(sqlite);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.ids;
  const ids = stmt(sqlite, sql).pluck().all(...params) as number[];
  cache.set(key, { version, ids });
  return ids;
}
