import { describe, expect, it } from 'vitest';
import { pickColumns } from '../../../db/bulk-sql.ts';
import { employer } from '../../../db/schema/index.ts';
import { PlanStore } from '../../../core/imports/plan-store.ts';
import { tempDir } from '../support/test-db.ts';

describe('plan store', () => {
  it('finds a repeated identity number before and after the numbers move from memory to disk', () => {
    const dir = tempDir();
    const store = new PlanStore(dir.path, 'spill', pickColumns(employer, ['name']), { keysInMemory: 3 });
    store.begin();
    expect(store.firstRowWith('NIB', '1', 2)).toBeNull();
    expect(store.firstRowWith('NIB', '2', 3)).toBeNull();
    expect(store.firstRowWith('NIB', '1', 4)).toBe(2); // in memory
    expect(store.firstRowWith('NPP', '9', 5)).toBeNull(); // the third key: all three go to disk
    expect(store.firstRowWith('NIB', '2', 6)).toBe(3); // on disk now
    expect(store.firstRowWith('NPP', '9', 7)).toBe(5);
    expect(store.firstRowWith('NIB', '3', 8)).toBeNull();
    expect(store.firstRowWith('NIB', '3', 9)).toBe(8);
    store.end();
    store.remove();
    dir.remove();
  });

  it('keeps each kind of identity number apart: an NPP may read like another row\'s NIB', () => {
    const dir = tempDir();
    const store = new PlanStore(dir.path, 'kinds', pickColumns(employer, ['name']));
    expect(store.firstRowWith('NIB', '123', 2)).toBeNull();
    expect(store.firstRowWith('NPP', '123', 3)).toBeNull();
    expect(store.firstRowWith('NPP', '123', 4)).toBe(3);
    store.remove();
    dir.remove();
  });
});
