import type { Statement } from 'better-sqlite3';
import { cachesPerOwner } from './bounded-cache.ts';
import type { Sqlite } from './open.ts';

// Preparing a statement costs more than running a small one; hot paths (per imported
// row, per grid page) reuse one prepared statement per connection and SQL text.
// Bounded: the grid's SQL varies with its filters.
const cacheOf = cachesPerOwner<Statement>(500);

export function stmt(sqlite: Sqlite, sql: string): Statement {
  const cache = cacheOf(sqlite);
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
