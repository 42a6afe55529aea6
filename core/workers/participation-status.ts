import type { ParticipationStatus } from '../api/workers.ts';

// A person's participation at a date, derived from their periods and never typed: aktif when a
// period covers the date, tidak aktif when one started before it and none covers it, belum
// pernah terdaftar when none had started. Dates are ISO days (an open period has no end).

export interface PeriodSpan {
  startDate: string;
  endDate: string | null;
}

export const covers = (p: PeriodSpan, date: string) => p.startDate <= date && (p.endDate === null || p.endDate >= date);

export function participationAt(periods: readonly PeriodSpan[], date: string): ParticipationStatus {
  if (periods.some((p) => covers(p, date))) return 'aktif';
  return periods.some((p) => p.startDate <= date) ? 'tidak_aktif' : 'belum_terdaftar';
}

/**
 * The office's today in SQL: SQLite's clock moved to the office's time zone (WIB, WITA, WIT), so
 * the grid's "today" turns at the office's midnight, as officeToday does in code. An
 * uncorrelated subquery: SQLite evaluates it once a statement, and the period index still ranges.
 */
export const officeTodaySql = `date('now', CASE (SELECT time_zone FROM office_profile WHERE id = 1)
  WHEN 'WIB' THEN '+7 hours' WHEN 'WIT' THEN '+9 hours' ELSE '+8 hours' END)`;

/** The same rule in SQL for the grid (a person aliased `w`), read along period_person_idx. */
export const participationTodaySql = `CASE
  WHEN EXISTS (SELECT 1 FROM participation_period p WHERE p.person_id = w.id AND p.start_date <= ${officeTodaySql} AND (p.end_date IS NULL OR p.end_date >= ${officeTodaySql})) THEN 'aktif'
  WHEN EXISTS (SELECT 1 FROM participation_period p WHERE p.person_id = w.id AND p.start_date <= ${officeTodaySql}) THEN 'tidak_aktif'
  ELSE 'belum_terdaftar' END`;

/** The segment of a person's current period, else of the one that ended last. */
export const currentSegmentSql = `(SELECT p.segment FROM participation_period p WHERE p.person_id = w.id
  ORDER BY coalesce(p.end_date, '9999-12-31') DESC, p.start_date DESC LIMIT 1)`;
