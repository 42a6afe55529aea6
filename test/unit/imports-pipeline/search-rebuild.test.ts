import { describe, expect, it } from 'vitest';
import { newSqlite } from '../../../db/sqlite-driver.ts';
import { runProgram, type WriteProgram } from '../../../db/write-program.ts';
import { searchRebuild } from '../../../core/imports/search-rebuild.ts';

// An undo that removes most of a table fills its full-text index anew instead of deleting row by
// row (core/imports/search-rebuild.ts). Found from the table's triggers; afterwards the index
// finds exactly the rows that stayed, and the triggers are as they were.

function tinyRegister() {
  const sqlite = newSqlite(':memory:');
  sqlite.exec(`
    CREATE TABLE shop (id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT);
    CREATE VIRTUAL TABLE shop_fts USING fts5(name, ids, content='', contentless_delete=1);
    CREATE TRIGGER \`shop_fts_insert\` AFTER INSERT ON \`shop\` BEGIN
      INSERT INTO shop_fts (rowid, name, ids) VALUES (new.id, new.name, concat_ws(' ', new.code, 'x'));
    END;
    CREATE TRIGGER \`shop_fts_delete\` AFTER DELETE ON \`shop\` BEGIN
      DELETE FROM shop_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER \`shop_fts_update\` AFTER UPDATE OF name, code ON \`shop\` BEGIN
      DELETE FROM shop_fts WHERE rowid = old.id;
      INSERT INTO shop_fts (rowid, name, ids) VALUES (new.id, new.name, concat_ws(' ', new.code, 'x'));
    END;
    CREATE TRIGGER \`shop_touch\` AFTER UPDATE OF name ON \`shop\` BEGIN
      SELECT 1;
    END;`);
  const insert = sqlite.prepare('INSERT INTO shop (name, code) VALUES (?, ?)');
  for (let i = 1; i <= 10; i++) insert.run(i <= 3 ? `Warung Tetap ${i}` : `Toko Impor ${i}`, `K${i}`);
  return sqlite;
}
const found = (sqlite: ReturnType<typeof newSqlite>, words: string) => sqlite.prepare('SELECT rowid FROM shop_fts WHERE shop_fts MATCH ? ORDER BY rowid').pluck().all(words);
const hooks = { progress: () => {}, stopped: () => false, pause: () => undefined };
const triggers = (sqlite: ReturnType<typeof newSqlite>) => sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();

describe('full-text index filled once around a large import', () => {
  it('drops the triggers that write into the index (insert, rename), and afterwards it holds every row, old, new and renamed', async () => {
    const sqlite = tinyRegister();
    const before = triggers(sqlite);
    const steps = searchRebuild({ sqlite }, 'shop', 12, 'import', 5);
    expect(steps.before.map((s) => s.kind === 'once' && s.sql)).toEqual(['DROP TRIGGER "shop_fts_insert"', 'DROP TRIGGER "shop_fts_update"']);
    const insert = { kind: 'once' as const, sql: "INSERT INTO shop (name, code) WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 12) SELECT 'Kedai Baru ' || v, 'B' || v FROM n", plain: true };
    const rename = { kind: 'once' as const, sql: "UPDATE shop SET name = 'Warung Ganti' WHERE id = 2", plain: true };
    await runProgram(sqlite, { params: {}, chunkRows: 100, steps: [...steps.before, insert, rename, ...steps.after] }, hooks);
    expect(found(sqlite, 'kedai')).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(found(sqlite, 'tetap')).toEqual([1, 3]);
    expect(found(sqlite, 'ganti')).toEqual([2]);
    expect(found(sqlite, 'b12')).toEqual([22]);
    expect(triggers(sqlite)).toEqual(before);
    sqlite.prepare("INSERT INTO shop (name) VALUES ('Kios Sesudah')").run(); // the triggers work again
    expect(found(sqlite, 'kios')).toEqual([23]);
  });

  it('leaves a small import to the triggers', () => {
    const sqlite = tinyRegister();
    expect(searchRebuild({ sqlite }, 'shop', 4, 'import', 5)).toEqual({ before: [], after: [] });
  });

  it('rolls back with the write: the triggers and the index as before', async () => {
    const sqlite = tinyRegister();
    const before = triggers(sqlite);
    const steps = searchRebuild({ sqlite }, 'shop', 12, 'import', 5);
    const insert = { kind: 'once' as const, sql: "INSERT INTO shop (name) VALUES ('Kedai Gagal')", plain: true };
    const failing: WriteProgram = { params: {}, chunkRows: 100, steps: [...steps.before, insert, { kind: 'once', sql: 'SELECT no_such_function()', plain: true }, ...steps.after] };
    await expect(runProgram(sqlite, failing, hooks)).rejects.toThrow(/no_such_function/);
    expect(triggers(sqlite)).toEqual(before);
    expect(found(sqlite, 'kedai')).toEqual([]);
    expect(found(sqlite, 'toko')).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it('refuses to drop a trigger that writes the index and something else (the refill would lose the rest)', () => {
    const sqlite = tinyRegister();
    sqlite.exec(`CREATE TABLE shop_log (id INTEGER);
      CREATE TRIGGER \`shop_rename_logged\` AFTER UPDATE OF name ON \`shop\` BEGIN
        INSERT INTO shop_fts (rowid, name, ids) VALUES (new.id, new.name, '');
        INSERT INTO shop_log (id) VALUES (new.id);
      END;`);
    expect(() => searchRebuild({ sqlite }, 'shop', 12, 'import', 5)).toThrow(/shop_rename_logged writes shop_fts and more/);
  });
});

describe('full-text index rebuilt around a large undo', () => {
  it('finds the delete trigger, and afterwards the index holds exactly the rows that stay', async () => {
    const sqlite = tinyRegister();
    const before = triggers(sqlite);
    const steps = searchRebuild({ sqlite }, 'shop', 7, 'undo', 5);
    expect(steps.before.map((s) => s.kind === 'once' && s.sql)).toEqual(['DROP TRIGGER "shop_fts_delete"']);
    const program: WriteProgram = { params: {}, chunkRows: 100, steps: [...steps.before, { kind: 'once', sql: 'DELETE FROM shop WHERE id > 3', plain: true }, ...steps.after] };
    await runProgram(sqlite, program, hooks);
    expect(found(sqlite, 'toko')).toEqual([]);
    expect(found(sqlite, 'warung')).toEqual([1, 2, 3]);
    expect(found(sqlite, 'k2')).toEqual([2]); // the second column, from its expression
    expect(triggers(sqlite)).toEqual(before);
    sqlite.prepare('DELETE FROM shop WHERE id = 1').run(); // the trigger works again
    expect(found(sqlite, 'warung')).toEqual([2, 3]);
  });

  it('leaves a small undo (fewer rows than the threshold, or under half the table) to the triggers', () => {
    const sqlite = tinyRegister();
    expect(searchRebuild({ sqlite }, 'shop', 4, 'undo', 5)).toEqual({ before: [], after: [] });
    expect(searchRebuild({ sqlite }, 'shop', 4, 'undo', 3)).toEqual({ before: [], after: [] }); // 4 of 10: under half
    expect(searchRebuild({ sqlite }, 'shop', 5, 'undo', 3).before).toHaveLength(1);
  });

  it('rolls back with the write: the trigger and the index are as before', async () => {
    const sqlite = tinyRegister();
    const before = triggers(sqlite);
    const steps = searchRebuild({ sqlite }, 'shop', 7, 'undo', 5);
    const program: WriteProgram = { params: {}, chunkRows: 100, steps: [...steps.before, { kind: 'once', sql: 'DELETE FROM shop WHERE id > 3', plain: true }, { kind: 'once', sql: 'SELECT no_such_function()', plain: true }, ...steps.after] };
    await expect(runProgram(sqlite, program, hooks)).rejects.toThrow(/no_such_function/);
    expect(triggers(sqlite)).toEqual(before);
    expect(found(sqlite, 'toko')).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });
});
