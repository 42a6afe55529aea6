import type { SnapshotSummary } from '../../../core/api/coverage.ts';
import { dayInZone, type TimeZoneCode } from '../../../core/api/office-profile.ts';
import { formatDay, formatTimestamp } from '../format.ts';

// When a frozen month was frozen, for "Sumber angka". Freezing a month again is allowed on purpose
// (a re-count after corrections is kept beside the first), so each snapshot says when it was made:
// the day in the office's zone, the time too when the month was frozen more than once, and a
// number when two were frozen in the same second.

/** Each snapshot's uid → '3 Des 2026', or '3 Des 2026, 10.15.22 WITA' (with ' (2)' on a tie) where its month has several. */
export function snapshotWhen(snapshots: SnapshotSummary[], zone: TimeZoneCode): Map<string, string> {
  const perMonth = new Map<string, SnapshotSummary[]>();
  for (const s of snapshots) perMonth.set(s.month, [...(perMonth.get(s.month) ?? []), s]);
  const when = new Map<string, string>();
  for (const same of perMonth.values()) {
    if (same.length === 1) {
      const only = same[0]!;
      when.set(only.uid, formatDay(dayInZone(zone, new Date(only.frozenAt))));
      continue;
    }
    const seen = new Map<string, number>();
    // Oldest first (the list comes newest first), so that the first of a tie keeps the plain time.
    for (const s of [...same].reverse().sort((a, b) => a.frozenAt.localeCompare(b.frozenAt))) {
      const text = formatTimestamp(s.frozenAt, zone);
      const n = (seen.get(text) ?? 0) + 1;
      seen.set(text, n);
      when.set(s.uid, n === 1 ? text : `${text} (${n})`);
    }
  }
  return when;
}
