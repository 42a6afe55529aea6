import type { Statement } from 'better-sqlite3';
import type { Sqlite } from './open.ts';

// Preparing a statement costs more than running a small one; hot paths (per imported
// row, per grid page) reuse one prepared statement per connection and SQL text.
const caches = new WeakMap<Sqlite, Map<string, Statement>>();

export function stmt(sqlite: Sqlite, sql: string): Statement {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    if (cache.size >= 500) cache.delete(cache.keys().next().value as string); // grid SQL varies with filters
    cache.set(sql, statement);
  }
  return statement;
}
