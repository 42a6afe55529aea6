import { describe, expect, it } from 'vitest';
import { openDatabase, openReader, screensCacheMib } from '../../db/database.ts';
import { openSqlite } from '../../db/open.ts';
import { tempDir } from './support/test-db.ts';

// The screens' connections (the host's and its reader, core/host.ts) keep a small page cache:
// each throws it away on its first read after the write worker's commit, on the event loop (a
// full 64 MB took ~250 ms). Other connections open with the default 64 MB (the write worker asks
// its own size: db/write-worker.ts).
describe('page cache per connection', () => {
  it('gives the host and its reader the screens cache and other connections 64 MB', () => {
    const dir = tempDir();
    const database = openDatabase({ dataDir: dir.path });
    const reader = openReader(database.file);
    const bulk = openSqlite(database.file, { skipQuickCheck: true });
    try {
      expect(screensCacheMib).toBeLessThan(64);
      expect(database.sqlite.pragma('cache_size', { simple: true })).toBe(-screensCacheMib * 1024);
      expect(reader.sqlite.pragma('cache_size', { simple: true })).toBe(-screensCacheMib * 1024);
      expect(bulk.pragma('cache_size', { simple: true })).toBe(-64 * 1024);
    } finally {
      bulk.close();
      reader.sqlite.close();
      database.close();
      dir.remove();
    }
  });
});
