import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { awardCategories, awardLevels, evidenceKinds, evidenceStates, registerExtractKinds } from '../../core/api/award.ts';
import { coverageSnapshot } from './coverage-snapshot.ts';
import { regulation } from './regulation.ts';

// The Paritrana Award (issue 16): a cycle the office takes part in, its rubric as data (aspects
// and indicators the office edits), the evidence checklist under each indicator, and what the
// head's approval froze. A cycle is never deleted; while it is approved nothing of it changes
// (core/award/cycle-lock.ts) and its package reads only award_frozen, never live registers.

export const awardCycle = sqliteTable(
  'award_cycle',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    edition: text('edition').notNull(),
    year: integer('year').notNull(),
    level: text('level', { enum: awardLevels }).notNull(),
    category: text('category', { enum: awardCategories }).notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    submissionDeadline: text('submission_deadline'),
    interviewDate: text('interview_date'),
    ceremonyDate: text('ceremony_date'),
    result: text('result').notNull().default(''),
    notes: text('notes').notNull().default(''),
    // The approval: set together, cleared together (withdrawn with a reason, audited).
    approvedAt: text('approved_at'),
    approvedBy: text('approved_by'),
    approverName: text('approver_name'),
    approverNip: text('approver_nip'),
    snapshotId: integer('snapshot_id').references(() => coverageSnapshot.id),
    snapshotUid: text('snapshot_uid'),
    /** JSON [string, string, string]: the interview brief's three talking points. */
    briefPoints: text('brief_points').notNull().default('["","",""]'),
    copiedFromCycleId: integer('copied_from_cycle_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('award_cycle_year_idx').on(t.year, t.id),
    index('award_cycle_snapshot_idx').on(t.snapshotId).where(sql`${t.snapshotId} IS NOT NULL`),
    check('award_cycle_period_order', sql`${t.periodStart} <= ${t.periodEnd}`),
    check('award_cycle_approval_whole', sql`(${t.approvedAt} IS NULL) = (${t.snapshotId} IS NULL)`),
  ],
);

export const awardAspect = sqliteTable(
  'award_aspect',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => awardCycle.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    weight: real('weight'),
    position: integer('position').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('award_aspect_code_idx').on(t.cycleId, t.code)],
);

export const awardIndicator = sqliteTable(
  'award_indicator',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    // The cycle too, so an indicator's code is unique in its cycle (not only in its aspect).
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => awardCycle.id),
    aspectId: integer('aspect_id')
      .notNull()
      .references(() => awardAspect.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    evidenceAsked: text('evidence_asked').notNull().default(''),
    weight: real('weight'),
    maxScore: real('max_score'),
    position: integer('position').notNull().default(0),
    // The self-assessment (penilaian awal) of this indicator.
    selfScore: real('self_score'),
    selfNote: text('self_note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('award_indicator_code_idx').on(t.cycleId, t.code), index('award_indicator_aspect_idx').on(t.aspectId, t.position)],
);

export const awardEvidence = sqliteTable(
  'award_evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => awardIndicator.id),
    kind: text('kind', { enum: evidenceKinds }).notNull(),
    title: text('title').notNull(),
    owner: text('owner').notNull().default(''),
    ownerAccountUid: text('owner_account_uid'),
    dueDate: text('due_date'),
    state: text('state', { enum: evidenceStates }).notNull().default('belum'),
    summary: text('summary').notNull().default(''),
    regulationId: integer('regulation_id').references(() => regulation.id),
    coverageSnapshotId: integer('coverage_snapshot_id').references(() => coverageSnapshot.id),
    coverageDimension: text('coverage_dimension'),
    extractKind: text('extract_kind', { enum: registerExtractKinds }),
    /** JSON: a tiptap document. */
    narrative: text('narrative'),
    position: integer('position').notNull().default(0),
    approvedBy: text('approved_by'),
    approvedAt: text('approved_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('award_evidence_indicator_idx').on(t.indicatorId, t.position),
    index('award_evidence_regulation_idx').on(t.regulationId).where(sql`${t.regulationId} IS NOT NULL`),
    index('award_evidence_snapshot_idx').on(t.coverageSnapshotId).where(sql`${t.coverageSnapshotId} IS NOT NULL`),
  ],
);

/**
 * What an approval froze, so the package never reads live data: 'item:<uid>' (an item's table,
 * label and documents) and 'annex:<name>' (coverage tables, programmes, employer compliance).
 * Written with the approval, removed when it is withdrawn.
 */
export const awardFrozen = sqliteTable(
  'award_frozen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => awardCycle.id),
    key: text('key').notNull(),
    position: integer('position').notNull().default(0),
    body: text('body').notNull(),
  },
  (t) => [uniqueIndex('award_frozen_key_idx').on(t.cycleId, t.key)],
);
