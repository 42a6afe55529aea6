import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../db/database.ts';

// Deleting a parent row makes SQLite find its children by the foreign key's column: without an
// index leading with it, that is a scan of the child table for every parent row deleted (an
// import's undo deletes thousands). Every foreign key of the migrated schema is checked the way
// SQLite looks children up (`child.column = ?`).
describe('foreign keys', () => {
  it('each have an index the child lookup uses', () => {
    const { sqlite } = openMemoryDatabase();
    const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
    const scanned: string[] = [];
    let keys = 0;
    for (const table of tables) {
      for (const fk of sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { from: string }[]) {
        keys += 1;
        const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM "${table}" WHERE "${fk.from}" = ?`).all(1) as { detail: string }[]).map((p) => p.detail).join(' ');
        if (!/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|USING PRIMARY KEY/.test(plan)) scanned.push(`${table}.${fk.from}: ${plan}`);
      }
    }
    expect(keys).toBeGreaterThan(30);
    expect(scanned).toEqual([]);
    sqlite.close();
  });
});
