import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { employer } from './employer.ts';

// Compliance follow-up of one employer: visits, inspections, written warnings,
// recommendations for sanctions ("tidak mendapat pelayanan publik tertentu").
export const employerFollowUp = sqliteTable(
  'employer_follow_up',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employer.id),
    kind: text('kind', { enum: ['kunjungan', 'pemeriksaan', 'teguran_1', 'teguran_2', 'rekomendasi_bpjs', 'rekomendasi_perizinan'] }).notNull(),
    date: text('date').notNull(),
    letterNumber: text('letter_number').notNull().default(''),
    dueDate: text('due_date'),
    outcome: text('outcome').notNull().default(''),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('follow_up_employer_idx').on(t.employerId, t.date), index('follow_up_due_idx').on(t.done, t.dueDate)],
);
