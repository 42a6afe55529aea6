import type { Sqlite } from '../../db/open.ts';
import { auditMark } from '../imports/audit-mark.ts';

// A programme's figures are read from every period naming it: at a register of a million people
// a programme of a few hundred thousand takes most of a second. They are kept until anything is
// written (every write leaves an audit row, on whichever connection: the audit mark moves) or
// the office's day turns, so coming back to a page, paging its people and the list are instant.

const maxEntries = 24;
const caches = new WeakMap<Sqlite, Map<string, { mark: string; value: unknown }>>();

export function remembered<T>(sqlite: Sqlite, key: string, today: string, compute: () => T): T {
  const mark = `${auditMark({ sqlite })}|${today}`;
  const cache = caches.get(sqlite) ?? caches.set(sqlite, new Map()).get(sqlite)!;
  const hit = cache.get(key);
  if (hit && hit.mark === mark) return hit.value as T;
  const value = compute();
  cache.delete(key);
  cache.set(key, { mark, value });
  // The oldest entries go first (a Map keeps insertion order).
  while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  return value;
}
