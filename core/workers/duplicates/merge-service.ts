import { eq } from 'drizzle-orm';
import { newUid } from '../../../db/ids.ts';
import { insertRow, updateRowById } from '../../../db/fast-write.ts';
import { foldText } from '../../../db/fold.ts';
import { stmt } from '../../../db/statements.ts';
import { participationPeriod, person } from '../../../db/schema/index.ts';
import type { DuplicateMergeInput, DuplicateMergeView, MergeField, MergePlan, MergePlanPeriod } from '../../api/duplicates.ts';
import { AppError, invalidInput, notFound } from '../../app-error.ts';
import { writeAudited } from '../../audit/write.ts';
import type { ServiceContext } from '../../context.ts';
import { msg, render } from '../../messages.ts';
import { periodProblems } from '../period-checks.ts';
import type { PeriodTableRow, PersonTableRow } from '../person-record.ts';
import { mergeReason } from './merge-mark.ts';
import { clashesOf, joinPeriods, periodsAfter } from './merge-periods.ts';
import { periodRows, withPeriods } from '../person-service.ts';
import { mergeView } from './review-list.ts';
import { officeTodayIso } from '../../reference/nik/nik-service.ts';
import { listLabel } from '../../coverage/labels.ts';

// Merging a pair: one transaction, audited on both people. The merged person's periods move to
// the kept one, one listed for both joined into the kept one's (merge-periods.ts; refused if two
// periods of one segment would still overlap, unless the reviewer leaves the merged person's
// with it: the merge plan names them); fields the kept person
// lacks are filled from the merged one, and where both have a value the kept one's stays unless
// the reviewer chose the other's (the other's values stay on its record and in the audit row).
// The merged person is never deleted: 'salah_input', "digabung ke <NIK>" masked (merge-mark.ts).
// The rows before and after are kept in person_merge so the undo restores them exactly.

interface PairRow {
  id: number;
  personAId: number;
  personBId: number;
  state: 'open' | 'merged' | 'different';
}

export function openPair(ctx: ServiceContext, pairId: number): PairRow {
  const pair = stmt(ctx.sqlite, 'SELECT id, person_a_id AS personAId, person_b_id AS personBId, state FROM duplicate_candidate WHERE id = ?').get(pairId) as PairRow | undefined;
  if (!pair) throw notFound(msg('duplicates.pairNoun'), { pairId });
  if (pair.state !== 'open') throw new AppError('CONFLICT', msg('duplicates.pairNotOpen'), { pairId });
  return pair;
}

export const personById = (ctx: ServiceContext, id: number): PersonTableRow => ctx.db.select().from(person).where(eq(person.id, id)).get()!;

export function activePair(ctx: ServiceContext, pair: PairRow): [PersonTableRow, PersonTableRow] {
  const both = [personById(ctx, pair.personAId), personById(ctx, pair.personBId)] as const;
  for (const p of both) if (p.recordStatus !== 'aktif') throw new AppError('CONFLICT', msg('duplicates.notActive', { name: p.name, nik: p.nik }), { pairId: pair.id });
  return [both[0], both[1]];
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

/** The kept person's columns after the merge: gaps filled, chosen fields taken. */
function filledColumns(kept: PersonTableRow, merged: PersonTableRow, take: readonly MergeField[]): Partial<PersonTableRow> {
  const out: Partial<PersonTableRow> = {};
  const wins = (field: MergeField, keptEmpty: boolean) => take.includes(field) || keptEmpty;
  if (take.includes('name') && merged.name !== kept.name) Object.assign(out, { name: merged.name, nameFold: foldText(merged.name) ?? '' });
  // Kecamatan and desa go together: a desa of one with the kecamatan of the other would be wrong.
  if (wins('domicile', blank(kept.kecamatanCode) && blank(kept.desaCode)) && !(blank(merged.kecamatanCode) && blank(merged.desaCode))) {
    Object.assign(out, { kecamatanCode: merged.kecamatanCode, desaCode: merged.desaCode });
  }
  for (const field of ['address', 'phone', 'occupation', 'category', 'kpj', 'notes'] as const) {
    if (!blank(merged[field]) && merged[field] !== kept[field] && wins(field, blank(kept[field]))) Object.assign(out, { [field]: merged[field] });
  }
  return out;
}

/** The pair's two people as the reviewer chose them: the one who stays and the one merged into them. */
function keptAndMerged(ctx: ServiceContext, pairId: number, keepUid: string) {
  const pair = openPair(ctx, pairId);
  const [a, b] = activePair(ctx, pair);
  if (keepUid !== a.uid && keepUid !== b.uid) throw invalidInput(msg('duplicates.keepNotInPair'), { issues: [{ path: 'keepUid' }] });
  const [kept, merged] = keepUid === a.uid ? [a, b] : [b, a];
  return { pair, kept, merged };
}

/** What the merge would do with the merged person's periods: joined, moved, and the ones that would overlap. */
export function mergePlan(ctx: ServiceContext, input: { pairId: number; keepUid: string }): MergePlan {
  const { kept, merged } = keptAndMerged(ctx, input.pairId, input.keepUid);
  const keptPeriods = periodRows(ctx, kept.id);
  const plan = joinPeriods(keptPeriods, periodRows(ctx, merged.id));
  const clashes = clashesOf(keptPeriods, plan);
  const employer = stmt(ctx.sqlite, 'SELECT name FROM employer WHERE id = ?').pluck();
  const told = (p: PeriodTableRow): MergePlanPeriod => ({
    uid: p.uid, segment: p.segment, startDate: p.startDate, endDate: p.endDate,
    employerName: p.employerId === null ? null : ((employer.get(p.employerId) as string | undefined) ?? null),
    funding: p.funding ? listLabel(ctx.sqlite, 'funding_source', p.funding) : null,
  });
  return {
    joined: plan.joined.reduce((n, j) => n + j.absorbed.length, 0),
    moved: plan.moved.length - clashes.length,
    clashes: clashes.map((c) => ({ period: told(c.period), kept: told(c.kept), reason: c.reason })),
  };
}

export function mergePair(ctx: ServiceContext, input: DuplicateMergeInput): DuplicateMergeView {
  const { pair, kept, merged } = keptAndMerged(ctx, input.pairId, input.keepUid);

  const keptPeriods = periodRows(ctx, kept.id);
  const mergedPeriods = periodRows(ctx, merged.id);
  // Periods the reviewer leaves out: only the merged person's own.
  const unknownDrop = input.dropPeriodUids.find((uid) => !mergedPeriods.some((p) => p.uid === uid));
  if (unknownDrop) throw invalidInput(msg('duplicates.dropNotMerged'), { issues: [{ path: 'dropPeriodUids' }] });
  const dropped = mergedPeriods.filter((p) => input.dropPeriodUids.includes(p.uid));
  const movedPeriods = mergedPeriods.filter((p) => !dropped.includes(p));
  // The same period listed for both is joined into one; what would still overlap is refused.
  const plan = joinPeriods(keptPeriods, movedPeriods);
  const problems = periodProblems(periodsAfter(keptPeriods, plan)).filter((p) => p.field === 'startDate');
  if (problems.length) throw new AppError('CONFLICT', msg('duplicates.mergeOverlap', { problem: problems[0]!.said }), { kind: 'period_overlap', pairId: pair.id });

  const uid = newUid();
  writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    // The periods keep their own updated_at: the move and the join are this merge's, recorded here and undone whole.
    const move = stmt(ctx.sqlite, 'UPDATE participation_period SET person_id = ? WHERE id = ?');
    for (const p of plan.moved) move.run(kept.id, p.id);
    const drop = stmt(ctx.sqlite, 'DELETE FROM participation_period WHERE id = ?');
    for (const j of plan.joined) {
      for (const a of j.absorbed) drop.run(a.id);
      // Changed by the merge: an undo of the import that wrote it must see it edited since.
      updateRowById(ctx.sqlite, participationPeriod, j.before.id, { ...j.columns, updatedAt: now });
    }
    const joinedAfter = plan.joined.map((j) => periodById(ctx, j.before.id));
    const keptAfter = updateRowById(ctx.sqlite, person, kept.id, { ...filledColumns(kept, merged, input.takeFromMerged), updatedAt: now });
    const mergedAfter = updateRowById(ctx.sqlite, person, merged.id, {
      recordStatus: 'salah_input',
      statusReason: mergeReason(kept.nik),
      statusDate: officeTodayIso(ctx),
      updatedAt: now,
    });
    stmt(
      ctx.sqlite,
      'INSERT INTO person_merge (uid, candidate_id, kept_person_id, merged_person_id, before, after, moved_period_ids, merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      uid, pair.id, kept.id, merged.id,
      JSON.stringify({ kept, merged, joined: plan.joined.map((j) => ({ before: j.before, absorbed: j.absorbed })) }),
      JSON.stringify({ kept: keptAfter, merged: mergedAfter, joined: joinedAfter }),
      JSON.stringify(plan.moved.map((p) => p.id)), now, ctx.actor.name,
    );
    stmt(ctx.sqlite, "UPDATE duplicate_candidate SET state = 'merged', decided_at = ?, decided_by = ? WHERE id = ?").run(now, ctx.actor.name, pair.id);
    audit({
      action: 'merge',
      entity: 'person',
      entityUid: kept.uid,
      label: keptAfter.name,
      before: withPeriods(ctx, kept, keptPeriods),
      after: { ...withPeriods(ctx, keptAfter, periodRows(ctx, kept.id)), mergedWith: `${merged.nik} ${merged.name}` },
    });
    audit({
      action: 'merged',
      entity: 'person',
      entityUid: merged.uid,
      label: merged.name,
      before: withPeriods(ctx, merged, mergedPeriods),
      // The periods left out stay with it (entered in error: counted nowhere), on its page.
      after: { ...withPeriods(ctx, mergedAfter, dropped), mergedWith: `${kept.nik} ${keptAfter.name}` },
    });
  });
  return mergeView(ctx, uid);
}

interface MergeRow {
  id: number;
  candidateId: number | null;
  keptPersonId: number;
  mergedPersonId: number;
  before: string;
  after: string;
  movedPeriodIds: string;
  undoneAt: string | null;
}

const withoutPeriodId = (row: PeriodTableRow) => {
  const { id: _id, ...rest } = row;
  return rest;
};

const periodById = (ctx: ServiceContext, id: number): PeriodTableRow | undefined => ctx.db.select().from(participationPeriod).where(eq(participationPeriod.id, id)).get();

const withoutId = (row: PersonTableRow) => {
  const { id: _id, ...rest } = row;
  return rest;
};

/** Puts back exactly what the merge changed, while neither person nor a moved period changed since. */
export function undoMerge(ctx: ServiceContext, mergeUid: string): DuplicateMergeView {
  const row = stmt(
    ctx.sqlite,
    'SELECT id, candidate_id AS candidateId, kept_person_id AS keptPersonId, merged_person_id AS mergedPersonId, before, after, moved_period_ids AS movedPeriodIds, undone_at AS undoneAt FROM person_merge WHERE uid = ?',
  ).get(mergeUid) as MergeRow | undefined;
  // The message says it whole ("Penggabungan ini tidak ditemukan."): not a noun for errors.notFound.
  if (!row) throw new AppError('NOT_FOUND', msg('duplicates.mergeNotFound'), { mergeUid });
  if (row.undoneAt) throw new AppError('CONFLICT', msg('duplicates.alreadyUndone'), { mergeUid });
  // `joined`: periods joined into the kept person's (merges before it have none).
  const before = JSON.parse(row.before) as { kept: PersonTableRow; merged: PersonTableRow; joined?: { before: PeriodTableRow; absorbed: PeriodTableRow[] }[] };
  const after = JSON.parse(row.after) as { kept: PersonTableRow; merged: PersonTableRow; joined?: PeriodTableRow[] };
  const kept = personById(ctx, row.keptPersonId);
  const merged = personById(ctx, row.mergedPersonId);
  for (const [now, then] of [[kept, after.kept], [merged, after.merged]] as const) {
    if (JSON.stringify(now) !== JSON.stringify(then)) throw new AppError('CONFLICT', msg('duplicates.changedSince', { name: now.name, nik: now.nik }), { mergeUid, personUid: now.uid });
  }
  const moved = JSON.parse(row.movedPeriodIds) as number[];
  const keptPeriods = periodRows(ctx, kept.id);
  const joinedSame = (after.joined ?? []).every((p) => JSON.stringify(periodById(ctx, p.id) ?? null) === JSON.stringify(p));
  // A joined period's import undone since: putting its row back would bring that import back.
  const batchUndone = stmt(ctx.sqlite, "SELECT 1 FROM import_batch WHERE id = ? AND status = 'undone'").pluck();
  const absorbedUndone = (before.joined ?? []).some((j) => j.absorbed.some((a) => a.importBatchId !== null && batchUndone.get(a.importBatchId) !== undefined));
  if (absorbedUndone) throw new AppError('CONFLICT', msg('duplicates.periodsChangedSince'), { mergeUid });
  if (!moved.every((id) => keptPeriods.some((p) => p.id === id)) || !joinedSame) throw new AppError('CONFLICT', msg('duplicates.periodsChangedSince'), { mergeUid });

  // Periods a merge left with the merged person (overlapping the kept one's) are its own still.
  const leftWithMerged = periodRows(ctx, merged.id);
  // The merged-away person's import was undone since (it was held only by this merge): the undo
  // of the merge gives the person back as entered in error, never active again (walk 34 saw a
  // person of a cancelled import come back into the register and its counts).
  const importUndone = merged.importBatchId === null ? null : (stmt(ctx.sqlite, "SELECT file_name FROM import_batch WHERE id = ? AND status = 'undone'").pluck().get(merged.importBatchId) as string | undefined) ?? null;
  const mergedRestored =
    importUndone === null
      ? withoutId(before.merged)
      : { ...withoutId(before.merged), recordStatus: 'salah_input' as const, statusReason: render(msg('duplicates.importUndoneReason', { file: importUndone }), 'id'), statusDate: officeTodayIso(ctx) };
  writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    const move = stmt(ctx.sqlite, 'UPDATE participation_period SET person_id = ? WHERE id = ?');
    for (const id of moved) move.run(merged.id, id);
    for (const j of before.joined ?? []) {
      updateRowById(ctx.sqlite, participationPeriod, j.before.id, withoutPeriodId(j.before));
      for (const a of j.absorbed) insertRow(ctx.sqlite, participationPeriod, a);
    }
    const keptBack = updateRowById(ctx.sqlite, person, kept.id, withoutId(before.kept));
    const mergedBack = updateRowById(ctx.sqlite, person, merged.id, mergedRestored);
    stmt(ctx.sqlite, 'UPDATE person_merge SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, ctx.actor.name, row.id);
    // The pair is open again: the reviewer may decide otherwise this time.
    if (row.candidateId !== null) stmt(ctx.sqlite, "UPDATE duplicate_candidate SET state = 'open', decided_at = NULL, decided_by = NULL WHERE id = ?").run(row.candidateId);
    audit({
      action: 'undo-merge',
      entity: 'person',
      entityUid: kept.uid,
      label: keptBack.name,
      before: { ...withPeriods(ctx, kept, keptPeriods), mergedWith: `${merged.nik} ${merged.name}` },
      after: withPeriods(ctx, keptBack, periodRows(ctx, kept.id)),
    });
    audit({
      action: 'undo-merge',
      entity: 'person',
      entityUid: merged.uid,
      label: mergedBack.name,
      before: { ...withPeriods(ctx, merged, leftWithMerged), mergedWith: `${kept.nik} ${kept.name}` },
      after: withPeriods(ctx, mergedBack, periodRows(ctx, merged.id)),
    });
  });
  return mergeView(ctx, mergeUid);
}
