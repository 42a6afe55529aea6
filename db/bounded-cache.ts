import { LRUCache } from 'lru-cache';

// The app's small in-memory caches (prepared statements, grid counts and pages, a file's
// inspected header) are bounded: the least recently used entry goes when one more comes. Most
// are kept per connection, which a WeakMap lets go with it (a test's database, a closed one).

export { LRUCache };

/** A bounded cache for each owner (a connection, a host), made on its first use. */
export function cachesPerOwner<V extends NonNullable<unknown>>(max: number): (owner: object) => LRUCache<string, V> {
  const caches = new WeakMap<object, LRUCache<string, V>>();
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new LRUCache<string, V>({ max })));
    return cache;
  };
}
