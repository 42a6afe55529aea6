import type { Sqlite } from '../../db/open.ts';
import { auditMark } from '../imports/audit-mark.ts';
import { cachesPerOwner } from '../../db/bounded-cache.ts';

// A programme's figures are read from every period naming it: at a register of a million people
// a programme of a few hundred thousand takes most of a second. They are kept until anything is
// written (every write leaves an audit row, on whichever connection: the audit mark moves) or
// the office's day turns, so coming back to a page, paging its people and the list are instant.

const maxEntries = 24;
const cacheOf = cachesPerOwner<{ mark: string; value: unknown }>(maxEntries);

export function remembered<T>(sqlite: Sqlite, key: string, today: string, compute: () => T): T {
  const mark = `${auditMark({ sqlite })}|${today}`;
  const cache = cacheOf(sqlite);
  const hit = cache.get(key);
  if (hit && hit.mark === mark) return hit.value as T;
  const value = compute();
  cache.set(key, { mark, value });
  return value;
}
