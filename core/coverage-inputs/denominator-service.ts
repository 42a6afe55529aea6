import { eq } from 'drizzle-orm';
import { newUid } from '../../db/ids.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import { coverageDenominator } from '../../db/schema/index.ts';
import type { Denominator, DenominatorValues } from '../api/coverage-inputs.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { checkedAreaName, checkedProgrammeId, checkListField, programmeNameSql, programmeUidSql } from './input-checks.ts';
import { idsUsedBySnapshots, usedBySnapshot } from './snapshot-use.ts';

// Denominators (penyebut): entered, changed while no frozen month names them, retired when a
// newer number replaces them (a snapshot keeps naming the old one), removed only while nothing
// uses them. Every write is one transaction with its audit row.

export type DenominatorRow = typeof coverageDenominator.$inferSelect;

/** The fields a snapshot depends on: once one names the row, these never change in place. */
const frozenFields = ['value', 'areaCode', 'universe', 'programmeId', 'category', 'sourceKind', 'source', 'asOfDate'] as const;

export const denominatorNotFound = (uid: string) => notFound(msg('coverageInputs.denominator.noun'), { uid });

export function findDenominatorRow(ctx: ServiceContext, uid: string): DenominatorRow | undefined {
  return ctx.db.select().from(coverageDenominator).where(eq(coverageDenominator.uid, uid)).get();
}

const listSql = `SELECT d.*, r.name AS areaName, ${programmeUidSql('d.programme_id')} AS programmeUid, ${programmeNameSql('d.programme_id')} AS programmeName,
  (SELECT count(*) FROM coverage_target t WHERE t.denominator_id = d.id) AS targetCount
  FROM coverage_denominator d LEFT JOIN region r ON r.code = d.area_code`;

type ListRow = Record<string, unknown> & { id: number; uid: string; area_code: string; areaName: string | null; programmeUid: string | null; programmeName: string | null; targetCount: number };

function toDenominator(row: ListRow, used: boolean): Denominator {
  return {
    uid: row.uid,
    name: row.name as string,
    value: row.value as number,
    areaCode: row.area_code,
    areaName: row.areaName ?? row.area_code,
    universe: row.universe as Denominator['universe'],
    programmeUid: row.programmeUid,
    programmeName: row.programmeName,
    category: row.category as string | null,
    sourceKind: row.source_kind as Denominator['sourceKind'],
    source: row.source as string,
    asOfDate: row.as_of_date as string,
    notes: row.notes as string,
    retiredAt: row.retired_at as string | null,
    usedBySnapshot: used,
    targetCount: row.targetCount,
    importBatchId: row.import_batch_id as number | null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** Denominators of an area and the areas inside it (all without one), newest date first. */
export function listDenominators(ctx: ServiceContext, input: { areaCode?: string | undefined; includeRetired: boolean }): Denominator[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.areaCode) {
    where.push('(d.area_code = ? OR d.area_code LIKE ?)');
    params.push(input.areaCode, `${input.areaCode}.%`);
  }
  if (!input.includeRetired) where.push('d.retired_at IS NULL');
  const rows = ctx.sqlite.prepare(`${listSql}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY d.retired_at IS NOT NULL, d.as_of_date DESC, d.area_code, d.name LIMIT 5000`).all(...params) as ListRow[];
  const used = idsUsedBySnapshots(ctx, 'denominator');
  return rows.map((r) => toDenominator(r, used.has(r.id)));
}

export function getDenominator(ctx: ServiceContext, uid: string): Denominator {
  const row = ctx.sqlite.prepare(`${listSql} WHERE d.uid = ?`).get(uid) as ListRow | undefined;
  if (!row) throw denominatorNotFound(uid);
  return toDenominator(row, usedBySnapshot(ctx, 'denominator', row));
}

/** What the audit row keeps of a denominator. */
function auditView(row: DenominatorRow | undefined) {
  if (!row) return null;
  const { id: _id, createdAt: _c, updatedAt: _u, ...view } = row;
  return view;
}

const label = (row: Pick<DenominatorRow, 'name' | 'value'>) => `${row.name} (${row.value})`;

/** The columns a denominator's values write, after the checks that need the data. */
export function denominatorColumns(ctx: ServiceContext, values: Omit<DenominatorValues, 'uid'>, before: DenominatorRow | undefined) {
  checkedAreaName(ctx, values.areaCode);
  checkListField(ctx, 'vulnerable_category', 'category', values.category, before?.category);
  return {
    name: values.name,
    value: values.value,
    areaCode: values.areaCode,
    universe: values.universe,
    programmeId: checkedProgrammeId(ctx, values.programmeUid),
    category: values.category,
    sourceKind: values.sourceKind,
    source: values.source,
    asOfDate: values.asOfDate,
    notes: values.notes,
  };
}

/** Refuses a change of what a frozen month was made of. */
export function checkNotFrozen(ctx: ServiceContext, before: DenominatorRow, columns: Record<string, unknown>): void {
  const changed = frozenFields.filter((f) => columns[f] !== undefined && columns[f] !== before[f]);
  if (changed.length && usedBySnapshot(ctx, 'denominator', before)) {
    throw new AppError('CONFLICT', msg('coverageInputs.denominator.frozen', { name: before.name }), { issues: [{ path: changed[0] === 'programmeId' ? 'programmeUid' : changed[0]! }] });
  }
}

/** Creates (no uid) or changes a denominator. */
export function saveDenominator(ctx: ServiceContext, values: DenominatorValues): Denominator {
  const before = values.uid ? findDenominatorRow(ctx, values.uid) : undefined;
  if (values.uid && !before) throw denominatorNotFound(values.uid);
  const columns = denominatorColumns(ctx, values, before);
  if (before) checkNotFrozen(ctx, before, columns);
  const uid = writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    const after = before ? updateRowById(ctx.sqlite, coverageDenominator, before.id, { ...columns, updatedAt: now }) : insertRow(ctx.sqlite, coverageDenominator, { uid: newUid(), ...columns, createdAt: now, updatedAt: now });
    audit({ action: before ? 'update' : 'create', entity: 'coverage_denominator', entityUid: after.uid, label: label(after), before: auditView(before), after: auditView(after) });
    return after.uid;
  });
  return getDenominator(ctx, uid);
}

/** Retires a denominator (no longer offered for new figures) or brings it back. */
export function retireDenominator(ctx: ServiceContext, input: { uid: string; retired: boolean }): Denominator {
  const before = findDenominatorRow(ctx, input.uid);
  if (!before) throw denominatorNotFound(input.uid);
  if (Boolean(before.retiredAt) === input.retired) return getDenominator(ctx, input.uid);
  writeAudited(ctx, ({ audit }) => {
    const retiredAt = input.retired ? officeTodayIso(ctx) : null;
    const after = updateRowById(ctx.sqlite, coverageDenominator, before.id, { retiredAt, updatedAt: ctx.now().toISOString() });
    audit({ action: input.retired ? 'retire' : 'restore', entity: 'coverage_denominator', entityUid: after.uid, label: label(after), before: auditView(before), after: auditView(after) });
  });
  return getDenominator(ctx, input.uid);
}

/** Removes a denominator entered in error; one that a target or a snapshot uses is retired instead. */
export function removeDenominator(ctx: ServiceContext, uid: string): { removed: true } {
  const before = findDenominatorRow(ctx, uid);
  if (!before) throw denominatorNotFound(uid);
  const targets = stmt(ctx.sqlite, 'SELECT count(*) FROM coverage_target WHERE denominator_id = ?').pluck().get(before.id) as number;
  if (targets > 0) throw invalidInput(msg('coverageInputs.denominator.usedByTargets', { name: before.name, count: targets }));
  if (usedBySnapshot(ctx, 'denominator', before)) throw new AppError('CONFLICT', msg('coverageInputs.denominator.frozen', { name: before.name }));
  writeAudited(ctx, ({ audit }) => {
    stmt(ctx.sqlite, 'DELETE FROM coverage_denominator WHERE id = ?').run(before.id);
    audit({ action: 'delete', entity: 'coverage_denominator', entityUid: before.uid, label: label(before), before: auditView(before), after: null });
  });
  return { removed: true };
}
