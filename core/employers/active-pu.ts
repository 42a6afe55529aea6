import { countsAtSql, personCountsAt } from '../workers/participation-status.ts';

// What "an active PU participant of an employer at a date" means in SQL, in one place: a PU
// period at the employer that covers the date (an open period has no end), as
// participation-status.ts `covers` says, of a person still counted then (countedSpans: not
// died or moved away before it, not entered in error). Parameters: @date.

/** The period alone (p), read along period_employer_idx without the table. */
export const puPeriodAtSql = `p.employer_id IS NOT NULL AND p.segment = 'PU' AND p.start_date <= @date AND (p.end_date IS NULL OR p.end_date >= @date)`;

/** The period and its person: one employer's list and count. */
export const activePuPeriodSql = `${puPeriodAtSql} AND ${personCountsAt('@date')}`;

/**
 * Per employer, the periods puPeriodAtSql counts whose person is not counted: few, found from
 * the people who are not active (person_not_active_idx), so every employer's count stays one
 * pass over the index, less these (CROSS JOIN: driven from those people, never from every period).
 */
export const uncountedPuSql = `SELECT p.employer_id AS employerId, count(*) AS n
  FROM person pc CROSS JOIN participation_period p ON p.person_id = pc.id
  WHERE pc.record_status <> 'aktif' AND coalesce(${countsAtSql('pc', '@date')}, 0) = 0 AND ${puPeriodAtSql}
  GROUP BY p.employer_id`;
