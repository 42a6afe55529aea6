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

  it('follows a narrow percent trend to the hundredth, with distinct labels (43,12–43,18 %)', () => {
    const t = niceTicks(43.111, 43.189, 0.01, 3, 0.1);
    const labels = t.values.map((v) => persen(v, t.decimals));
    expect(labels).toEqual(['43,10 %', '43,15 %', '43,20 %']);
    expect(t.lo).toBeLessThanOrEqual(43.12);
    expect(t.hi).toBeGreaterThanOrEqual(43.18);
    // the data fill most of the axis, not a flat line along a 0,1-point band of a wider axis
    expect((43.18 - 43.12) / (t.hi - t.lo)).toBeGreaterThanOrEqual(0.5);
  });

  it('spans at least the minimum around a near-flat series, and stays at or above 0', () => {
    const t = niceTicks(43.15, 43.16, 0.01, 3, 0.1);
    expect(t.hi - t.lo).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(distinct(t.values.map((v) => persen(v, t.decimals)))).toBe(true);
    const low = niceTicks(0, 0.02, 0.01, 3, 0.1);
    expect(low.lo).toBe(0);
    expect(low.hi).toBeGreaterThanOrEqual(0.1 - 1e-9);
  });

  it('prints a wide percent range in whole numbers, every value covered', () => {
    const t = niceTicks(12.4, 61.8, 0.01, 3, 0.1);
    expect(t.decimals).toBe(0);
    expect(t.values.map((v) => persen(v, t.decimals))).toEqual(['0 %', '20 %', '40 %', '60 %', '80 %']);
  });

  it('gives labels of enough decimals to differ for any narrow series of two-decimal percents', () => {
    for (let lo = 0; lo < 100; lo += 7.31) {
      for (const width of [0, 0.01, 0.03, 0.06, 0.2, 0.9, 4]) {
        const t = niceTicks(lo, lo + width, 0.01, 3, 0.1);
        const labels = t.values.map((v) => persen(v, t.decimals));
        expect(distinct(labels), labels.join(' / ')).toBe(true);
        expect(t.lo).toBeLessThanOrEqual(lo + 1e-9);
        expect(t.hi).toBeGreaterThanOrEqual(lo + width - 1e-9);
      }
    }
  });
});
