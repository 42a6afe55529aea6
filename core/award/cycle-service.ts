import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import type { CycleDetail, CycleSummary, CycleValues } from '../api/award.ts';
import { invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { allCycles, cycleFields, cycleNotFound, findCycle, type CycleRow } from './award-rows.ts';
import { cycleDetail, cycleSummary } from './cycle-detail.ts';
import { assertCycleOpen } from './cycle-lock.ts';

// Award cycles: one edition the office takes part in, with its period, deadline, interview and
// ceremony dates kept apart (the edition, the period and the ceremony differ). Saved with one
// audit row; never deleted (a cycle that did not happen keeps its notes).

export function listCycles(ctx: ServiceContext): CycleSummary[] {
  return allCycles(ctx.sqlite).map((row) => cycleSummary(ctx, row));
}

/** The cycle's own fields as the change log keeps them. */
export const cycleAuditView = (row: CycleRow) => {
  const { uid: _uid, ...fields } = cycleFields(row);
  return fields;
};

function lockedFieldsChanged(before: CycleRow, values: CycleValues): boolean {
  const { result: _r, notes: _n, ...locked } = cycleAuditView(before);
  const { result: _vr, notes: _vn, ...next } = cycleAuditView({ ...before, ...values, uid: before.uid });
  return JSON.stringify(locked) !== JSON.stringify(next);
}

export function saveCycle(ctx: ServiceContext, values: CycleValues): CycleDetail {
  if (values.periodStart > values.periodEnd) {
    throw invalidInput(msg('award.cycle.periodOrder', { start: values.periodStart, end: values.periodEnd }), { issues: [{ path: 'periodEnd' }] });
  }
  const uid = writeAudited(ctx, ({ audit }) => {
    const before = values.uid ? findCycle(ctx.sqlite, values.uid) : undefined;
    if (values.uid && !before) throw cycleNotFound(values.uid);
    // The result and notes come after the ceremony and are not part of the package: they stay editable.
    if (before && lockedFieldsChanged(before, values)) assertCycleOpen(ctx.sqlite, before, 'cycle');
    const now = ctx.now().toISOString();
    const fields = [values.edition, values.year, values.level, values.category, values.periodStart, values.periodEnd, values.submissionDeadline, values.interviewDate, values.ceremonyDate, values.result, values.notes];
    const uid = before?.uid ?? newUid();
    if (before) {
      stmt(ctx.sqlite, `UPDATE award_cycle SET edition = ?, year = ?, level = ?, category = ?, period_start = ?, period_end = ?, submission_deadline = ?,
        interview_date = ?, ceremony_date = ?, result = ?, notes = ?, updated_at = ? WHERE id = ?`).run(...fields, now, before.id);
    } else {
      stmt(ctx.sqlite, `INSERT INTO award_cycle (uid, edition, year, level, category, period_start, period_end, submission_deadline, interview_date,
        ceremony_date, result, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(uid, ...fields, now, now);
    }
    const after = findCycle(ctx.sqlite, uid)!;
    audit({ action: before ? 'update' : 'create', entity: 'award_cycle', entityUid: uid, label: after.edition, before: before ? cycleAuditView(before) : null, after: cycleAuditView(after) });
    return uid;
  });
  return cycleDetail(ctx, uid);
}
