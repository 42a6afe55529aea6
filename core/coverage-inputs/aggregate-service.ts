import { eq } from 'drizzle-orm';
import { newUid } from '../../db/ids.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import { coverageAggregate } from '../../db/schema/index.ts';
import type { Aggregate, AggregateValues } from '../api/coverage-inputs.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { checkedAreaName, checkedProgrammeId, checkListField, programmeNameSql, programmeUidSql } from './input-checks.ts';
import { idsUsedBySnapshots, usedBySnapshot } from './snapshot-use.ts';

// Aggregate inputs (data agregat): totals the office received instead of people, e.g. the
// BPJS branch's active participants by segment and kecamatan at a month's end. Entered,
// corrected while no frozen month names them, removed when entered in error; one a frozen month
// summed is retired instead (no count made since uses it, the frozen month keeps it) and its
// correction entered as a new row. Audited.

export type AggregateRow = typeof coverageAggregate.$inferSelect;

export const aggregateNotFound = (uid: string) => notFound(msg('coverageInputs.aggregate.noun'), { uid });

export function findAggregateRow(ctx: ServiceContext, uid: string): AggregateRow | undefined {
  return ctx.db.select().from(coverageAggregate).where(eq(coverageAggregate.uid, uid)).get();
}

const listSql = `SELECT g.*, r.name AS areaName, ${programmeUidSql('g.programme_id')} AS programmeUid, ${programmeNameSql('g.programme_id')} AS programmeName
  FROM coverage_aggregate g LEFT JOIN region r ON r.code = g.area_code`;

type ListRow = Record<string, unknown> & { id: number; uid: string; area_code: string; areaName: string | null; programmeUid: string | null; programmeName: string | null };

function toAggregate(row: ListRow, used: boolean): Aggregate {
  return {
    uid: row.uid,
    areaCode: row.area_code,
    areaName: row.areaName ?? row.area_code,
    segment: row.segment as Aggregate['segment'],
    category: row.category as string | null,
    sector: row.sector as string | null,
    funding: row.funding as string | null,
    programmeUid: row.programmeUid,
    programmeName: row.programmeName,
    count: row.count as number,
    asOfDate: row.as_of_date as string,
    sourceKind: row.source_kind as Aggregate['sourceKind'],
    source: row.source as string,
    notes: row.notes as string,
    retiredAt: row.retired_at as string | null,
    usedBySnapshot: used,
    importBatchId: row.import_batch_id as number | null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** Aggregate rows of an area and the areas inside it (retired ones on request), newest date first. */
export function listAggregates(ctx: ServiceContext, input: { areaCode?: string | undefined; includeRetired?: boolean | undefined }): Aggregate[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.areaCode) {
    where.push('(g.area_code = ? OR g.area_code LIKE ?)');
    params.push(input.areaCode, `${input.areaCode}.%`);
  }
  if (!input.includeRetired) where.push('g.retired_at IS NULL');
  const rows = ctx.sqlite
    .prepare(`${listSql}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY g.retired_at IS NOT NULL, g.as_of_date DESC, g.area_code, g.segment, g.category, g.id LIMIT 5000`)
    .all(...params) as ListRow[];
  const used = idsUsedBySnapshots(ctx, 'aggregate');
  return rows.map((r) => toAggregate(r, used.has(r.id)));
}

export function getAggregate(ctx: ServiceContext, uid: string): Aggregate {
  const row = ctx.sqlite.prepare(`${listSql} WHERE g.uid = ?`).get(uid) as ListRow | undefined;
  if (!row) throw aggregateNotFound(uid);
  return toAggregate(row, usedBySnapshot(ctx, 'aggregate', row));
}

function auditView(row: AggregateRow | undefined) {
  if (!row) return null;
  const { id: _id, createdAt: _c, updatedAt: _u, ...view } = row;
  return view;
}

const label = (row: AggregateRow) => `${row.areaCode} ${[row.segment, row.category, row.sector, row.funding].filter(Boolean).join(' ')} ${row.asOfDate}: ${row.count}`.replace(/\s+/g, ' ');

/** The columns an aggregate's values write, after the checks that need the data. */
export function aggregateColumns(ctx: ServiceContext, values: Omit<AggregateValues, 'uid'>, before: AggregateRow | undefined) {
  checkedAreaName(ctx, values.areaCode);
  checkListField(ctx, 'vulnerable_category', 'category', values.category, before?.category);
  checkListField(ctx, 'funding_source', 'funding', values.funding, before?.funding);
  return {
    areaCode: values.areaCode,
    segment: values.segment,
    category: values.category,
    sector: values.sector,
    funding: values.funding,
    programmeId: checkedProgrammeId(ctx, values.programmeUid),
    count: values.count,
    asOfDate: values.asOfDate,
    sourceKind: values.sourceKind,
    source: values.source,
    notes: values.notes,
  };
}

/** Refuses a change of a row a frozen month was made of (its notes may still change). */
export function checkAggregateNotFrozen(ctx: ServiceContext, before: AggregateRow, columns: Record<string, unknown>): void {
  const changed = Object.keys(columns).filter((f) => f !== 'notes' && columns[f] !== before[f as keyof AggregateRow]);
  if (changed.length && usedBySnapshot(ctx, 'aggregate', before)) throw new AppError('CONFLICT', msg('coverageInputs.aggregate.frozen'), { issues: [{ path: changed[0] === 'programmeId' ? 'programmeUid' : changed[0]! }] });
}

export function saveAggregate(ctx: ServiceContext, values: AggregateValues): Aggregate {
  const before = values.uid ? findAggregateRow(ctx, values.uid) : undefined;
  if (values.uid && !before) throw aggregateNotFound(values.uid);
  const columns = aggregateColumns(ctx, values, before);
  if (before) checkAggregateNotFrozen(ctx, before, columns);
  const uid = writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    const after = before ? updateRowById(ctx.sqlite, coverageAggregate, before.id, { ...columns, updatedAt: now }) : insertRow(ctx.sqlite, coverageAggregate, { uid: newUid(), ...columns, createdAt: now, updatedAt: now });
    audit({ action: before ? 'update' : 'create', entity: 'coverage_aggregate', entityUid: after.uid, label: label(after), before: auditView(before), after: auditView(after) });
    return after.uid;
  });
  return getAggregate(ctx, uid);
}

/**
 * Retires a row (corrected or withdrawn: no count made from now on uses it; the frozen months that
 * summed it keep it), or brings it back. The correction itself is a new row (saveAggregate).
 */
export function retireAggregate(ctx: ServiceContext, input: { uid: string; retired: boolean }): Aggregate {
  const before = findAggregateRow(ctx, input.uid);
  if (!before) throw aggregateNotFound(input.uid);
  if (Boolean(before.retiredAt) === input.retired) return getAggregate(ctx, input.uid);
  writeAudited(ctx, ({ audit }) => {
    const retiredAt = input.retired ? officeTodayIso(ctx) : null;
    const after = updateRowById(ctx.sqlite, coverageAggregate, before.id, { retiredAt, updatedAt: ctx.now().toISOString() });
    audit({ action: input.retired ? 'retire' : 'restore', entity: 'coverage_aggregate', entityUid: after.uid, label: label(after), before: auditView(before), after: auditView(after) });
  });
  return getAggregate(ctx, input.uid);
}

/** Removes a row entered in error; one a frozen month names stays (retire it instead). */
export function removeAggregate(ctx: ServiceContext, uid: string): { removed: true } {
  const before = findAggregateRow(ctx, uid);
  if (!before) throw aggregateNotFound(uid);
  if (usedBySnapshot(ctx, 'aggregate', before)) throw new AppError('CONFLICT', msg('coverageInputs.aggregate.frozen'));
  writeAudited(ctx, ({ audit }) => {
    stmt(ctx.sqlite, 'DELETE FROM coverage_aggregate WHERE id = ?').run(before.id);
    audit({ action: 'delete', entity: 'coverage_aggregate', entityUid: before.uid, label: label(before), before: auditView(before), after: null });
  });
  return { removed: true };
}
