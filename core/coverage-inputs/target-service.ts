import { eq } from 'drizzle-orm';
import { newUid } from '../../db/ids.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import { coverageTarget } from '../../db/schema/index.ts';
import type { Target, TargetValues } from '../api/coverage-inputs.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { checkedAreaName, checkedProgrammeId, checkListField, programmeNameSql, programmeUidSql } from './input-checks.ts';

// Targets (target cakupan) per year and area: a percentage of a denominator (40 % of
// Jembrana's workers in 2024) or a number of people (433,000 for a branch area in 2024).

export type TargetRow = typeof coverageTarget.$inferSelect;

export const targetNotFound = (uid: string) => notFound(msg('coverageInputs.target.noun'), { uid });

const listSql = `SELECT t.*, r.name AS areaName, d.uid AS denominatorUid, d.name AS denominatorName, d.value AS denominatorValue,
  ${programmeUidSql('t.programme_id')} AS programmeUid, ${programmeNameSql('t.programme_id')} AS programmeName
  FROM coverage_target t LEFT JOIN region r ON r.code = t.area_code LEFT JOIN coverage_denominator d ON d.id = t.denominator_id`;

type ListRow = Record<string, unknown> & { uid: string; area_code: string; areaName: string | null; denominatorUid: string | null; denominatorName: string | null; denominatorValue: number | null; programmeUid: string | null; programmeName: string | null };

function toTarget(row: ListRow): Target {
  const kind = row.kind as Target['kind'];
  const value = row.value as number;
  return {
    uid: row.uid,
    year: row.year as number,
    areaCode: row.area_code,
    areaName: row.areaName ?? row.area_code,
    kind,
    value,
    denominatorUid: row.denominatorUid,
    denominatorName: row.denominatorName,
    denominatorValue: row.denominatorValue,
    segment: row.segment as Target['segment'],
    category: row.category as string | null,
    programmeUid: row.programmeUid,
    programmeName: row.programmeName,
    source: row.source as string,
    notes: row.notes as string,
    people: kind === 'orang' ? value : row.denominatorValue === null ? null : Math.ceil((value * row.denominatorValue) / 100),
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

export function listTargets(ctx: ServiceContext, input: { areaCode?: string | undefined }): Target[] {
  const params: unknown[] = [];
  let where = '';
  if (input.areaCode) {
    where = ' WHERE (t.area_code = ? OR t.area_code LIKE ?)';
    params.push(input.areaCode, `${input.areaCode}.%`);
  }
  return (ctx.sqlite.prepare(`${listSql}${where} ORDER BY t.year DESC, t.area_code, t.id LIMIT 5000`).all(...params) as ListRow[]).map(toTarget);
}

export function getTarget(ctx: ServiceContext, uid: string): Target {
  const row = ctx.sqlite.prepare(`${listSql} WHERE t.uid = ?`).get(uid) as ListRow | undefined;
  if (!row) throw targetNotFound(uid);
  return toTarget(row);
}

function auditView(row: TargetRow | undefined) {
  if (!row) return null;
  const { id: _id, createdAt: _c, updatedAt: _u, ...view } = row;
  return view;
}

const label = (row: TargetRow) => `${row.areaCode} ${row.year}: ${row.value}${row.kind === 'persen' ? ' %' : ''}`;

/**
 * The denominator a percentage is of: it must exist and be of the target's own area (a target of
 * Jembrana against Gianyar's workers, or a kecamatan's against its kabupaten's, is a wrong
 * percentage, so it is refused even on a target that already had it); a retired one only when it
 * was already chosen.
 */
function checkedDenominatorId(ctx: ServiceContext, uid: string | null, before: TargetRow | undefined, areaCode: string, areaName: string): number | null {
  if (!uid) return null;
  const found = stmt(ctx.sqlite, 'SELECT d.id, d.retired_at AS retiredAt, d.name, d.area_code AS areaCode, r.name AS areaName FROM coverage_denominator d LEFT JOIN region r ON r.code = d.area_code WHERE d.uid = ?').get(uid) as
    | { id: number; retiredAt: string | null; name: string; areaCode: string; areaName: string | null }
    | undefined;
  if (!found) throw invalidInput(msg('coverageInputs.target.unknownDenominator'), { issues: [{ path: 'denominatorUid' }] });
  if (found.areaCode !== areaCode) {
    throw invalidInput(
      msg('coverageInputs.target.denominatorOtherArea', { name: found.name, denominatorArea: `${found.areaName ?? found.areaCode} (${found.areaCode})`, targetArea: `${areaName} (${areaCode})` }),
      { issues: [{ path: 'denominatorUid' }] },
    );
  }
  if (found.retiredAt && before?.denominatorId !== found.id) throw invalidInput(msg('coverageInputs.target.retiredDenominator', { name: found.name }), { issues: [{ path: 'denominatorUid' }] });
  return found.id;
}

export function saveTarget(ctx: ServiceContext, values: TargetValues): Target {
  const before = values.uid ? ctx.db.select().from(coverageTarget).where(eq(coverageTarget.uid, values.uid)).get() : undefined;
  if (values.uid && !before) throw targetNotFound(values.uid);
  const areaName = checkedAreaName(ctx, values.areaCode);
  checkListField(ctx, 'vulnerable_category', 'category', values.category, before?.category);
  const columns = {
    year: values.year,
    areaCode: values.areaCode,
    kind: values.kind,
    value: values.value,
    denominatorId: checkedDenominatorId(ctx, values.kind === 'persen' ? values.denominatorUid : null, before, values.areaCode, areaName),
    segment: values.segment,
    category: values.category,
    programmeId: checkedProgrammeId(ctx, values.programmeUid),
    source: values.source,
    notes: values.notes,
  };
  const uid = writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    const after = before ? updateRowById(ctx.sqlite, coverageTarget, before.id, { ...columns, updatedAt: now }) : insertRow(ctx.sqlite, coverageTarget, { uid: newUid(), ...columns, createdAt: now, updatedAt: now });
    audit({ action: before ? 'update' : 'create', entity: 'coverage_target', entityUid: after.uid, label: label(after), before: auditView(before), after: auditView(after) });
    return after.uid;
  });
  return getTarget(ctx, uid);
}

export function removeTarget(ctx: ServiceContext, uid: string): { removed: true } {
  const before = ctx.db.select().from(coverageTarget).where(eq(coverageTarget.uid, uid)).get();
  if (!before) throw targetNotFound(uid);
  writeAudited(ctx, ({ audit }) => {
    stmt(ctx.sqlite, 'DELETE FROM coverage_target WHERE id = ?').run(before.id);
    audit({ action: 'delete', entity: 'coverage_target', entityUid: before.uid, label: label(before), before: auditView(before), after: null });
  });
  return { removed: true };
}
