import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import type { CycleDetail, EvidenceValues } from '../api/award.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { entriesOf } from '../documents/document-rows.ts';
import { removeContent } from '../documents/content-store.ts';
import { unlinkDocument } from '../documents/document-service.ts';
import { msg } from '../messages.ts';
import { cycleById, nextPosition, requireCycle, requireEvidence, requireIndicator, type EvidenceRow } from './award-rows.ts';
import { cycleDetail, narrativeHasText } from './cycle-detail.ts';
import { assertCycleOpen } from './cycle-lock.ts';

// The evidence checklist: items under an indicator, each of one kind with its target (a
// regulation record, a frozen coverage month and breakdown, a register extract, a narrative, or
// documents attached through the documents store). A target given must exist; an item cannot be
// 'siap' (ready) without what its kind needs. 'disetujui' only through approveEvidence; any
// change to an approved item takes its approval away. Refused while the cycle is approved.

type Targets = { regulationId: number | null; snapshotId: number | null; dimension: string | null; extract: EvidenceValues['extract']; narrative: string | null };

function targetsOf(ctx: ServiceContext, values: EvidenceValues): Targets {
  // Only the kind's own target is kept: a regulation item carries no snapshot, and so on.
  const none: Targets = { regulationId: null, snapshotId: null, dimension: null, extract: null, narrative: null };
  switch (values.kind) {
    case 'regulation': {
      if (!values.regulationUid) return none;
      const id = stmt(ctx.sqlite, "SELECT id FROM regulation WHERE uid = ? AND record_status = 'aktif'").pluck().get(values.regulationUid) as number | undefined;
      if (id === undefined) throw invalidInput(msg('award.evidence.regulationMissing', { uid: values.regulationUid }), { issues: [{ path: 'regulationUid' }] });
      return { ...none, regulationId: id };
    }
    case 'coverage': {
      if (!values.coverage) return none;
      const id = stmt(ctx.sqlite, 'SELECT id FROM coverage_snapshot WHERE uid = ?').pluck().get(values.coverage.snapshotUid) as number | undefined;
      if (id === undefined) throw invalidInput(msg('award.evidence.snapshotMissing', { uid: values.coverage.snapshotUid }), { issues: [{ path: 'coverage' }] });
      return { ...none, snapshotId: id, dimension: values.coverage.dimension };
    }
    case 'register_extract':
      return { ...none, extract: values.extract };
    case 'narrative':
      return { ...none, narrative: values.narrative ? JSON.stringify(values.narrative) : null };
    case 'document':
      return none;
  }
}

function isFilled(ctx: ServiceContext, kind: EvidenceValues['kind'], t: Targets, uid: string | null): boolean {
  switch (kind) {
    case 'regulation':
      return t.regulationId !== null;
    case 'coverage':
      return t.snapshotId !== null;
    case 'register_extract':
      return t.extract !== null;
    case 'narrative':
      return t.narrative !== null && narrativeHasText(JSON.parse(t.narrative));
    case 'document':
      return uid !== null && entriesOf(ctx.sqlite, 'award_evidence', uid).length > 0;
  }
}

const evidenceView = (r: EvidenceRow) => ({
  kind: r.kind,
  title: r.title,
  owner: r.owner,
  ownerAccountUid: r.ownerAccountUid,
  dueDate: r.dueDate,
  state: r.state,
  summary: r.summary,
  regulationId: r.regulationId,
  coverageSnapshotId: r.coverageSnapshotId,
  coverageDimension: r.coverageDimension,
  extractKind: r.extractKind,
  narrative: r.narrative === null ? null : `${r.narrative.length} karakter`,
  position: r.position,
  approvedBy: r.approvedBy,
});

export function saveEvidence(ctx: ServiceContext, values: EvidenceValues): CycleDetail {
  const indicator = requireIndicator(ctx.sqlite, values.indicatorUid);
  const cycle = cycleById(ctx.sqlite, indicator.cycleId)!;
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, cycle, 'evidence');
    const before = values.uid ? requireEvidence(ctx.sqlite, values.uid) : undefined;
    if (before && before.cycleId !== cycle.id) throw invalidInput(msg('award.rubric.otherCycle'));
    if (values.ownerAccountUid && !stmt(ctx.sqlite, 'SELECT 1 FROM user_account WHERE uid = ?').get(values.ownerAccountUid)) {
      throw invalidInput(msg('award.evidence.ownerMissing'), { issues: [{ path: 'ownerAccountUid' }] });
    }
    const t = targetsOf(ctx, values);
    if (values.state === 'siap' && !isFilled(ctx, values.kind, t, before?.uid ?? null)) {
      throw invalidInput(msg('award.evidence.notFilled', { title: values.title, what: msg(`award.evidence.needs.${values.kind}`) }), { issues: [{ path: 'state' }] });
    }
    const now = ctx.now().toISOString();
    const uid = before?.uid ?? newUid();
    const position = values.position ?? (before && before.indicatorId === indicator.id ? before.position : nextPosition(ctx.sqlite, 'award_evidence', 'indicator_id', indicator.id));
    const fields = [indicator.id, values.kind, values.title, values.owner, values.ownerAccountUid, values.dueDate, values.summary, t.regulationId, t.snapshotId, t.dimension, t.extract, t.narrative, position];
    if (before) {
      stmt(ctx.sqlite, `UPDATE award_evidence SET indicator_id = ?, kind = ?, title = ?, owner = ?, owner_account_uid = ?, due_date = ?, summary = ?, regulation_id = ?,
        coverage_snapshot_id = ?, coverage_dimension = ?, extract_kind = ?, narrative = ?, position = ?, updated_at = ? WHERE id = ?`).run(...fields, now, before.id);
      const changed = JSON.stringify(evidenceView(requireEvidence(ctx.sqlite, uid))) !== JSON.stringify(evidenceView(before));
      // An approved item saved unchanged (or only to 'siap') keeps its approval; any change takes it away.
      const keepApproval = before.state === 'disetujui' && !changed && values.state === 'siap';
      if (!keepApproval) stmt(ctx.sqlite, 'UPDATE award_evidence SET state = ?, approved_by = NULL, approved_at = NULL WHERE id = ?').run(values.state, before.id);
    } else {
      stmt(ctx.sqlite, `INSERT INTO award_evidence (uid, indicator_id, kind, title, owner, owner_account_uid, due_date, summary, regulation_id, coverage_snapshot_id,
        coverage_dimension, extract_kind, narrative, position, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(uid, ...fields, values.state, now, now);
    }
    const after = requireEvidence(ctx.sqlite, uid);
    audit({ action: before ? 'update' : 'create', entity: 'award_evidence', entityUid: uid, label: `${cycle.edition} · ${indicator.code} ${after.title}`, before: before ? evidenceView(before) : null, after: evidenceView(after) });
  });
  return cycleDetail(ctx, cycle.uid);
}

/**
 * Removes an item of an open cycle with its document links in one transaction: each link's
 * removal and the item's delete with their audit rows, all or nothing. The bytes of a document
 * whose last link went are removed only after the commit.
 */
export function removeEvidence(ctx: ServiceContext, uid: string): CycleDetail {
  const item = requireEvidence(ctx.sqlite, uid);
  const cycle = cycleById(ctx.sqlite, item.cycleId)!;
  const unlinked = writeAudited(ctx, (scope) => {
    assertCycleOpen(ctx.sqlite, cycleById(ctx.sqlite, item.cycleId)!, 'evidence');
    const links = entriesOf(ctx.sqlite, 'award_evidence', uid).map((link) => unlinkDocument(ctx, scope, link.linkUid));
    stmt(ctx.sqlite, 'DELETE FROM award_evidence WHERE id = ?').run(item.id);
    scope.audit({ action: 'delete', entity: 'award_evidence', entityUid: uid, label: `${cycle.edition} · ${item.title}`, before: evidenceView(item), after: null });
    return links;
  });
  for (const link of unlinked) if (link.documentRemoved) removeContent(ctx.runtime.dataDir, link.sha256);
  return cycleDetail(ctx, cycle.uid);
}

/** siap → disetujui by a kepala bidang (records.approve): who and when are kept on the item. */
export function approveEvidence(ctx: ServiceContext, uid: string): CycleDetail {
  const item = requireEvidence(ctx.sqlite, uid);
  const cycle = cycleById(ctx.sqlite, item.cycleId)!;
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, cycle, 'evidence');
    if (item.state !== 'siap') throw new AppError('CONFLICT', msg('award.evidence.notReady', { title: item.title, state: msg(`award.states.${item.state}`) }));
    const at = ctx.now().toISOString();
    stmt(ctx.sqlite, "UPDATE award_evidence SET state = 'disetujui', approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?").run(ctx.actor.name, at, at, item.id);
    audit({ action: 'approve', entity: 'award_evidence', entityUid: uid, label: `${cycle.edition} · ${item.title}`, before: { state: item.state }, after: { state: 'disetujui', approvedBy: ctx.actor.name } });
  });
  return cycleDetail(ctx, cycle.uid);
}

export function saveSelfAssessment(ctx: ServiceContext, input: { indicatorUid: string; score: number | null; note: string }): CycleDetail {
  const indicator = requireIndicator(ctx.sqlite, input.indicatorUid);
  const cycle = cycleById(ctx.sqlite, indicator.cycleId)!;
  if (input.score !== null && indicator.maxScore !== null && input.score > indicator.maxScore) {
    throw invalidInput(msg('award.selfAssessment.aboveMax', { code: indicator.code, score: input.score, max: indicator.maxScore }), { issues: [{ path: 'score' }] });
  }
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, cycle, 'selfAssessment');
    stmt(ctx.sqlite, 'UPDATE award_indicator SET self_score = ?, self_note = ?, updated_at = ? WHERE id = ?').run(input.score, input.note, ctx.now().toISOString(), indicator.id);
    audit({ action: 'self_assess', entity: 'award_indicator', entityUid: indicator.uid, label: `${cycle.edition} · ${indicator.code} ${indicator.title}`, before: { score: indicator.selfScore, note: indicator.selfNote }, after: { score: input.score, note: input.note } });
  });
  return cycleDetail(ctx, cycle.uid);
}

export function saveBriefPoints(ctx: ServiceContext, input: { cycleUid: string; points: [string, string, string] }): CycleDetail {
  writeAudited(ctx, ({ audit }) => {
    const cycle = requireCycle(ctx.sqlite, input.cycleUid);
    // The brief is a working paper beside the package: its points may change after the approval.
    stmt(ctx.sqlite, 'UPDATE award_cycle SET brief_points = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(input.points), ctx.now().toISOString(), cycle.id);
    audit({ action: 'update', entity: 'award_cycle', entityUid: cycle.uid, label: cycle.edition, before: { briefPoints: JSON.parse(cycle.briefPoints) as string[] }, after: { briefPoints: input.points } });
  });
  return cycleDetail(ctx, input.cycleUid);
}
