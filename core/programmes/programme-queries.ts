import { asc, desc, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { workerProgramme } from '../../db/schema/index.ts';
import { stmt } from '../../db/statements.ts';
import { programmeStage, type ProgrammeCount, type ProgrammePage, type ProgrammePeople, type ProgrammeSummary, type programmePeopleInput } from '../api/programmes.ts';
import type { ServiceContext } from '../context.ts';
import { regionName } from '../registers/record-fields.ts';
import { remembered } from './programme-cache.ts';
import { programmeContribution, yearStart } from './programme-contribution.ts';
import { findProgrammeRow, programmeNotFound, toProgramme, type ProgrammeRow } from './programme-service.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { countsAtSql } from '../workers/participation-status.ts';

// What a programme's pages show. Its people are the people with a participation period naming
// it that runs in the programme year (1 January to 31 December), whatever today is: a past
// year's programme keeps its people. A person entered in error (record status salah_input)
// is not counted. Each person counts once, with the calendar months of the year their periods
// touch (at most 12): the cost is those person-months times the monthly contribution.
// Everything is read along period_programme_idx (programme, person, start, end), grouped by
// person without a sort, then joined to the person by primary key.

const yearEnd = (year: number) => `${year}-12-31`;

/** The programme's periods as the counts read them (countedSpans): a person who died or moved away stops paying at that date. */
const countedPeriodsSql = `SELECT p.person_id, p.start_date,
    CASE WHEN w.record_status = 'aktif' THEN p.end_date ELSE min(coalesce(p.end_date, '9999-12-31'), w.status_date) END AS end_date
  FROM participation_period p JOIN person w ON w.id = p.person_id
  WHERE p.programme_id = @id AND ${countsAtSql('w', 'p.start_date')}`;

/** One row per enrolled person: months paid in the year and whether a period covers today. */
const enrolledSql = `SELECT p.person_id AS person_id,
    min(12, sum((CASE WHEN p.end_date IS NULL OR p.end_date > @yearEnd THEN 12 ELSE CAST(substr(p.end_date, 6, 2) AS INTEGER) END)
      - (CASE WHEN p.start_date < @yearStart THEN 1 ELSE CAST(substr(p.start_date, 6, 2) AS INTEGER) END) + 1)) AS months,
    max(p.start_date <= @today AND (p.end_date IS NULL OR p.end_date >= @today)) AS active_today,
    min(p.start_date) AS start_date,
    CASE WHEN count(*) > count(p.end_date) THEN NULL ELSE max(p.end_date) END AS end_date
  FROM (${countedPeriodsSql}) p
  WHERE p.start_date <= @yearEnd AND (p.end_date IS NULL OR p.end_date >= @yearStart)
  GROUP BY p.person_id`;

const countedPeople = `FROM (${enrolledSql}) e JOIN person w ON w.id = e.person_id WHERE w.record_status <> 'salah_input'`;

const groupedSql = `SELECT w.category AS category, w.kecamatan_code AS kecamatanCode, w.desa_code AS desaCode,
    count(*) AS people, sum(e.months) AS months, sum(e.active_today) AS activeToday
  ${countedPeople} GROUP BY w.category, w.kecamatan_code, w.desa_code`;

const totalSql = `SELECT count(*) AS people, coalesce(sum(e.months), 0) AS months, coalesce(sum(e.active_today), 0) AS activeToday ${countedPeople}`;

const params = (ctx: ServiceContext, row: ProgrammeRow) => ({ id: row.id, yearStart: yearStart(row.year), yearEnd: yearEnd(row.year), today: officeTodayIso(ctx) });

/** Every programme with its target and enrolled people: newest year first, ended ones last. */
export function listProgrammes(ctx: ServiceContext): ProgrammeSummary[] {
  const rows = ctx.db.select().from(workerProgramme).orderBy(sql`${workerProgramme.status} = 'selesai'`, desc(workerProgramme.year), asc(workerProgramme.name)).all();
  const total = stmt(ctx.sqlite, totalSql);
  const target = stmt(ctx.sqlite, 'SELECT coalesce(sum(target), 0) FROM worker_programme_target WHERE programme_id = ?').pluck();
  return rows.map((row) => {
    const p = toProgramme(ctx, row);
    const at = params(ctx, row);
    const counted = remembered(ctx.sqlite, `total:${row.id}`, at.today, () => total.get(at) as ProgrammeCount);
    return { uid: p.uid, name: p.name, year: p.year, funding: p.funding, fundingLabel: p.fundingLabel, package: p.package, monthlyContribution: p.monthlyContribution, budget: p.budget, status: p.status, stage: programmeStage(row.status, row.year, at.today), target: target.get(row.id) as number, enrolled: counted.people };
  });
}

const zero = (): ProgrammeCount => ({ people: 0, months: 0, activeToday: 0 });
const add = (a: ProgrammeCount, b: ProgrammeCount) => {
  a.people += b.people;
  a.months += b.months;
  a.activeToday += b.activeToday;
};

export function programmePage(ctx: ServiceContext, uid: string): ProgrammePage {
  const row = findProgrammeRow(ctx, uid);
  if (!row) throw programmeNotFound(uid);
  return remembered(ctx.sqlite, `page:${row.id}`, officeTodayIso(ctx), () => computePage(ctx, row));
}

function computePage(ctx: ServiceContext, row: ProgrammeRow): ProgrammePage {
  const programme = toProgramme(ctx, row);
  const at = params(ctx, row);
  const groups = stmt(ctx.sqlite, groupedSql).all(at) as (ProgrammeCount & { category: string | null; kecamatanCode: string | null; desaCode: string | null })[];

  // Target vs enrolled by category: every category with a target, and any other enrolled.
  const byCategory = new Map<string | null, ProgrammeCount & { category: string | null; label: string; target: number }>();
  const categoryRow = (category: string | null, label: string) => byCategory.get(category) ?? byCategory.set(category, { category, label, target: 0, ...zero() }).get(category)!;
  for (const t of programme.targets) categoryRow(t.category, t.categoryLabel).target = t.target;
  const labelOf = stmt(ctx.sqlite, "SELECT label_id FROM lookup_item WHERE list = 'vulnerable_category' AND code = ?").pluck();
  const byDesa = new Map<string, ProgrammePage['byDesa'][number]>();
  const totals = zero();
  for (const g of groups) {
    add(categoryRow(g.category, g.category ? ((labelOf.get(g.category) as string | undefined) ?? g.category) : ''), g);
    const key = `${g.kecamatanCode ?? ''}|${g.desaCode ?? ''}`;
    const desa = byDesa.get(key) ?? byDesa.set(key, { kecamatanCode: g.kecamatanCode, kecamatanName: null, desaCode: g.desaCode, desaName: null, ...zero() }).get(key)!;
    add(desa, g);
    add(totals, g);
  }
  const desaRows = [...byDesa.values()].map((d) => ({ ...d, kecamatanName: regionName(ctx.sqlite, d.kecamatanCode), desaName: regionName(ctx.sqlite, d.desaCode) }));
  desaRows.sort((a, b) => (a.kecamatanName ?? '~').localeCompare(b.kecamatanName ?? '~') || (a.desaName ?? '~').localeCompare(b.desaName ?? '~'));

  const enrolledCost = totals.months * row.monthlyContribution;
  const remaining = row.budget - enrolledCost;
  const perYear = row.monthlyContribution * 12;
  return {
    programme,
    stage: programmeStage(row.status, row.year, at.today),
    today: at.today,
    yearStart: at.yearStart,
    yearEnd: at.yearEnd,
    totals: { ...totals, target: programme.targets.reduce((a, t) => a + t.target, 0) },
    byCategory: [...byCategory.values()].sort((a, b) => b.target - a.target || b.people - a.people || a.label.localeCompare(b.label)),
    byDesa: desaRows,
    cost: {
      enrolledCost,
      fullYearCost: totals.people * perYear,
      budget: row.budget,
      remaining,
      morePeopleFullYear: remaining > 0 && perYear > 0 ? Math.floor(remaining / perYear) : 0,
      morePeopleRestOfYear: restOfYear(row, at.today, remaining),
    },
    currentRuleContribution: currentContribution(ctx, row),
  };
}

/**
 * People joining now, to December, in the programme's own year: a month begun counts whole (as a
 * period's months do), so someone added today is paid from this month. None in January (the
 * whole-year figure says it) nor outside the programme's year.
 */
export function restOfYear(row: Pick<ProgrammeRow, 'year' | 'monthlyContribution'>, today: string, remaining: number): ProgrammePage['cost']['morePeopleRestOfYear'] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  if (year !== row.year || month <= 1 || remaining <= 0 || row.monthlyContribution <= 0) return null;
  const months = 13 - month;
  return { people: Math.floor(remaining / (months * row.monthlyContribution)), fromMonth: today.slice(0, 7), months };
}

/** What today's rules would give for the same package, income and year, when it differs. */
function currentContribution(ctx: ServiceContext, row: ProgrammeRow): number | null {
  try {
    const now = programmeContribution(ctx, { year: row.year, package: toProgramme(ctx, row).package, declaredIncome: row.declaredIncome }).monthly;
    return now === row.monthlyContribution ? null : now;
  } catch {
    return null; // no rule in force any more: the kept figure stands, the page says how it was computed
  }
}

/** A page of a programme's people by name, optionally of one category ('' = none) and one desa. */
export function programmePeople(ctx: ServiceContext, input: z.output<typeof programmePeopleInput>): ProgrammePeople {
  const row = findProgrammeRow(ctx, input.uid);
  if (!row) throw programmeNotFound(input.uid);
  const filters = [...(input.category === undefined ? [] : ["coalesce(w.category, '') = @category"]), ...(input.desaCode === undefined ? [] : ['w.desa_code = @desaCode'])];
  const at = { ...params(ctx, row), ...(input.category === undefined ? {} : { category: input.category }), ...(input.desaCode === undefined ? {} : { desaCode: input.desaCode }) };
  // The people in name order, as ids (kept, see programme-cache.ts); a page reads its few.
  const ids = remembered(ctx.sqlite, `people:${row.id}:${input.category ?? '*'}:${input.desaCode ?? '*'}`, at.today, () =>
    Int32Array.from(stmt(ctx.sqlite, `SELECT w.id ${countedPeople}${filters.map((f) => ` AND ${f}`).join('')} ORDER BY w.name_fold, w.id`).pluck().all(at) as number[]),
  );
  const page = [...ids.subarray(input.offset, input.offset + input.limit)];
  const found = stmt(ctx.sqlite, `SELECT w.id, w.uid, w.nik, w.name, w.category, w.kecamatan_code AS kecamatanCode, w.desa_code AS desaCode, e.start_date AS startDate, e.end_date AS endDate, e.months
    FROM (${enrolledSql.replace('GROUP BY', 'AND p.person_id IN (SELECT value FROM json_each(@ids)) GROUP BY')}) e JOIN person w ON w.id = e.person_id`).all({ ...at, ids: JSON.stringify(page) }) as (ProgrammePeople['rows'][number] & { id: number; kecamatanCode: string | null; desaCode: string | null })[];
  const byId = new Map(found.map((r) => [r.id, r]));
  return {
    total: ids.length,
    rows: page.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const { id: _id, kecamatanCode, desaCode, ...rest } = r;
      return [{ ...rest, kecamatanName: regionName(ctx.sqlite, kecamatanCode), desaName: regionName(ctx.sqlite, desaCode) }];
    }),
  };
}
