import { msg } from '../messages.ts';
import { stmt } from '../../db/statements.ts';
import { newUid } from '../../db/ids.ts';
import { eq } from 'drizzle-orm';
import type { FollowUp, FollowUpInput } from '../api/employers.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { employer, employerFollowUp } from '../../db/schema/index.ts';
import { officeToday, officeTodayIso } from '../reference/nik/nik-service.ts';

const select = `f.id, f.uid, e.uid AS employerUid, e.name AS employerName, e.record_status AS employerStatus, f.kind, f.date, f.letter_number AS letterNumber,
  f.due_date AS dueDate, f.outcome, f.done, f.notes FROM employer_follow_up f JOIN employer e ON e.id = f.employer_id`;
const fromRow = (r: FollowUp): FollowUp => ({ ...r, done: Boolean(r.done) });

export function listFollowUps(ctx: ServiceContext, employerId: number): FollowUp[] {
  return (stmt(ctx.sqlite, `SELECT ${select} WHERE f.employer_id = ? ORDER BY f.date DESC, f.id DESC`).all(employerId) as FollowUp[]).map(fromRow);
}

/**
 * Open follow-ups due within `withinDays` of today (office zone), and overdue ones, earliest
 * first. Closed firms' ones are included with their status (the page hides them by default);
 * removed records' are not.
 */
export function followUpsDue(ctx: ServiceContext, input: { withinDays: number; includeOverdue: boolean }): (FollowUp & { overdue: boolean })[] {
  const today = officeTodayIso(ctx);
  const until = new Date(officeToday(ctx).getTime() + input.withinDays * 86_400_000).toISOString().slice(0, 10);
  const rows = stmt(ctx.sqlite, 
      `SELECT ${select} WHERE f.done = 0 AND f.due_date IS NOT NULL AND f.due_date <= ? AND (? OR f.due_date >= ?)
       AND e.record_status <> 'dihapus' ORDER BY f.due_date, f.id`,
    )
    .all(until, input.includeOverdue ? 1 : 0, today) as FollowUp[];
  return rows.map((r) => ({ ...fromRow(r), overdue: (r.dueDate ?? '') < today }));
}

export function saveFollowUp(ctx: ServiceContext, input: Required<Omit<FollowUpInput, 'uid'>> & { uid?: string | undefined }): FollowUp {
  const owner = ctx.db.select().from(employer).where(eq(employer.uid, input.employerUid)).get();
  if (!owner) throw notFound(msg('things.employer'));
  if (input.dueDate && input.dueDate < input.date) {
    throw invalidInput(
      msg('employerSave.dueBeforeDate'),
      { issues: [{ path: 'dueDate', messageKey: 'validation.dueBeforeDate' }] },
    );
  }
  return writeAudited(ctx, ({ db, audit }) => {
    const before = input.uid ? db.select().from(employerFollowUp).where(eq(employerFollowUp.uid, input.uid)).get() : undefined;
    if (input.uid && !before) throw notFound(msg('things.followUp'));
    const now = ctx.now().toISOString();
    const values = {
      employerId: owner.id,
      kind: input.kind,
      date: input.date,
      letterNumber: input.letterNumber,
      dueDate: input.dueDate,
      outcome: input.outcome,
      done: input.done,
      notes: input.notes,
      updatedAt: now,
    };
    const after = before
      ? db.update(employerFollowUp).set(values).where(eq(employerFollowUp.id, before.id)).returning().get()
      : db.insert(employerFollowUp).values({ uid: newUid(), createdAt: now, ...values }).returning().get();
    audit({ action: before ? 'update' : 'create', entity: 'employer_follow_up', entityUid: after.uid, before: before ?? null, after });
    return fromRow(stmt(ctx.sqlite, `SELECT ${select} WHERE f.id = ?`).get(after.id) as FollowUp);
  });
}
