import { newUid } from '../../db/ids.ts';
import { insertRow, selectRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import { regulation, regulationRelation } from '../../db/schema/index.ts';
import { orderingRelationKinds, type RegulationJenis, type RegulationRecordStatus, type RelationKind, type RelationView } from '../api/regulations.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { writeAudited, type WriteScope } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg, render } from '../messages.ts';
import { labelOf, type RegulationTableRow } from './regulation-record.ts';
import { getRegulation, requireRegulation } from './regulation-service.ts';
import { regulationLabel } from './regulation-label.ts';

// Relations between two instruments, one row a pair, entered from the acting side (the newer
// rule amends, revokes or implements the older) and shown from both sides with the reverse
// words. A relation to itself, a second one for a pair, or one that closes a cycle through the
// ordering kinds (a rule amending a rule that, along the chain, amends it) is refused.

interface RelatedRow {
  uid: string;
  kind: RelationKind;
  note: string;
  side: 'from' | 'to';
  otherUid: string;
  jenis: RegulationJenis;
  singkatanJenis: string;
  teuBadan: string;
  nomor: string;
  tahun: number | null;
  judul: string;
  recordStatus: RegulationRecordStatus;
}

const relatedSql = `SELECT x.uid, x.kind, x.note, 'from' AS side, o.uid AS otherUid, o.jenis, o.singkatan_jenis AS singkatanJenis, o.teu_badan AS teuBadan, o.nomor, o.tahun, o.judul, o.record_status AS recordStatus
    FROM regulation_relation x JOIN regulation o ON o.id = x.to_id WHERE x.from_id = @id
  UNION ALL
  SELECT x.uid, x.kind, x.note, 'to' AS side, o.uid AS otherUid, o.jenis, o.singkatan_jenis, o.teu_badan, o.nomor, o.tahun, o.judul, o.record_status
    FROM regulation_relation x JOIN regulation o ON o.id = x.from_id WHERE x.to_id = @id`;

export function listRelations(ctx: ServiceContext, id: number): RelationView[] {
  return (stmt(ctx.sqlite, relatedSql).all({ id }) as RelatedRow[]).map((r) => ({
    uid: r.uid,
    kind: r.kind,
    side: r.side,
    note: r.note,
    other: { uid: r.otherUid, label: regulationLabel(r), jenis: r.jenis, recordStatus: r.recordStatus },
  }));
}

/** The relations of a record in words, one a line: what its change-log entry shows. */
function relationLines(ctx: ServiceContext, id: number): string {
  return listRelations(ctx, id)
    .map((r) => `${render(msg(r.side === 'from' ? `regulations.relation.${r.kind}` : `regulations.relationReverse.${r.kind}`))} ${r.other.label}`)
    .sort()
    .join('\n');
}

/**
 * The chain of ordering relations leading from `start` to `goal`, as record ids, or null. Breadth
 * first (the shortest chain is the one to name), bounded: a family is a handful of rules.
 */
function orderingPath(ctx: ServiceContext, start: number, goal: number): number[] | null {
  const next = stmt(ctx.sqlite, `SELECT to_id FROM regulation_relation WHERE from_id = ? AND kind IN (${orderingRelationKinds.map((k) => `'${k}'`).join(', ')})`).pluck();
  const cameFrom = new Map<number, number | null>([[start, null]]);
  const queue = [start];
  while (queue.length && cameFrom.size < 10_000) {
    const at = queue.shift()!;
    if (at === goal) {
      const path: number[] = [];
      for (let n: number | null = at; n !== null; n = cameFrom.get(n) ?? null) path.unshift(n);
      return path;
    }
    for (const to of next.all(at) as number[]) {
      if (!cameFrom.has(to)) {
        cameFrom.set(to, at);
        queue.push(to);
      }
    }
  }
  return null;
}

const rowById = (ctx: ServiceContext, id: number) => selectRowById(ctx.sqlite, regulation, id) as RegulationTableRow;
const labelById = (ctx: ServiceContext, id: number) => labelOf(rowById(ctx, id));

/** A relation's change on both records' histories: their relations before and after. */
function auditBothSides(ctx: ServiceContext, scope: WriteScope, rows: RegulationTableRow[], before: Map<number, string>) {
  for (const row of rows) {
    scope.audit({ action: 'update', entity: 'regulation', entityUid: row.uid, label: labelOf(row), before: { relations: before.get(row.id) ?? '' }, after: { relations: relationLines(ctx, row.id) } });
  }
}

export function addRelation(ctx: ServiceContext, input: { fromUid: string; toUid: string; kind: RelationKind; note: string }) {
  const from = requireRegulation(ctx, input.fromUid);
  const to = requireRegulation(ctx, input.toUid);
  const kindWord = msg(`regulations.relation.${input.kind}`);
  if (from.id === to.id) throw invalidInput(msg('regulations.relations.self', { kind: kindWord }), { issues: [{ path: 'toUid' }] });
  for (const row of [from, to]) if (row.recordStatus !== 'aktif') throw invalidInput(msg('regulations.relations.removed', { label: labelOf(row) }), { issues: [{ path: 'toUid' }] });
  const existing = stmt(ctx.sqlite, 'SELECT kind FROM regulation_relation WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)').pluck().get(from.id, to.id, to.id, from.id) as RelationKind | undefined;
  if (existing) {
    throw new AppError('CONFLICT', msg('regulations.relations.pairExists', { from: labelOf(from), to: labelOf(to), kind: msg(`regulations.relation.${existing}`) }), { kind: 'pair_exists', issues: [{ path: 'toUid' }] });
  }
  if (orderingRelationKinds.includes(input.kind)) {
    const back = orderingPath(ctx, to.id, from.id);
    if (back) {
      const chain = [from.id, ...back].map((id) => labelById(ctx, id)).join(' → ');
      throw new AppError('CONFLICT', msg('regulations.relations.cycle', { chain, kind: kindWord }), { kind: 'cycle', issues: [{ path: 'toUid' }] });
    }
  }
  const before = new Map([from, to].map((r) => [r.id, relationLines(ctx, r.id)]));
  writeAudited(ctx, (scope) => {
    const now = ctx.now().toISOString();
    insertRow(ctx.sqlite, regulationRelation, { uid: newUid(), fromId: from.id, toId: to.id, kind: input.kind, note: input.note, createdAt: now, updatedAt: now });
    auditBothSides(ctx, scope, [from, to], before);
  });
  return getRegulation(ctx, input.fromUid);
}

/** Removes a relation entered in error; the change stays in both records' histories. */
export function removeRelation(ctx: ServiceContext, input: { uid: string; viewUid: string }) {
  const row = stmt(ctx.sqlite, 'SELECT id, from_id AS fromId, to_id AS toId FROM regulation_relation WHERE uid = ?').get(input.uid) as { id: number; fromId: number; toId: number } | undefined;
  if (!row) throw invalidInput(msg('regulations.relations.notFound'));
  const sides = [row.fromId, row.toId].map((id) => rowById(ctx, id));
  const before = new Map(sides.map((r) => [r.id, relationLines(ctx, r.id)]));
  writeAudited(ctx, (scope) => {
    stmt(ctx.sqlite, 'DELETE FROM regulation_relation WHERE id = ?').run(row.id);
    auditBothSides(ctx, scope, sides, before);
  });
  return getRegulation(ctx, input.viewUid);
}
