import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { regulation } from './regulation.ts';

// A vulnerable-worker programme (Program perlindungan pekerja rentan): a government or CSR
// budget that pays BPU contributions (a package such as JKK + JKM) for people of given
// categories in one year. Its people are the participation periods that name it. The monthly
// contribution per person is computed from the contribution rules when the programme is saved
// and kept with how it was computed (contribution_basis: date, income, rules, lines), so a
// later rule change never silently changes a past programme. Programmes end; never deleted.
export const workerProgramme = sqliteTable(
  'worker_programme',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    funding: text('funding').notNull(), // a code of the editable list funding_source
    package: text('package').notNull().default('["JKK","JKM"]'), // JSON array of BPU programmes it pays
    // The declared income the contribution is computed at; null = the rules' minimum BPU income.
    declaredIncome: integer('declared_income'),
    monthlyContribution: integer('monthly_contribution').notNull(), // per person, rupiah
    contributionBasis: text('contribution_basis').notNull(), // JSON: ContributionBasis (core/api/programmes.ts)
    budget: integer('budget').notNull().default(0), // rupiah for the year
    // The legal basis as a record of the regulations register (Perbup Jembrana 48/2023); the
    // text keeps what is not in the register (or words beside the link, "Pasal 5").
    legalBasisRegulationId: integer('legal_basis_regulation_id').references(() => regulation.id),
    legalBasis: text('legal_basis').notNull().default(''),
    notes: text('notes').notNull().default(''),
    status: text('status', { enum: ['aktif', 'selesai'] }).notNull().default('aktif'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('worker_programme_name_year_idx').on(t.name, t.year),
    index('worker_programme_regulation_idx').on(t.legalBasisRegulationId).where(sql`${t.legalBasisRegulationId} IS NOT NULL`),
    check('worker_programme_amounts_non_negative', sql`${t.budget} >= 0 AND ${t.monthlyContribution} >= 0`),
  ],
);

// How many people of one vulnerable-worker category a programme means to cover.
export const workerProgrammeTarget = sqliteTable(
  'worker_programme_target',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => workerProgramme.id),
    category: text('category').notNull(), // a code of the editable list vulnerable_category
    target: integer('target').notNull(),
  },
  (t) => [uniqueIndex('worker_programme_target_idx').on(t.programmeId, t.category), index('worker_programme_target_category_idx').on(t.category), check('worker_programme_target_non_negative', sql`${t.target} >= 0`)],
);
