import { describe, expect, it } from 'vitest';
import { splitValues } from '../../../renderer/src/registers/count-split.ts';

// The count bar of a register with many values (the worker register's two dozen categories):
// its largest values and the one filtered on as badges, in the list's order; the rest in a menu.

const values = Array.from({ length: 23 }, (_, i) => `k${i}`);
const counts = Object.fromEntries(values.map((v, i) => [v, i === 20 ? 5000 : i * 10]));

describe('the count bar of a long list', () => {
  it('keeps a short list whole', () => {
    expect(splitValues(['aktif', 'tutup', 'pwbd'], { aktif: 1 }, null)).toEqual({ shown: ['aktif', 'tutup', 'pwbd'], more: [] });
  });

  it('shows the seven largest in the list order, and the rest in the menu', () => {
    const { shown, more } = splitValues(values, counts, null);
    expect(shown).toEqual(['k16', 'k17', 'k18', 'k19', 'k20', 'k21', 'k22']);
    expect(more).toHaveLength(16);
    expect([...shown, ...more].sort()).toEqual([...values].sort());
  });

  it('always shows the value filtered on, however small', () => {
    expect(splitValues(values, counts, 'k0').shown).toEqual(['k0', 'k16', 'k17', 'k18', 'k19', 'k20', 'k21', 'k22']);
  });
});
