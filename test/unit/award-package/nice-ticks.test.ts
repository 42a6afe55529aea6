import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../core/award/pdf/nice-ticks.ts';
import { angka, persen } from '../../../core/award/pdf/words.ts';

// The brief's trend axis: labels that differ from one another (a flat 0,8 % trend printed
// "0,9 / 0,8 / 0,8 / 0,8 %"), steps of 1, 2 or 5 × 10ⁿ, covering every value.

const distinct = (labels: string[]) => new Set(labels).size === labels.length;

describe('chart ticks', () => {
  it('gives distinct percent labels for a narrow range below one percent', () => {
    const t = niceTicks(0.75, 0.93, 0.1);
    expect(t.values.map((v) => persen(v))).toEqual(['0,7 %', '0,8 %', '0,9 %', '1,0 %']);
    expect(t.lo).toBeLessThanOrEqual(0.75);
    expect(t.hi).toBeGreaterThanOrEqual(0.93);
  });

  it('takes round steps over a wide range and never a step finer than a count can print', () => {
    expect(niceTicks(0, 37.4, 0.1).values).toEqual([0, 20, 40]);
    expect(niceTicks(21.5, 33.1, 0.1).values).toEqual([20, 25, 30, 35]);
    const counts = niceTicks(2, 3, 1);
    expect(distinct(counts.values.map((v) => angka(Math.round(v))))).toBe(true);
    expect(counts.step).toBe(1);
  });

  it('gives distinct labels for any flat or narrow series', () => {
    for (const [lo, hi] of [[0.8, 0.8], [0.81, 0.84], [12.34, 12.36], [0, 0.05], [99.9, 100.1]] as const) {
      const t = niceTicks(lo, hi, 0.1);
      expect(t.values.length).toBeGreaterThanOrEqual(2);
      expect(distinct(t.values.map((v) => persen(v))), `${lo}–${hi}`).toBe(true);
    }
  });
});
