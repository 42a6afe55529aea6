import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Effective-dated, editable contribution rules (shape of core/reference/contributions/rule-types.ts).
// Rates in millionths of the base (0.24 % = 2400); money in integer Rupiah.
export const contributionRule = sqliteTable(
  'contribution_rule',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    kind: text('kind', { enum: ['pu_rate', 'wage_cap', 'bpu_rate', 'bpu_flat', 'bpu_income_range', 'jakon_tier', 'pmi_package'] }).notNull(),
    programme: text('programme', { enum: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] }),
    riskClass: integer('risk_class'),
    payer: text('payer', { enum: ['employer', 'worker', 'government', 'participant'] }),
    rateMicro: integer('rate_micro'),
    amount: integer('amount'),
    tierFrom: integer('tier_from'),
    tierTo: integer('tier_to'),
    effectiveFrom: text('effective_from').notNull(),
    effectiveTo: text('effective_to'),
    sourceNote: text('source_note').notNull(),
    certainty: text('certainty', { enum: ['confirmed', 'secondary', 'unconfirmed'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('contribution_rule_kind_idx').on(t.kind, t.programme, t.effectiveFrom)],
);
