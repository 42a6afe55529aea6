import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';

// A month that has ended keeps its coverage until the data changes: its trend point is kept here,
// per connection, under what would change it (the newest audit row: every write of a period, a
// person, an employer or a coverage input writes one; and the people still waiting for a recount).
// The dashboard asks for 24 months at each view; only the current month is counted again.

const cache = new WeakMap<Sqlite, { version: string; points: Map<string, unknown> }>();
const limit = 5_000;

function dataVersion(sqlite: Sqlite): string {
  const audit = stmt(sqlite, 'SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;
  const pending = stmt(sqlite, 'SELECT count(*) FROM coverage_dirty').pluck().get() as number;
  return `${audit}:${pending}`;
}

/** The value for `key` as of the data now, computed by `make` when the data changed or it was never asked. */
export function cachedForData<T>(sqlite: Sqlite, key: string, make: () => T): T {
  const version = dataVersion(sqlite);
  let entry = cache.get(sqlite);
  if (!entry || entry.version !== version || entry.points.size > limit) {
    entry = { version, points: new Map() };
    cache.set(sqlite, entry);
  }
  if (!entry.points.has(key)) entry.points.set(key, make());
  return entry.points.get(key) as T;
}
