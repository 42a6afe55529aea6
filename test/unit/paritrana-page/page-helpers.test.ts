import { describe, expect, test } from 'vitest';
import type { SnapshotSummary } from '../../../core/api/coverage.ts';
import { calendarYear, defaultSnapshot } from '../../../renderer/src/award/dates.ts';

// The Paritrana page's pure pieces: the frozen month an approval offers by default, and a new
// cycle's period (the self-assessment's totals: test/unit/award/award-scores.test.ts).

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
