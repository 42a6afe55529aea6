import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import type { AwardCategory, AwardLevel, EvidenceKind, EvidenceState, RegisterExtractKind } from '../api/award.ts';
import { notFound } from '../app-error.ts';
import { msg } from '../messages.ts';

// Reading the award tables: one SELECT shape per table, ordered the same way everywhere
// (position, then code, then id) so lists, exports and the package never differ in order.

export interface CycleRow {
  id: number;
  uid: string;
  edition: string;
  year: number;
  level: AwardLevel;
  category: AwardCategory;
  periodStart: string;
  periodEnd: string;
  submissionDeadline: string | null;
  interviewDate: string | null;
  ceremonyDate: string | null;
  result: string;
  notes: string;
  approvedAt: string | null;
  approvedBy: string | null;
  approverName: string | null;
  approverNip: string | null;
  snapshotId: number | null;
  snapshotUid: string | null;
  briefPoints: string;
  copiedFromCycleId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** The edition's dates and kind, as the package and the brief name the cycle. */
export const cycleFacts = (row: CycleRow) => ({
  uid: row.uid,
  edition: row.edition,
  year: row.year,
  level: row.level,
  category: row.category,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  submissionDeadline: row.submissionDeadline,
  interviewDate: row.interviewDate,
  ceremonyDate: row.ceremonyDate,
});

/** The cycle's own fields (the form's): its facts with the result and notes. */
export const cycleFields = (row: CycleRow) => ({ ...cycleFacts(row), result: row.result, notes: row.notes });

export interface AspectRow {
  id: number;
  uid: string;
  cycleId: number;
  code: string;
  title: string;
  description: string;
  weight: number | null;
  position: number;
}

export interface IndicatorRow {
  id: number;
  uid: string;
  cycleId: number;
  aspectId: number;
  code: string;
  title: string;
  evidenceAsked: string;
  weight: number | null;
  maxScore: number | null;
  position: number;
  selfScore: number | null;
  selfNote: string;
}

export interface EvidenceRow {
  id: number;
  uid: string;
  indicatorId: number;
  cycleId: number;
  kind: EvidenceKind;
  title: string;
  owner: string;
  ownerAccountUid: string | null;
  dueDate: string | null;
  state: EvidenceState;
  summary: string;
  regulationId: number | null;
  coverageSnapshotId: number | null;
  coverageDimension: string | null;
  extractKind: RegisterExtractKind | null;
  narrative: string | null;
  position: number;
  approvedBy: string | null;
  approvedAt: string | null;
  updatedAt: string;
}

const cycleSelect = `SELECT id, uid, edition, year, level, category, period_start AS periodStart, period_end AS periodEnd,
  submission_deadline AS submissionDeadline, interview_date AS interviewDate, ceremony_date AS ceremonyDate, result, notes,
  approved_at AS approvedAt, approved_by AS approvedBy, approver_name AS approverName, approver_nip AS approverNip,
  snapshot_id AS snapshotId, snapshot_uid AS snapshotUid, brief_points AS briefPoints, copied_from_cycle_id AS copiedFromCycleId,
  created_at AS createdAt, updated_at AS updatedAt FROM award_cycle`;

const aspectSelect = 'SELECT id, uid, cycle_id AS cycleId, code, title, description, weight, position FROM award_aspect';
const aspectOrder = 'ORDER BY position, code, id';

const indicatorSelect = `SELECT id, uid, cycle_id AS cycleId, aspect_id AS aspectId, code, title, evidence_asked AS evidenceAsked, weight,
  max_score AS maxScore, position, self_score AS selfScore, self_note AS selfNote FROM award_indicator`;

const evidenceSelect = `SELECT e.id, e.uid, e.indicator_id AS indicatorId, i.cycle_id AS cycleId, e.kind, e.title, e.owner, e.owner_account_uid AS ownerAccountUid,
  e.due_date AS dueDate, e.state, e.summary, e.regulation_id AS regulationId, e.coverage_snapshot_id AS coverageSnapshotId,
  e.coverage_dimension AS coverageDimension, e.extract_kind AS extractKind, e.narrative, e.position, e.approved_by AS approvedBy,
  e.approved_at AS approvedAt, e.updated_at AS updatedAt FROM award_evidence e JOIN award_indicator i ON i.id = e.indicator_id`;

export const cycleNotFound = (uid: string) => notFound(msg('award.nouns.cycle'), { uid });
export const aspectNotFound = (uid: string) => notFound(msg('award.nouns.aspect'), { uid });
export const indicatorNotFound = (uid: string) => notFound(msg('award.nouns.indicator'), { uid });
export const evidenceNotFound = (uid: string) => notFound(msg('award.nouns.evidence'), { uid });

export const allCycles = (sqlite: Sqlite) => stmt(sqlite, `${cycleSelect} ORDER BY year DESC, id DESC`).all() as CycleRow[];
export const cycleById = (sqlite: Sqlite, id: number) => stmt(sqlite, `${cycleSelect} WHERE id = ?`).get(id) as CycleRow | undefined;
export const findCycle = (sqlite: Sqlite, uid: string) => stmt(sqlite, `${cycleSelect} WHERE uid = ?`).get(uid) as CycleRow | undefined;

export function requireCycle(sqlite: Sqlite, uid: string): CycleRow {
  const row = findCycle(sqlite, uid);
  if (!row) throw cycleNotFound(uid);
  return row;
}

export const aspectsOf = (sqlite: Sqlite, cycleId: number) => stmt(sqlite, `${aspectSelect} WHERE cycle_id = ? ${aspectOrder}`).all(cycleId) as AspectRow[];
export const findAspect = (sqlite: Sqlite, uid: string) => stmt(sqlite, `${aspectSelect} WHERE uid = ?`).get(uid) as AspectRow | undefined;

export const indicatorsOfCycle = (sqlite: Sqlite, cycleId: number) => stmt(sqlite, `${indicatorSelect} WHERE cycle_id = ? ${aspectOrder}`).all(cycleId) as IndicatorRow[];
export const findIndicator = (sqlite: Sqlite, uid: string) => stmt(sqlite, `${indicatorSelect} WHERE uid = ?`).get(uid) as IndicatorRow | undefined;

export const evidenceOfCycle = (sqlite: Sqlite, cycleId: number) =>
  stmt(sqlite, `${evidenceSelect} WHERE i.cycle_id = ? ORDER BY e.position, e.id`).all(cycleId) as EvidenceRow[];
export const findEvidence = (sqlite: Sqlite, uid: string) => stmt(sqlite, `${evidenceSelect} WHERE e.uid = ?`).get(uid) as EvidenceRow | undefined;

export function requireAspect(sqlite: Sqlite, uid: string): AspectRow {
  const row = findAspect(sqlite, uid);
  if (!row) throw aspectNotFound(uid);
  return row;
}
export function requireIndicator(sqlite: Sqlite, uid: string): IndicatorRow {
  const row = findIndicator(sqlite, uid);
  if (!row) throw indicatorNotFound(uid);
  return row;
}
export function requireEvidence(sqlite: Sqlite, uid: string): EvidenceRow {
  const row = findEvidence(sqlite, uid);
  if (!row) throw evidenceNotFound(uid);
  return row;
}

/** The next position at the end of a list (aspects of a cycle, indicators of an aspect, items of an indicator). */
export function nextPosition(sqlite: Sqlite, table: 'award_aspect' | 'award_indicator' | 'award_evidence', column: 'cycle_id' | 'aspect_id' | 'indicator_id', parentId: number): number {
  return stmt(sqlite, `SELECT coalesce(max(position) + 1, 0) FROM ${table} WHERE ${column} = ?`).pluck().get(parentId) as number;
}

/** How many evidence items a cycle holds (a rubric import or copy is refused once it has some). */
export const evidenceCount = (sqlite: Sqlite, cycleId: number) =>
  stmt(sqlite, 'SELECT count(*) FROM award_evidence e JOIN award_indicator i ON i.id = e.indicator_id WHERE i.cycle_id = ?').pluck().get(cycleId) as number;
