import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// The editable lists the registers use: participant segments, vulnerable-worker
// categories, funding sources. Items are deactivated, never deleted (records point at them).
export const lookupItem = sqliteTable(
  'lookup_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    list: text('list', { enum: ['segment', 'vulnerable_category', 'funding_source'] }).notNull(),
    code: text('code').notNull(),
    labelId: text('label_id').notNull(),
    labelEn: text('label_en').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('lookup_item_list_code_idx').on(t.list, t.code), index('lookup_item_list_idx').on(t.list, t.sortOrder)],
);
