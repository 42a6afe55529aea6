import type { Target } from '../../../core/api/coverage-inputs.ts';

// When the dashboard's year has no target for its area, the latest other year that has one: an
// area with targets for 2024 and 2025 viewed in 2026 is told "none for 2026, the last was 2025",
// not that it has none at all. The area's own target first (not a segment's or a programme's).

export function latestTargetElsewhere(targets: readonly Target[], year: number, areaCode: string): Target | null {
  const others = targets.filter((t) => t.year !== year);
  if (others.length === 0) return null;
  const latest = Math.max(...others.map((t) => t.year));
  const own = (t: Target) => (t.areaCode === areaCode ? 0 : 1) + (t.segment || t.category || t.programmeUid ? 1 : 0);
  return others.filter((t) => t.year === latest).sort((a, b) => own(a) - own(b) || a.areaCode.localeCompare(b.areaCode))[0]!;
}
