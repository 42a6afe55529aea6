import type { TimeZoneCode } from '../api/office-profile.ts';
import { stmt } from '../../db/statements.ts';
import { coverageDimensions } from '../api/coverage.ts';
import type { CycleDetail } from '../api/award.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { readSnapshot } from '../coverage/snapshots.ts';
import { entriesOf } from '../documents/document-rows.ts';
import { inBoth, msg, render } from '../messages.ts';
import { evidenceOfCycle, requireCycle, type CycleRow } from './award-rows.ts';
import { cycleDetail, coverageTargetLabel } from './cycle-detail.ts';
import { cycleAuditView } from './cycle-service.ts';
import { briefRegisterParts, frozenBriefKey, type BriefRegisterParts } from './brief-register-parts.ts';
import { officeOfPackage } from './office-of-package.ts';
import { complianceAnnexName, complianceTable, coverageAnnexName, coverageTable, extractTable, programmesAnnexName, programmesTable, regulationTable, yearBefore } from './freeze-tables.ts';
import type { FrozenTable } from './package/package-source.ts';

// The head of office approves a cycle: the package's numbers come from the chosen frozen coverage
// month, and everything the package shows that lives in other registers (a regulation's metadata
// and documents, register extracts, programme and compliance lists) is frozen beside the cycle in
// the same transaction. From then the cycle is locked (cycle-lock.ts). Withdrawing takes a reason,
// is audited with it, and removes what was frozen.

/** What one item froze: its table, its label and its documents as they were (name, hash, size). */
export interface FrozenItem {
  targetLabel: string | null;
  table: FrozenTable | null;
  documents: FrozenDocument[];
}
export interface FrozenDocument {
  name: string;
  sha256: string;
  size: number;
  pages: number;
  mime: string;
}
export interface FrozenAnnex {
  fileName: string;
  table: FrozenTable;
}
/** The letterhead as it was at approval (the logo as base64): a later profile change does not reach the package. */
export interface FrozenOffice {
  name: string;
  address: string;
  phone: string;
  email: string;
  areaName: string;
  headName: string;
  headNip: string;
  /** The office's zone (WIB, WITA, WIT): times in the package are written in it. */
  timeZone?: TimeZoneCode;
  logo: { mime: string; base64: string } | null;
}
/** award_frozen's key of the letterhead row (items are 'item:<uid>', annexes 'annex:<file>'). */
export const frozenOfficeKey = 'office';

const docsOf = (ctx: ServiceContext, entity: string, uid: string): FrozenDocument[] =>
  entriesOf(ctx.sqlite, entity, uid).map((d) => ({ name: d.name, sha256: d.sha256, size: d.size, pages: d.pages, mime: d.mime }));

function frozenOffice(ctx: ServiceContext): FrozenOffice {
  const o = officeOfPackage(ctx);
  return { ...o, logo: o.logo ? { mime: o.logo.mime, base64: o.logo.bytes.toString('base64') } : null };
}

function frozenRows(ctx: ServiceContext, cycle: CycleRow, snapshotUid: string): { key: string; body: FrozenItem | FrozenAnnex | FrozenOffice | BriefRegisterParts }[] {
  const report = readSnapshot(ctx, snapshotUid);
  const period = { start: cycle.periodStart, end: cycle.periodEnd };
  const snapshots = new Map<number, ReturnType<typeof readSnapshot>>();
  const snapshotOf = (id: number) => {
    if (!snapshots.has(id)) snapshots.set(id, readSnapshot(ctx, stmt(ctx.sqlite, 'SELECT uid FROM coverage_snapshot WHERE id = ?').pluck().get(id) as string));
    return snapshots.get(id)!;
  };
  /** The same month of the same area frozen a year before, if it was: the tables' growth (freeze-tables.ts). */
  const yearEarlier = (of: ReturnType<typeof readSnapshot>) => {
    const uid = stmt(ctx.sqlite, 'SELECT uid FROM coverage_snapshot WHERE month = ? AND area_code = ? ORDER BY id DESC LIMIT 1').pluck().get(yearBefore(of.snapshot!.month), of.area.code) as string | undefined;
    return uid ? readSnapshot(ctx, uid) : null;
  };
  const items = evidenceOfCycle(ctx.sqlite, cycle.id).map((item) => {
    const documents = docsOf(ctx, 'award_evidence', item.uid);
    let body: FrozenItem = { targetLabel: null, table: null, documents };
    if (item.kind === 'regulation' && item.regulationId !== null) {
      const { label, table } = regulationTable(ctx, item.regulationId, cycle.periodEnd);
      const regulationUid = stmt(ctx.sqlite, 'SELECT uid FROM regulation WHERE id = ?').pluck().get(item.regulationId) as string;
      body = { targetLabel: label, table, documents: [...docsOf(ctx, 'regulation', regulationUid), ...documents] };
    } else if (item.kind === 'coverage' && item.coverageSnapshotId !== null && item.coverageDimension) {
      const source = snapshotOf(item.coverageSnapshotId);
      body = { targetLabel: coverageTargetLabel(item.coverageDimension, source.snapshot!.month), table: coverageTable(source, item.coverageDimension, yearEarlier(source)), documents };
    } else if (item.kind === 'register_extract' && item.extractKind) {
      const table = extractTable(ctx, item.extractKind, period);
      body = { targetLabel: table.title, table, documents };
    } else if (item.kind === 'document') {
      body = { targetLabel: documents.map((d) => d.name).join(', ') || null, table: null, documents };
    }
    return { key: `item:${item.uid}`, body };
  });
  const month = report.snapshot!.month;
  const previous = yearEarlier(report);
  const annexes: FrozenAnnex[] = [
    ...(['total', ...coverageDimensions] as const).map((d) => ({ fileName: coverageAnnexName(d, month), table: coverageTable(report, d, previous) })),
    { fileName: programmesAnnexName(period), table: programmesTable(ctx, period) },
    { fileName: complianceAnnexName(cycle.periodEnd), table: complianceTable(ctx, cycle.periodEnd) },
  ];
  return [
    ...items,
    ...annexes.map((a) => ({ key: `annex:${a.fileName}`, body: a })),
    { key: frozenOfficeKey, body: frozenOffice(ctx) },
    // The brief's regulations and budget (brief-register-parts.ts): the package does not show them.
    { key: frozenBriefKey, body: briefRegisterParts(ctx, cycle) },
  ];
}

/**
 * The frozen month the package's numbers come from must belong to the cycle: a month of its
 * assessment period, or a later one up to its submission deadline (the newest figures handed in).
 * A month of another year would put another year's coverage into this cycle's package.
 */
export function monthsThatFit(cycle: Pick<CycleRow, 'periodStart' | 'periodEnd' | 'submissionDeadline'>): { from: string; to: string } {
  const end = cycle.periodEnd.slice(0, 7);
  const deadline = cycle.submissionDeadline?.slice(0, 7) ?? end;
  return { from: cycle.periodStart.slice(0, 7), to: deadline > end ? deadline : end };
}

function assertMonthFits(cycle: CycleRow, month: string): void {
  const { from, to } = monthsThatFit(cycle);
  if (month >= from && month <= to) return;
  throw invalidInput(
    msg(cycle.submissionDeadline && cycle.submissionDeadline.slice(0, 7) > cycle.periodEnd.slice(0, 7) ? 'award.approval.monthOutsideWithDeadline' : 'award.approval.monthOutside', {
      month,
      edition: cycle.edition,
      from,
      to,
      start: cycle.periodStart,
      end: cycle.periodEnd,
      deadline: cycle.submissionDeadline ?? '',
    }),
    { issues: [{ path: 'snapshotUid' }] },
  );
}

/**
 * The approved package goes to the jury as the office's evidence: an item still in draft is work
 * in progress, and an item not started ('belum') has no evidence at all; either would be printed
 * in the index with "Status: Draf" or "Status: Belum". Approval is the gate: it is refused while
 * such an item remains, naming the items and their state, so the user completes each and marks it
 * ready (Siap) or removes an item the office does not submit.
 */
function assertAllFinished(ctx: ServiceContext, cycle: CycleRow): void {
  const open = stmt(
    ctx.sqlite,
    `SELECT i.code, e.title, e.state FROM award_evidence e JOIN award_indicator i ON i.id = e.indicator_id
      WHERE i.cycle_id = ? AND e.state IN ('belum', 'draf') ORDER BY i.position, i.code, e.position, e.id`,
  ).all(cycle.id) as { code: string; title: string; state: 'belum' | 'draf' }[];
  if (open.length === 0) return;
  // The state in the language the refusal is read in ("(Belum)", "(Not started)"); the titles are the office's own words.
  const shown = inBoth((language) => {
    const listed = open.slice(0, 5).map((d) => `${d.code} "${d.title}" (${render(msg(`award.states.${d.state}`), language)})`).join(', ');
    return open.length > 5 ? `${listed}, …` : listed;
  });
  throw new AppError('CONFLICT', msg('award.approval.unfinished', { edition: cycle.edition, count: open.length, items: { userWords: shown } }));
}

export function approveCycle(ctx: ServiceContext, input: { cycleUid: string; snapshotUid: string }): CycleDetail {
  const cycle = requireCycle(ctx.sqlite, input.cycleUid);
  if (cycle.approvedAt) throw new AppError('CONFLICT', msg('award.approval.already', { edition: cycle.edition, approvedAt: cycle.approvedAt.slice(0, 10) }));
  const snapshot = stmt(ctx.sqlite, 'SELECT id, uid, month FROM coverage_snapshot WHERE uid = ?').get(input.snapshotUid) as { id: number; uid: string; month: string } | undefined;
  if (!snapshot) throw invalidInput(msg('award.approval.noSnapshot', { uid: input.snapshotUid }), { issues: [{ path: 'snapshotUid' }] });
  assertMonthFits(cycle, snapshot.month);
  const head = stmt(ctx.sqlite, 'SELECT head_name AS name, head_nip AS nip FROM office_profile WHERE id = 1').get() as { name: string; nip: string } | undefined;
  if (!head?.name) throw invalidInput(msg('award.approval.noHead'));
  writeAudited(ctx, ({ audit }) => {
    const now = requireCycle(ctx.sqlite, input.cycleUid);
    if (now.approvedAt) throw new AppError('CONFLICT', msg('award.approval.already', { edition: now.edition, approvedAt: now.approvedAt.slice(0, 10) }));
    const items = evidenceOfCycle(ctx.sqlite, now.id).length;
    if (items === 0) throw new AppError('CONFLICT', msg('award.approval.noItems', { edition: now.edition }));
    assertAllFinished(ctx, now);
    const rows = frozenRows(ctx, now, snapshot.uid);
    const insert = stmt(ctx.sqlite, 'INSERT INTO award_frozen (cycle_id, key, position, body) VALUES (?, ?, ?, ?)');
    rows.forEach((r, i) => insert.run(now.id, r.key, i, JSON.stringify(r.body)));
    const at = ctx.now().toISOString();
    stmt(ctx.sqlite, 'UPDATE award_cycle SET approved_at = ?, approved_by = ?, approver_name = ?, approver_nip = ?, snapshot_id = ?, snapshot_uid = ?, updated_at = ? WHERE id = ?').run(
      at, ctx.actor.name, head.name, head.nip, snapshot.id, snapshot.uid, at, now.id,
    );
    audit({
      action: 'approve',
      entity: 'award_cycle',
      entityUid: now.uid,
      label: now.edition,
      before: null,
      after: { ...cycleAuditView(now), approvedBy: ctx.actor.name, approverName: head.name, approverNip: head.nip, snapshotUid: snapshot.uid, snapshotMonth: snapshot.month, items, frozen: rows.length },
    });
  });
  return cycleDetail(ctx, cycle.uid);
}

export function withdrawApproval(ctx: ServiceContext, input: { cycleUid: string; reason: string }): CycleDetail {
  const cycle = requireCycle(ctx.sqlite, input.cycleUid);
  writeAudited(ctx, ({ audit }) => {
    const now = requireCycle(ctx.sqlite, input.cycleUid);
    if (!now.approvedAt) throw new AppError('CONFLICT', msg('award.approval.notApproved', { edition: now.edition }));
    const frozen = stmt(ctx.sqlite, 'DELETE FROM award_frozen WHERE cycle_id = ?').run(now.id).changes;
    stmt(ctx.sqlite, 'UPDATE award_cycle SET approved_at = NULL, approved_by = NULL, approver_name = NULL, approver_nip = NULL, snapshot_id = NULL, snapshot_uid = NULL, updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), now.id);
    audit({
      action: 'withdraw',
      entity: 'award_cycle',
      entityUid: now.uid,
      label: now.edition,
      // The frozen month by its month, as the approval's row says it (not the snapshot's id).
      before: { approvedAt: now.approvedAt, approvedBy: now.approvedBy, approverName: now.approverName, approverNip: now.approverNip, snapshotMonth: stmt(ctx.sqlite, 'SELECT month FROM coverage_snapshot WHERE uid = ?').pluck().get(now.snapshotUid) ?? null, frozen },
      after: { reason: input.reason },
    });
  });
  return cycleDetail(ctx, cycle.uid);
}
