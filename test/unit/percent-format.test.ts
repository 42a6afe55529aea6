import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../core/api/percent.ts';
import { formatPercent as dashboardPercent } from '../../renderer/src/coverage/coverage-format.ts';

// One precision for a coverage percentage on the dashboard and in the interview brief (the brief
// printed "5,2 %" where the dashboard said "5,16 %").

describe('a coverage percentage', () => {
  it('reads with two decimals, id-ID style, the same on the dashboard and in the brief', () => {
    expect(formatPercent(5.16)).toBe('5,16 %');
    expect(formatPercent(65.6)).toBe('65,60 %');
    expect(formatPercent(1234.5)).toBe('1.234,50 %');
    expect(formatPercent(null)).toBe('—');
    for (const v of [5.16, 65.6, 0, 100, 0.05, 1234.5]) expect(dashboardPercent(v)).toBe(formatPercent(v));
  });
});
