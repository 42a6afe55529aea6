import { describe, expect, test } from 'vitest';
import { aspectScore, indicatorWeighted, totalScore, type ScoredAspect, type ScoredIndicator } from '../../../core/api/award-scores.ts';
import { starterRubric } from '../../../core/award/starter-rubric.ts';

// The penilaian awal's arithmetic the form and the exports share: the starter rubric's shape
// (aspect weights only), both weights, and none.

const ind = (selfScore: number | null, maxScore: number | null, weight: number | null = null): ScoredIndicator => ({ selfScore, maxScore, weight });

describe('self-assessment scores', () => {
  test('the starter rubric (aspect weights only): each aspect weight is shared equally by its indicators', () => {
    // Score every first indicator 5 of 5, the others not yet: each aspect attains 1 ÷ n of its weight.
    const aspects: ScoredAspect[] = starterRubric.map((a) => ({ weight: a.weight, indicators: a.indicators.map((i, k) => ({ weight: i.weight, maxScore: i.maxScore, selfScore: k === 0 ? 5 : null })) }));
    expect(starterRubric.every((a) => a.weight !== null && a.indicators.every((i) => i.weight === null))).toBe(true);
    const expected = starterRubric.reduce((s, a) => s + a.weight! / a.indicators.length, 0);
    const total = totalScore(aspects)!;
    expect(total.basis).toBe('aspect_weights');
    expect(total.outOf).toBe(100);
    expect(total.value).toBeCloseTo(expected, 1);
    expect(total.value).toBeGreaterThan(0);
    const a = aspectScore(aspects[0]!);
    expect(a.sharing).toBe('equal');
    expect(a.max).toBe(5 * starterRubric[0]!.indicators.length); // every indicator with a maximum counts, scored or not
    expect(a.contribution).toBeCloseTo(starterRubric[0]!.weight! / starterRubric[0]!.indicators.length, 1);
  });

  test('an aspect with weighted indicators weighs them; its contribution is attainment × aspect weight', () => {
    const a: ScoredAspect = { weight: 30, indicators: [ind(5, 5, 60), ind(3, 5, 40), ind(2, null)] };
    const s = aspectScore(a);
    expect(s.sharing).toBe('indicator_weights');
    expect(s.weights).toBe(100);
    expect(s.weighted).toBe(84); // 60 + 24
    expect(s.attainment).toBe(84);
    expect(s.contribution).toBe(25.2);
    expect(s.score).toBe(8); // the indicator without a maximum does not count
    expect(s.max).toBe(10);
    expect(indicatorWeighted(a.indicators[1]!)).toBe(24);
    const total = totalScore([a, { weight: 40, indicators: [ind(4, 5, 50), ind(2, 5, 50)] }])!;
    expect(total).toEqual({ value: 49.2, outOf: 70, basis: 'aspect_weights' }); // 25,2 + 60 % × 40
  });

  test('indicator weights without aspect weights: Σ score ÷ maximum × weight out of Σ weights', () => {
    const total = totalScore([{ weight: null, indicators: [ind(5, 5, 3), ind(0, 10, 1)] }, { weight: null, indicators: [ind(1, 2, 2)] }])!;
    expect(total).toEqual({ value: 4, outOf: 6, basis: 'indicator_weights' });
  });

  test('no weights at all: the plain sum of scores out of the maximums; nothing to count gives null', () => {
    const aspects: ScoredAspect[] = [{ weight: null, indicators: [ind(4, 5), ind(null, 5)] }, { weight: null, indicators: [ind(2, 10)] }];
    expect(totalScore(aspects)).toEqual({ value: 6, outOf: 20, basis: 'scores' });
    expect(aspectScore(aspects[0]!).attainment).toBe(40);
    expect(aspectScore(aspects[0]!).contribution).toBeNull();
    expect(totalScore([{ weight: null, indicators: [ind(null, null)] }])).toBeNull();
  });
});
