import { stmt } from '../../db/statements.ts';
import type { EmployerWorkersInput, EmployerWorkersPage, EmployerWorker } from '../api/employer-compliance.ts';
import type { ServiceContext } from '../context.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { activePuPeriodSql } from './active-pu.ts';
import { employerNotFound } from './employer-service.ts';

// An employer's workers: the people with a PU period there that covers a date (today in the
// office's zone unless asked), by name, a page at a time, with how many there are.

export function employerWorkers(ctx: ServiceContext, input: Required<Omit<EmployerWorkersInput, 'date'>> & { date: string | null }): EmployerWorkersPage {
  const id = stmt(ctx.sqlite, 'SELECT id FROM employer WHERE uid = ?').pluck().get(input.uid) as number | undefined;
  if (id === undefined) throw employerNotFound(input.uid);
  const date = input.date ?? officeTodayIso(ctx);
  const total = stmt(ctx.sqlite, `SELECT count(*) FROM participation_period p WHERE p.employer_id = @id AND ${activePuPeriodSql}`).pluck().get({ id, date }) as number;
  const rows = stmt(
    ctx.sqlite,
    `SELECT w.uid, w.name, w.nik, coalesce(p.kpj, w.kpj) AS kpj, p.start_date AS startDate, p.end_date AS endDate
     FROM participation_period p JOIN person w ON w.id = p.person_id
     WHERE p.employer_id = @id AND ${activePuPeriodSql}
     ORDER BY w.name_fold, w.id LIMIT @limit OFFSET @offset`,
  ).all({ id, date, limit: input.limit, offset: input.offset }) as EmployerWorker[];
  return { date, total, rows };
}
