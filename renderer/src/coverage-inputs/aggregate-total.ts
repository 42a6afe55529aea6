import type { Aggregate } from '../../../core/api/coverage-inputs.ts';

// The line above the aggregate list: how many rows are counted now (retired ones are listed on
// request, never summed), and their sum only when they are one area at one date (Denpasar's APBD
// list by category: 10.717 people). Rows of different areas or dates add up to no figure anyone
// reported, so no sum is shown for them.

export function aggregateTotal(rows: readonly Aggregate[]): { rows: number; count: number | null } {
  const counted = rows.filter((a) => !a.retiredAt);
  const one = counted.every((a) => a.areaCode === counted[0]!.areaCode && a.asOfDate === counted[0]!.asOfDate);
  return { rows: counted.length, count: one ? counted.reduce((n, a) => n + a.count, 0) : null };
}
