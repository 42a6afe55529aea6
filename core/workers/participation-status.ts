import type { ParticipationStatus } from '../api/workers.ts';
import { mergedAwaySql } from './duplicates/merge-mark.ts';

// A person's participation at a date, derived from their periods and never typed: aktif when a
// period covers the date, tidak aktif when one started before it and none covers it, belum
// pernah terdaftar when none had started. Dates are ISO days (an open period has no end). A record
// the duplicate review merged away has no periods left: digabung, not "never registered".

export interface PeriodSpan {
  startDate: string;
  endDate: string | null;
}

export const covers = (p: PeriodSpan, date: string) => p.startDate <= date && (p.endDate === null || p.endDate >= date);

/**
 * The periods as the counts read them (coverage's rule, core/coverage/maintain.ts): a person who
 * died or moved away stops at their status date, a record entered in error (or one without its
 * date) never counts.
 */
export function countedSpans(periods: readonly PeriodSpan[], person: { recordStatus: string; statusDate: string | null }): PeriodSpan[] {
  if (person.recordStatus === 'aktif') return [...periods];
  const until = person.recordStatus === 'meninggal' || person.recordStatus === 'pindah' ? person.statusDate : null;
  if (until === null) return [];
  return periods.filter((p) => p.startDate <= until).map((p) => ({ startDate: p.startDate, endDate: p.endDate === null || p.endDate > until ? until : p.endDate }));
}

/** The same rule in SQL: the person aliased `who` still counts at `date` (NULL, so not counted, for a status without its date). */
export const countsAtSql = (who: string, date: string) => `(${who}.record_status = 'aktif' OR (${who}.record_status IN ('meninggal', 'pindah') AND ${who}.status_date >= ${date}))`;

/** For a period aliased `p`: its person still counts at `date` (an SQL expression). */
export const personCountsAt = (date: string) => `EXISTS (SELECT 1 FROM person pc WHERE pc.id = p.person_id AND ${countsAtSql('pc', date)})`;

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

/** The same rule in SQL for the grid (a person aliased `w`), read along period_person_idx; the person's status as countedSpans reads it. */
export const participationTodaySql = `CASE
  WHEN ${mergedAwaySql('w')} THEN 'digabung'
  WHEN w.record_status = 'salah_input' THEN 'tidak_dihitung'
  WHEN EXISTS (SELECT 1 FROM participation_period p WHERE p.person_id = w.id AND p.start_date <= ${officeTodaySql} AND (p.end_date IS NULL OR p.end_date >= ${officeTodaySql}) AND ${personCountsAt(officeTodaySql)}) THEN 'aktif'
  WHEN EXISTS (SELECT 1 FROM participation_period p WHERE p.person_id = w.id AND p.start_date <= ${officeTodaySql} AND ${personCountsAt('p.start_date')}) THEN 'tidak_aktif'
  ELSE 'belum_terdaftar' END`;

/** A person's (aliased `w`) current period, else the one that ended last: its `column`. */
const currentPeriodSql = (column: string) => `(SELECT p.${column} FROM participation_period p WHERE p.person_id = w.id
  ORDER BY coalesce(p.end_date, '9999-12-31') DESC, p.start_date DESC, p.id DESC LIMIT 1)`;

/** The segment of a person's current period, else of the one that ended last. */
export const currentSegmentSql = currentPeriodSql('segment');
/** The id of that period (the grid joins it for the period's other columns). */
export const currentPeriodIdSql = currentPeriodSql('id');
