import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Which public dataset a reference table was loaded from: named in the About screen
// (idn-area-data's ODbL asks for attribution).
export const referenceSource = sqliteTable('reference_source', {
  key: text('key').primaryKey(), // 'regions', 'kbli'
  name: text('name').notNull(),
  version: text('version').notNull(),
  regulation: text('regulation').notNull().default(''),
  license: text('license').notNull().default(''),
  attribution: text('attribution').notNull().default(''),
  loadedAt: text('loaded_at').notNull(),
  rowCount: integer('row_count').notNull().default(0),
});
