// What "an active PU participant of an employer at a date" means in SQL, in one place: a PU
// period at the employer that covers the date (an open period has no end), as
// participation-status.ts `covers` says. Read along period_employer_idx (employer_id, end_date).
// Parameters: @date.
export const activePuPeriodSql = `p.employer_id IS NOT NULL AND p.segment = 'PU' AND p.start_date <= @date AND (p.end_date IS NULL OR p.end_date >= @date)`;
