import { describe, expect, it } from 'vitest';
import { pickColumns } from '../../../db/bulk-sql.ts';
import { employer } from '../../../db/schema/index.ts';
import { PlanStore } from '../../../core/imports/plan-store.ts';
import { tempDir } from '../support/test-db.ts';

/** As the dry run asks: the row that first had this number (null: none, and now this row has it). */
const firstRowWith = (store: PlanStore, kind: string, value: string, row: number) => {
  const first = store.firstWith(`${kind} ${value}`);
  if (first === null) store.claim([`${kind} ${value}`], row, `uid-${row}`);
  return first?.row ?? null;
};

describe('plan store', () => {
  it('finds a repeated identity number before and after the numbers move from memory to disk', () => {
    const dir = tempDir();
    const store = new PlanStore(dir.path, 'spill', [pickColumns(employer, ['name'])], { keysInMemory: 3 });
    store.begin();
    expect(firstRowWith(store, 'NIB', '1', 2)).toBeNull();
    expect(firstRowWith(store, 'NIB', '2', 3)).toBeNull();
    expect(firstRowWith(store, 'NIB', '1', 4)).toBe(2); // in memory
    expect(firstRowWith(store, 'NPP', '9', 5)).toBeNull(); // the third key: all three go to disk
    expect(firstRowWith(store, 'NIB', '2', 6)).toBe(3); // on disk now
    expect(firstRowWith(store, 'NPP', '9', 7)).toBe(5);
    expect(firstRowWith(store, 'NIB', '3', 8)).toBeNull();
    expect(firstRowWith(store, 'NIB', '3', 9)).toBe(8);
    expect(store.firstWith('NIB 3')).toEqual({ row: 8, uid: 'uid-8' }); // and the record it made
    store.end();
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
