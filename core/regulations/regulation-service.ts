import { eq } from 'drizzle-orm';
import { newUid } from '../../db/ids.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import { regulation } from '../../db/schema/index.ts';
import type { LegalStatus, RegulationDetail, RegulationRecordStatus, RegulationValues } from '../api/regulations.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { listCommitments } from './commitment-service.ts';
import { legalStatusAt, type ActingRelation } from './legal-status.ts';
import { prepareRegulationWrite } from './regulation-checks.ts';
import { auditView, labelOf, toRegulation, type RegulationTableRow } from './regulation-record.ts';
import { listRelations } from './relation-service.ts';
import { familyTimeline } from './timeline.ts';

// The regulation register's form path: a record saved with one audit row, its record status
// (entered in error, or back to active) with a reason, and its detail: the status that follows
// from its relations at a date, the relations from both sides, commitments and the family.

export const regulationNotFound = (uid: string) => notFound(msg('regulations.noun'), { uid });

export function findRegulationRow(ctx: ServiceContext, uid: string): RegulationTableRow | undefined {
  return ctx.db.select().from(regulation).where(eq(regulation.uid, uid)).get();
}

export function requireRegulation(ctx: ServiceContext, uid: string): RegulationTableRow {
  const row = findRegulationRow(ctx, uid);
  if (!row) throw regulationNotFound(uid);
  return row;
}

/** A record not active (entered in error) is read-only until restored: its save, and a change to its commitments, are refused. */
export function refuseUnlessEditable(row: RegulationTableRow): void {
  if (row.recordStatus !== 'aktif') throw invalidInput(msg('regulations.save.notActiveRestoreFirst', { status: msg(`regulations.recordStatus.${row.recordStatus}`) }));
}

const actingSql = `SELECT x.kind, s.effective_date AS effectiveDate, s.tanggal_pengundangan AS tanggalPengundangan, s.tanggal_penetapan AS tanggalPenetapan
  FROM regulation_relation x JOIN regulation s ON s.id = x.from_id WHERE x.to_id = ? AND s.record_status = 'aktif'`;

/** The relations acting on a regulation (from records not entered in error). */
export function actingOn(ctx: ServiceContext, id: number): ActingRelation[] {
  return (stmt(ctx.sqlite, actingSql).all(id) as (ActingRelation['from'] & { kind: ActingRelation['kind'] })[]).map(({ kind, ...from }) => ({ kind, from }));
}

export function statusOfRow(ctx: ServiceContext, row: RegulationTableRow, date: string): LegalStatus {
  return legalStatusAt(row, actingOn(ctx, row.id), date);
}

export function regulationStatusAt(ctx: ServiceContext, input: { uid: string; date: string }): { date: string; status: LegalStatus } {
  return { date: input.date, status: statusOfRow(ctx, requireRegulation(ctx, input.uid), input.date) };
}

export function getRegulation(ctx: ServiceContext, uid: string): RegulationDetail {
  const row = requireRegulation(ctx, uid);
  const today = officeTodayIso(ctx);
  return {
    regulation: toRegulation(ctx.sqlite, row),
    label: labelOf(row),
    today,
    status: statusOfRow(ctx, row, today),
    relations: listRelations(ctx, row.id),
    commitments: listCommitments(ctx, row.id),
    timeline: familyTimeline(ctx, row.id, today),
  };
}

export function saveRegulation(ctx: ServiceContext, values: RegulationValues): RegulationDetail {
  const before = values.uid ? findRegulationRow(ctx, values.uid) : undefined;
  if (values.uid && !before) throw regulationNotFound(values.uid);
  if (before) refuseUnlessEditable(before);
  const { uid: _uid, ...fields } = values;
  const columns = prepareRegulationWrite(ctx.sqlite, fields, before?.id ?? null, officeTodayIso(ctx));
  const uid = writeAudited(ctx, (scope) => {
    const now = ctx.now().toISOString();
    const after = before
      ? updateRowById(ctx.sqlite, regulation, before.id, { ...columns, updatedAt: now })
      : insertRow(ctx.sqlite, regulation, { uid: newUid(), ...columns, createdAt: now, updatedAt: now });
    scope.audit({ action: before ? 'update' : 'create', entity: 'regulation', entityUid: after.uid, label: labelOf(after), before: auditView(before), after: auditView(after) });
    return after.uid;
  });
  return getRegulation(ctx, uid);
}

/** Entered in error, or back to active: the record stays, with the reason and the date. */
export function setRegulationStatus(ctx: ServiceContext, input: { uid: string; recordStatus: RegulationRecordStatus; reason: string }): RegulationDetail {
  const before = requireRegulation(ctx, input.uid);
  if (before.recordStatus === input.recordStatus) return getRegulation(ctx, input.uid);
  writeAudited(ctx, ({ audit }) => {
    const after = updateRowById(ctx.sqlite, regulation, before.id, {
      recordStatus: input.recordStatus,
      statusReason: input.reason,
      statusDate: input.recordStatus === 'aktif' ? null : officeTodayIso(ctx),
      updatedAt: ctx.now().toISOString(),
    });
    audit({ action: input.recordStatus === 'aktif' ? 'restore' : 'remove', entity: 'regulation', entityUid: after.uid, label: labelOf(after), before: auditView(before), after: auditView(after) });
  });
  return getRegulation(ctx, input.uid);
}
