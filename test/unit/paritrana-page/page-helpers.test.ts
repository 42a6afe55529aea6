import { describe, expect, test } from 'vitest';
import type { Aspect, Completeness, Indicator } from '../../../core/api/award.ts';
import type { SnapshotSummary } from '../../../core/api/coverage.ts';
import { calendarYear, defaultSnapshot } from '../../../renderer/src/award/dates.ts';
import { aspectTotal, overallTotal } from '../../../renderer/src/award/self-assessment-totals.ts';

// The Paritrana page's pure pieces: the self-assessment's totals (plain and weighted), the frozen
// month an approval offers by default, and a new cycle's period.

const none: Completeness = { items: 0, ready: 0, percent: 0, indicatorsWithout: 1, overdue: 0 };
const indicator = (code: string, selfScore: number | null, maxScore: number | null, weight: number | null = null): Indicator => ({
  uid: code, aspectUid: 'a', code, title: code, evidenceAsked: '', weight, maxScore, position: 0, selfScore, selfNote: '', items: [], completeness: none,
});
const aspect = (code: string, weight: number | null, indicators: Indicator[]): Aspect => ({ uid: code, code, title: code, description: '', weight, position: 0, indicators, completeness: none });

describe('self-assessment totals', () => {
  test('an aspect adds its scores over its maximums; its weighted share is weight × score ÷ maximum', () => {
    const a = aspect('A', 20, [indicator('A.1', 4, 5), indicator('A.2', null, 5), indicator('A.3', 3, null)]);
    const total = aspectTotal(a);
    expect(total.score).toBe(4); // A.3 is not scored (no maximum)
    expect(total.max).toBe(10);
    expect(total.share).toBeCloseTo(0.4);
    expect(total.weighted).toBeCloseTo(8);
  });

  test('weighted indicators weigh their own share; an unweighted aspect has no weighted value', () => {
    const a = aspect('B', null, [indicator('B.1', 5, 5, 3), indicator('B.2', 0, 10, 1)]);
    const total = aspectTotal(a);
    expect(total.share).toBeCloseTo(0.75); // (3 × 1 + 1 × 0) ÷ 4
    expect(total.weighted).toBeNull();
  });

  test('the overall weighted score is out of the weighted aspects’ weights; without weights only the plain sum', () => {
    const weighted = overallTotal([aspect('A', 20, [indicator('A.1', 5, 5)]), aspect('B', 30, [indicator('B.1', 1, 2)])]);
    expect(weighted.score).toBe(6);
    expect(weighted.max).toBe(7);
    expect(weighted.weighted?.weight).toBe(50);
    expect(weighted.weighted?.value).toBeCloseTo(35); // 20 × 1 + 30 × 0.5
    expect(overallTotal([aspect('C', null, [indicator('C.1', 2, 5)])]).weighted).toBeNull();
  });
});

describe('approval and cycle defaults', () => {
  const snap = (uid: string, month: string): SnapshotSummary => ({ uid, month, at: `${month}-28`, areaCode: '51.03', frozenAt: '', frozenBy: '', figures: 1 });

  test('the default frozen month is the newest not after the period end', () => {
    const list = [snap('a', '2025-11'), snap('b', '2026-01'), snap('c', '2025-12'), snap('d', '2024-12')];
    expect(defaultSnapshot(list, '2025-12-31')?.uid).toBe('c');
    expect(defaultSnapshot(list, '2025-06-30')?.uid).toBe('d');
    expect(defaultSnapshot([snap('e', '2026-02')], '2025-12-31')).toBeNull();
  });

  test('a cycle named after a year covers that calendar year', () => {
    expect(calendarYear(2025)).toEqual({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
  });
});
