import { stmt } from '../../db/statements.ts';
import type { ComplianceFilter, CompliancePage, ComplianceRow, ComplianceSort } from '../api/employer-compliance.ts';
import type { ServiceContext } from '../context.ts';
import { activePuPeriodSql, puPeriodAtSql, uncountedPuSql } from './active-pu.ts';
import { officeDayOf, reportedWorkforceDate } from './reported-workforce-date.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// Kepatuhan pemberi kerja: active employers (not closed, not removed) whose reported workforce
// (workers_total) exceeds the people with a PU period there covering the date: a likely "PDS
// tenaga kerja" (workers not registered). One grouped pass over period_employer_idx counts the
// participants of every employer at once, never a query per employer; the dates that explain
// the two figures are read for the page's rows only.

const orderBy: Record<ComplianceSort, string> = {
  gap: 'gap',
  name: 'nameFold',
  reported: 'reported',
  active: 'active',
};

/** The employers of the list, ordered; paged: a page of them, each row with the list's size. */
export function listedSql(filter: ComplianceFilter, paged: boolean): string {
  const where = [
    "e.record_status = 'aktif'",
    'e.workers_total IS NOT NULL',
    'e.workers_total > coalesce(a.n, 0)',
    ...(filter.kecamatanCode ? ['e.kecamatan_code = @kecamatanCode'] : []),
    ...(filter.kbliSection ? ['e.kbli_section = @kbliSection'] : []),
  ];
  const direction = filter.descending ? 'DESC' : 'ASC';
  return `WITH periods AS (
      SELECT p.employer_id AS employerId, count(*) AS n FROM participation_period p
      WHERE ${puPeriodAtSql} GROUP BY p.employer_id),
    uncounted AS (${uncountedPuSql}),
    active AS (
      SELECT c.employerId, c.n - coalesce(u.n, 0) AS n FROM periods c LEFT JOIN uncounted u ON u.employerId = c.employerId)
    SELECT e.id, e.uid, e.name, e.name_fold AS nameFold, e.npp, e.kecamatan_code AS kecamatanCode,
      (SELECT r.name FROM region r WHERE r.code = e.kecamatan_code) AS kecamatanName, e.kbli_section AS kbliSection,
      e.bpjs_status AS bpjsStatus, e.workers_total AS reported, e.wlkp_date AS wlkpDate, e.created_at AS createdAt,
      coalesce(a.n, 0) AS active, e.workers_total - coalesce(a.n, 0) AS gap${paged ? ', count(*) OVER () AS total' : ''}
    FROM employer e LEFT JOIN active a ON a.employerId = e.id
    WHERE ${where.join(' AND ')}
    ORDER BY ${orderBy[filter.sort]} ${direction}, nameFold, e.id${paged ? ' LIMIT @limit OFFSET @offset' : ''}`;
}

type ListedRow = Omit<ComplianceRow, 'reportedDate' | 'activeDataDate' | 'openFollowUps'> & { id: number; nameFold: string; createdAt: string; total?: number };

const params = (filter: ComplianceFilter, date: string) => ({
  date,
  ...(filter.kecamatanCode ? { kecamatanCode: filter.kecamatanCode } : {}),
  ...(filter.kbliSection ? { kbliSection: filter.kbliSection } : {}),
});

/** The newest source date (else recording day) among an employer's periods counted at `date`. */
function activeDataDate(ctx: ServiceContext, id: number, date: string): string | null {
  const row = stmt(
    ctx.sqlite,
    `SELECT max(p.source_date) AS source, max(CASE WHEN p.source_date IS NULL THEN p.updated_at END) AS recorded
     FROM participation_period p WHERE p.employer_id = @id AND ${activePuPeriodSql}`,
  ).get({ id, date }) as { source: string | null; recorded: string | null };
  const recorded = row.recorded ? officeDayOf(ctx, row.recorded) : null;
  return [row.source, recorded].filter((d): d is string => d !== null).sort().at(-1) ?? null;
}

/** A listed employer with the dates of its two figures and its open follow-ups. */
function explained(ctx: ServiceContext, row: ListedRow, date: string): ComplianceRow {
  const { id, nameFold: _fold, createdAt, total: _total, ...rest } = row;
  return {
    ...rest,
    reportedDate: reportedWorkforceDate(ctx, { id, uid: row.uid, createdAt }),
    activeDataDate: row.active > 0 ? activeDataDate(ctx, id, date) : null,
    openFollowUps: stmt(ctx.sqlite, 'SELECT count(*) FROM employer_follow_up WHERE employer_id = ? AND done = 0').pluck().get(id) as number,
  };
}

export function complianceList(ctx: ServiceContext, input: ComplianceFilter & { offset: number; limit: number }): CompliancePage {
  const date = input.date ?? officeTodayIso(ctx);
  const rows = stmt(ctx.sqlite, listedSql(input, true)).all({ ...params(input, date), limit: input.limit, offset: input.offset }) as ListedRow[];
  const total = rows[0]?.total ?? (input.offset > 0 ? complianceCount(ctx, input, date) : 0);
  return { date, total, rows: rows.map((r) => explained(ctx, r, date)) };
}

/** How many employers the list holds (a page past its end still says so). */
function complianceCount(ctx: ServiceContext, filter: ComplianceFilter, date: string): number {
  return stmt(ctx.sqlite, `SELECT count(*) FROM (${listedSql(filter, false)})`).pluck().get(params(filter, date)) as number;
}

/**
 * Every row of the list, in its order, with its dates (the export). At most one row per
 * employer, so it is read whole: the dates' queries cannot run while a statement iterates.
 */
export function complianceRows(ctx: ServiceContext, filter: ComplianceFilter, date: string): ComplianceRow[] {
  return (stmt(ctx.sqlite, listedSql(filter, false)).all(params(filter, date)) as ListedRow[]).map((r) => explained(ctx, r, date));
}
