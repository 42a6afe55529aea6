import type { SnapshotSummary } from '../../../core/api/coverage.ts';

// The award's dates: a new cycle's period and the frozen month an approval offers.

/** The calendar year an edition is named after: period 1 January–31 December of that year. */
export const calendarYear = (year: number) => ({ periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });

/** 'YYYY-MM' of a 'YYYY-MM-DD'. */
export const monthOf = (iso: string) => iso.slice(0, 7);

/** The frozen month an approval offers first: the newest not after the period's end; null when none. */
export function defaultSnapshot(snapshots: readonly SnapshotSummary[], periodEnd: string): SnapshotSummary | null {
  const end = monthOf(periodEnd);
  return [...snapshots].filter((s) => s.month <= end).sort((a, b) => b.month.localeCompare(a.month))[0] ?? null;
}
