import { newUid } from '../../db/ids.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import { regulationCommitment } from '../../db/schema/index.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import { formatRupiah } from '../api/money.ts';
import type { Commitment, CommitmentValues, RegulationDetail, RegulationDuty } from '../api/regulations.ts';
import { invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg, render } from '../messages.ts';
import { checkListCode } from '../workers/person-service.ts';
import { regulationLabel } from './regulation-label.ts';
import { labelOf, toCommitment, type CommitmentTableRow } from './regulation-record.ts';
import { getRegulation, refuseUnlessEditable, requireRegulation } from './regulation-service.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// What a regulation commits the region to, as rows: a coverage target (a year and a number of
// people or a percentage), a budget (a year and rupiah), the categories of workers covered, the
// funding source, and duties with a due date, which join the employers' follow-ups in the one
// due list until they are marked done. A row entered by mistake is removed; its words stay in
// the regulation's change log.

const rowsSql = 'SELECT * FROM regulation_commitment WHERE regulation_id = ? ORDER BY kind, year, due_date, id';

export function listCommitments(ctx: ServiceContext, regulationId: number): Commitment[] {
  return (stmt(ctx.sqlite, rowsSql).all(regulationId) as Record<string, unknown>[]).map((raw) => toCommitment(fromRaw(raw)));
}

const fromRaw = (raw: Record<string, unknown>): CommitmentTableRow => ({
  id: raw.id as number,
  uid: raw.uid as string,
  regulationId: raw.regulation_id as number,
  kind: raw.kind as CommitmentTableRow['kind'],
  year: raw.year as number | null,
  targetCount: raw.target_count as number | null,
  targetPercent: raw.target_percent as number | null,
  amount: raw.amount as number | null,
  category: raw.category as string | null,
  fundingSource: raw.funding_source as string | null,
  description: raw.description as string,
  dueDate: raw.due_date as string | null,
  doneDate: raw.done_date as string | null,
  createdAt: raw.created_at as string,
  updatedAt: raw.updated_at as string,
});

/** A commitment in words, one a line, for the regulation's change log. */
function commitmentLines(ctx: ServiceContext, regulationId: number): string {
  return (stmt(ctx.sqlite, rowsSql).all(regulationId) as Record<string, unknown>[])
    .map(fromRaw)
    .map((c) => [render(msg(`regulations.commitmentKind.${c.kind}`)), c.year, c.targetCount !== null ? render(msg('regulations.history.people', { count: c.targetCount })) : null, c.targetPercent !== null ? `${c.targetPercent.toLocaleString('id-ID')}%` : null, c.amount !== null ? formatRupiah(c.amount, 'plain') : null, c.category, c.fundingSource, c.description, c.dueDate, c.doneDate ? `✓ ${c.doneDate}` : null].filter((x) => x !== null && x !== '').join(' · '))
    .join('\n');
}

function checkCommitment(ctx: ServiceContext, values: CommitmentValues, kept: CommitmentTableRow | undefined) {
  const fail = (key: MessageKey, path: string, params?: Record<string, string>) => {
    throw invalidInput(msg(key, params), { issues: [{ path }] });
  };
  switch (values.kind) {
    case 'target':
      if (values.targetCount === null && values.targetPercent === null) fail('regulations.commitments.targetNeedsValue', 'targetCount');
      break;
    case 'anggaran':
      if (!values.year) fail('regulations.commitments.budgetNeedsValue', 'year');
      if (values.amount === null) fail('regulations.commitments.budgetNeedsValue', 'amount');
      break;
    case 'kategori':
      if (!values.category && !values.description) fail('regulations.commitments.categoryNeeded', 'category');
      break;
    case 'sumber_dana':
      if (!values.fundingSource) fail('regulations.commitments.fundingNeeded', 'fundingSource');
      break;
    case 'kewajiban':
      if (!values.description) fail('regulations.commitments.dutyNeedsText', 'description');
      if (!values.dueDate) fail('regulations.commitments.dutyNeedsText', 'dueDate');
      break;
  }
  if (!checkListCode(ctx, 'vulnerable_category', values.category, kept?.category)) fail('regulations.commitments.unknownCategory', 'category', { code: values.category ?? '' });
  if (!checkListCode(ctx, 'funding_source', values.fundingSource, kept?.fundingSource)) fail('regulations.commitments.unknownFunding', 'fundingSource', { code: values.fundingSource ?? '' });
  if (values.doneDate && values.doneDate > officeTodayIso(ctx)) fail('regulations.commitments.doneInFuture', 'doneDate', { date: values.doneDate });
}

export function saveCommitment(ctx: ServiceContext, values: CommitmentValues): RegulationDetail {
  const owner = requireRegulation(ctx, values.regulationUid);
  refuseUnlessEditable(owner);
  const kept = values.uid ? (stmt(ctx.sqlite, 'SELECT * FROM regulation_commitment WHERE uid = ? AND regulation_id = ?').get(values.uid, owner.id) as Record<string, unknown> | undefined) : undefined;
  if (values.uid && !kept) throw invalidInput(msg('regulations.commitments.notFound'));
  const before = kept ? fromRaw(kept) : undefined;
  checkCommitment(ctx, values, before);
  const linesBefore = commitmentLines(ctx, owner.id);
  writeAudited(ctx, (scope) => {
    const now = ctx.now().toISOString();
    const { uid: _u, regulationUid: _r, ...columns } = values;
    if (before) updateRowById(ctx.sqlite, regulationCommitment, before.id, { ...columns, updatedAt: now });
    else insertRow(ctx.sqlite, regulationCommitment, { uid: newUid(), regulationId: owner.id, ...columns, createdAt: now, updatedAt: now });
    scope.audit({ action: 'update', entity: 'regulation', entityUid: owner.uid, label: labelOf(owner), before: { commitments: linesBefore }, after: { commitments: commitmentLines(ctx, owner.id) } });
  });
  return getRegulation(ctx, owner.uid);
}

/**
 * Removes a commitment entered by mistake from the regulation `viewUid` (whose detail is
 * returned), in one transaction with the audit row: the commitments before, the removed one
 * among them, and after. Refused, as a save is, on a record entered in error.
 */
export function removeCommitment(ctx: ServiceContext, input: { uid: string; viewUid: string }): RegulationDetail {
  const owner = requireRegulation(ctx, input.viewUid);
  const row = stmt(ctx.sqlite, 'SELECT id FROM regulation_commitment WHERE uid = ? AND regulation_id = ?').get(input.uid, owner.id) as { id: number } | undefined;
  if (!row) throw invalidInput(msg('regulations.commitments.notFound'));
  refuseUnlessEditable(owner);
  const linesBefore = commitmentLines(ctx, owner.id);
  writeAudited(ctx, (scope) => {
    stmt(ctx.sqlite, 'DELETE FROM regulation_commitment WHERE id = ?').run(row.id);
    scope.audit({ action: 'update', entity: 'regulation', entityUid: owner.uid, label: labelOf(owner), before: { commitments: linesBefore }, after: { commitments: commitmentLines(ctx, owner.id) } });
  });
  return getRegulation(ctx, owner.uid);
}

/** Open duties due by `until` (and overdue ones when asked) of regulations not entered in error. */
export function dutiesDue(ctx: ServiceContext, input: { today: string; until: string; includeOverdue: boolean }): RegulationDuty[] {
  const rows = stmt(
    ctx.sqlite,
    `SELECT c.uid, c.description, c.due_date AS dueDate, r.uid AS regulationUid, r.jenis, r.singkatan_jenis AS singkatanJenis, r.teu_badan AS teuBadan, r.nomor, r.tahun, r.judul
     FROM regulation_commitment c JOIN regulation r ON r.id = c.regulation_id
     WHERE c.due_date IS NOT NULL AND c.done_date IS NULL AND c.due_date <= ? AND (? OR c.due_date >= ?) AND r.record_status = 'aktif'
     ORDER BY c.due_date, c.id`,
  ).all(input.until, input.includeOverdue ? 1 : 0, input.today) as (Parameters<typeof regulationLabel>[0] & { uid: string; description: string; dueDate: string; regulationUid: string })[];
  return rows.map((r) => ({ source: 'regulation', uid: r.uid, regulationUid: r.regulationUid, regulationLabel: regulationLabel(r), description: r.description, dueDate: r.dueDate, overdue: r.dueDate < input.today }));
}
