import { describe, expect, it } from 'vitest';
import { pickColumns } from '../../../db/bulk-sql.ts';
import { employer } from '../../../db/schema/index.ts';
import { PlanStore } from '../../../core/imports/plan-store.ts';
import { tempDir } from '../support/test-db.ts';

/** As the dry run asks: the row that first had this number (null: none, and now this row has it). */
const firstRowWith = (store: PlanStore, kind: string, value: string, row: number) => {
  const first = store.firstWith(`${kind} ${value}`);
  if (first === null) store.claimUnseen([`${kind} ${value}`], row, `uid-${row}`);
  return first?.row ?? null;
};

describe('plan store', () => {
  it('finds a repeated identity number, also after its table in memory has grown', () => {
    const dir = tempDir();
    const store = new PlanStore(dir.path, 'grow', [pickColumns(employer, ['name'])]);
    store.begin();
    expect(firstRowWith(store, 'NIB', '1', 2)).toBeNull();
    expect(firstRowWith(store, 'NIB', '2', 3)).toBeNull();
    expect(firstRowWith(store, 'NIB', '1', 4)).toBe(2);
    expect(firstRowWith(store, 'NPP', '9', 5)).toBeNull();
    // 200,000 more numbers: the table in memory doubles several times (it starts at 65,536 slots).
    for (let n = 0; n < 200_000; n++) store.claimUnseen([`NPWP ${n}`], 100 + n, `uid-n${n}`);
    expect(firstRowWith(store, 'NIB', '2', 6)).toBe(3);
    expect(store.firstWith('NPWP 0')).toMatchObject({ row: 100, uid: 'uid-n0' });
    expect(store.firstWith('NPWP 199999')).toMatchObject({ row: 200_099, uid: 'uid-n199999' });
    expect(store.firstWith('NPWP 200000')).toBeNull();
    expect(firstRowWith(store, 'NPP', '9', 7)).toBe(5);
    expect(firstRowWith(store, 'NIB', '3', 8)).toBeNull();
    expect(firstRowWith(store, 'NIB', '3', 9)).toBe(8);
    expect(store.firstWith('NIB 3')).toMatchObject({ row: 8, uid: 'uid-8' }); // and the record it made
    store.end();
    store.remove();
    dir.remove();
  });

  it('writes every staged row, in order, per table, whether it filled a whole multi-row insert or not', async () => {
    const Database = (await import('better-sqlite3')).default;
    const dir = tempDir();
    const store = new PlanStore(dir.path, 'order', [pickColumns(employer, ['name']), pickColumns(employer, ['name', 'npp'])]);
    store.begin();
    for (let n = 0; n < 70; n++) {
      store.stage(0, { rowNumber: n + 2, targetId: n % 3 === 0 ? n : null, uid: `p${n}`, parentUid: null, changes: null, columns: { name: `Nama ${n}` } });
      if (n % 2 === 0) store.stage(1, { rowNumber: n + 2, targetId: null, uid: `c${n}`, parentUid: `p${n}`, changes: null, columns: { name: `Anak ${n}`, npp: `NN${n}` } });
    }
    store.end();
    store.finish(); // the last scratch transaction: another connection reads the file after it
    expect(store.stagedCounts()).toEqual([{ inserts: 46, updates: 24 }, { inserts: 35, updates: 0 }]);
    const db = new Database(store.path, { readonly: true });
    expect(db.prepare('SELECT row_number, target_id, uid, columns ->> 0 FROM staged_0 ORDER BY rowid').raw().all()).toEqual(
      Array.from({ length: 70 }, (_, n) => [n + 2, n % 3 === 0 ? n : null, `p${n}`, `Nama ${n}`]),
    );
    expect(db.prepare('SELECT row_number, parent_uid, columns ->> 0, columns ->> 1 FROM staged_1 ORDER BY rowid').raw().all()).toEqual(
      Array.from({ length: 35 }, (_, i) => [2 * i + 2, `p${2 * i}`, `Anak ${2 * i}`, `NN${2 * i}`]),
    );
    db.close();
    store.remove();
    dir.remove();
  });

  it('keeps each kind of identity number apart: an NPP may read like another row\'s NIB', () => {
    const dir = tempDir();
    const store = new PlanStore(dir.path, 'kinds', [pickColumns(employer, ['name'])]);
    expect(firstRowWith(store, 'NIB', '123', 2)).toBeNull();
    expect(firstRowWith(store, 'NPP', '123', 3)).toBeNull();
    expect(firstRowWith(store, 'NPP', '123', 4)).toBe(3);
    store.remove();
    dir.remove();
  });
});

describe('seen identity numbers', () => {
  it('finds each of thousands of numbers from a table that started with 16 slots, and the first row keeps it', async () => {
    const { SeenKeys } = await import('../../../core/imports/seen-keys.ts');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(':memory:');
    const seen = new SeenKeys(db, 16);
    for (let n = 0; n < 5000; n++) seen.claim(`NIB ${n}`, n, `u${n}`);
    for (let n = 0; n < 5000; n++) expect(seen.firstWith(`NIB ${n}`)).toMatchObject({ row: n, uid: `u${n}`, memo: null });
    expect(seen.firstWith('NIB 5000')).toBeNull();
    seen.claim('NIB 7', 99, 'later'); // the first row keeps it
    expect(seen.firstWith('NIB 7')).toMatchObject({ row: 7, uid: 'u7' });
    db.close();
  });

  it('finds each of a row’s numbers, kept in one scratch row, and only the new ones of a row that repeats one', async () => {
    const { SeenKeys } = await import('../../../core/imports/seen-keys.ts');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(':memory:');
    const seen = new SeenKeys(db, 16);
    for (let n = 0; n < 3000; n++) seen.claimAll([`NIB ${n}`, `NPWP ${n}`, `NPP ${n}`], n + 2, `u${n}`);
    seen.claimAll(['NIB 3000', 'NPWP 7', 'NPP 3000'], 5000, 'late'); // its NPWP was row 9's
    seen.flush();
    for (let n = 0; n < 3000; n++) for (const kind of ['NIB', 'NPWP', 'NPP']) expect(seen.firstWith(`${kind} ${n}`)).toMatchObject({ row: n + 2, uid: `u${n}` });
    expect(seen.firstWith('NIB 3000')).toMatchObject({ row: 5000, uid: 'late' });
    expect(seen.firstWith('NPP 3000')).toMatchObject({ row: 5000, uid: 'late' });
    // A number is one whole line of its row: 'NIB 1' is not found in 'NIB 12' nor 'NIB 10'.
    expect(seen.firstWith('NIB 3001')).toBeNull();
    expect(seen.firstWith('NPWP')).toBeNull();
    expect(db.prepare('SELECT count(*) FROM seen').pluck().get()).toBe(3001);
    expect(db.prepare('SELECT key FROM seen WHERE row_number = 5000').pluck().get()).toBe('NIB 3000\nNPP 3000');
    db.close();
  });

  it('claims numbers the caller found unseen without a second look-up, a number named twice in a row once', async () => {
    const { SeenKeys } = await import('../../../core/imports/seen-keys.ts');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(':memory:');
    const seen = new SeenKeys(db, 16);
    for (let n = 0; n < 2000; n++) seen.claimUnseen([`NIB ${n}`, `NPP ${n}`, `NIB ${n}`], n + 2, `u${n}`);
    seen.flush();
    for (let n = 0; n < 2000; n++) for (const kind of ['NIB', 'NPP']) expect(seen.firstWith(`${kind} ${n}`)).toMatchObject({ row: n + 2, uid: `u${n}` });
    expect(seen.firstWith('NIB 2000')).toBeNull();
    expect(db.prepare('SELECT key FROM seen WHERE row_number = 2').pluck().get()).toBe('NIB 0\nNPP 0');
    db.close();
  });

  it('keeps two numbers whose hashes collide apart: each is found as itself, never as the other', async () => {
    const { SeenKeys, hashOf } = await import('../../../core/imports/seen-keys.ts');
    const Database = (await import('better-sqlite3')).default;
    // Two NIBs with one 32-bit hash (a birthday search: some 77,000 tries on average).
    const byHash = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let n = 0; !pair; n++) {
      const key = `NIB ${9120000000000 + n}`;
      const other = byHash.get(hashOf(key));
      if (other) pair = [other, key];
      else byHash.set(hashOf(key), key);
    }
    const [a, b] = pair;
    expect(hashOf(a)).toBe(hashOf(b));
    const db = new Database(':memory:');
    const seen = new SeenKeys(db, 16);
    seen.claim(a, 2, 'first');
    expect(seen.firstWith(b)).toBeNull();
    seen.flush(); // and once the first is only on disk
    expect(seen.firstWith(b)).toBeNull();
    seen.claim(b, 3, 'second');
    expect(seen.firstWith(a)).toMatchObject({ row: 2, uid: 'first' });
    expect(seen.firstWith(b)).toMatchObject({ row: 3, uid: 'second' });
    db.close();
  });

  it('keeps a register’s note with a number, on disk, and a later row replaces it', async () => {
    const { SeenKeys } = await import('../../../core/imports/seen-keys.ts');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(':memory:');
    const seen = new SeenKeys(db, 16);
    seen.claim('NIK 5103014507900002', 2, 'p1', '{"name":"Ni Luh"}');
    seen.claim('NIK 5103011203880001', 3, 'p2');
    const first = seen.firstWith('NIK 5103014507900002')!;
    expect(first).toMatchObject({ row: 2, uid: 'p1', memo: '{"name":"Ni Luh"}' });
    expect(seen.firstWith('NIK 5103011203880001')!.memo).toBeNull();
    seen.note(first.at, '{"name":"Ni Luh","periods":2}');
    expect(seen.firstWith('NIK 5103014507900002')).toMatchObject({ row: 2, uid: 'p1', memo: '{"name":"Ni Luh","periods":2}' });
    seen.flush(); // numbers are written a few dozen at a time (the plan store flushes at each slice's end)
    expect(db.prepare('SELECT memo FROM seen WHERE key = ?').pluck().get('NIK 5103014507900002')).toBe('{"name":"Ni Luh","periods":2}');
    db.close();
  });
});
