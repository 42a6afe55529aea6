import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { importBatch } from './import-batch.ts';
import { person } from './person.ts';

// A row of an imported worker list whose NIK is a person of the register under another name
// or typed birth date. One NIK is one person, so the import never overwrites them: the row
// waits here until a reviewer takes the file's name and birth date (the person is updated and
// the row's period added) or keeps the register's (dismissed, remembered). Written by the
// import commit as a table of the worker importer, so the import's undo removes it.
export const identityReview = sqliteTable(
  'identity_review',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    personId: integer('person_id')
      .notNull()
      .references(() => person.id),
    nik: text('nik').notNull(),
    /** What the file said: the name and the typed birth date. */
    fileName: text('file_name').notNull(),
    fileBirthDate: text('file_birth_date'),
    /** The row's other values and its period, JSON (core/workers/identity-review-values.ts). */
    fileValues: text('file_values').notNull(),
    /** The file's row number, within the import batch. */
    fileRow: integer('file_row').notNull(),
    state: text('state', { enum: ['open', 'applied', 'dismissed'] }).notNull().default('open'),
    resolvedBy: text('resolved_by'),
    resolvedAt: text('resolved_at'),
    importBatchId: integer('import_batch_id').references(() => importBatch.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('identity_review_state_idx').on(t.state, t.id),
    index('identity_review_person_idx').on(t.personId),
    index('identity_review_batch_idx').on(t.importBatchId).where(sql`${t.importBatchId} IS NOT NULL`),
  ],
);
