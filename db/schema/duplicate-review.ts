import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { person } from './person.ts';

// The worker register's duplicate review (one NIK is one person). A scan proposes pairs of
// active people who are probably one person under two NIKs; a reviewer merges a pair (undoable)
// or says they are two people, which is remembered so no later scan proposes them again.
// A person an import's undo removes takes their pairs and merges with them (cascade): the
// import undo must not fail on derived rows.

/** A pair a scan found: person a has the lower id. Open pairs are replaced by the next scan. */
export const duplicateCandidate = sqliteTable(
  'duplicate_candidate',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personAId: integer('person_a_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    personBId: integer('person_b_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    /** The strongest rule that found the pair (evidence lists every rule that did). */
    kind: text('kind', { enum: ['same_name_birth', 'nik_one_digit', 'nik_transposition', 'name_variant'] }).notNull(),
    score: real('score').notNull(), // name similarity of the two (0..1, Jaro-Winkler)
    evidence: text('evidence').notNull(), // JSON: DuplicateEvidence (core/api/duplicates.ts)
    foundAt: text('found_at').notNull(),
    state: text('state', { enum: ['open', 'merged', 'different'] }).notNull().default('open'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
  },
  (t) => [
    uniqueIndex('duplicate_candidate_pair_idx').on(t.personAId, t.personBId),
    index('duplicate_candidate_state_idx').on(t.state, t.kind, t.score),
    // A person's pairs where they are the second: the pair index leads with person_a_id, so
    // without this a deleted person (an import's undo) scans every pair for the cascade.
    index('duplicate_candidate_person_b_idx').on(t.personBId),
    check('duplicate_candidate_order', sql`${t.personAId} < ${t.personBId}`),
  ],
);

/** "Orang berbeda": two people a reviewer said are not one, by their uids (lower uid first). */
export const duplicateDecision = sqliteTable(
  'duplicate_decision',
  {
    personAUid: text('person_a_uid').notNull(),
    personBUid: text('person_b_uid').notNull(),
    decidedAt: text('decided_at').notNull(),
    decidedBy: text('decided_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personAUid, t.personBUid] }), check('duplicate_decision_order', sql`${t.personAUid} < ${t.personBUid}`)],
);

/**
 * A merge: the other person's periods moved to the kept one, fields filled, the other marked
 * 'salah_input'. The rows as they were before and after are kept here so an undo restores
 * exactly what was (and refuses when either person was changed since).
 */
export const personMerge = sqliteTable(
  'person_merge',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    candidateId: integer('candidate_id').references(() => duplicateCandidate.id, { onDelete: 'set null' }),
    keptPersonId: integer('kept_person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    mergedPersonId: integer('merged_person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    /** JSON: { kept, merged } person rows (drizzle keys) before the merge. */
    before: text('before').notNull(),
    /** JSON: { kept, merged } person rows right after it: an undo needs them unchanged. */
    after: text('after').notNull(),
    /** JSON: ids of the periods moved from the merged person to the kept one. */
    movedPeriodIds: text('moved_period_ids').notNull(),
    mergedAt: text('merged_at').notNull(),
    mergedBy: text('merged_by').notNull(),
    undoneAt: text('undone_at'),
    undoneBy: text('undone_by'),
  },
  (t) => [
    index('person_merge_kept_idx').on(t.keptPersonId),
    index('person_merge_merged_idx').on(t.mergedPersonId),
    index('person_merge_candidate_idx').on(t.candidateId).where(sql`${t.candidateId} IS NOT NULL`),
  ],
);
