import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Small per-office UI choices kept with the data (column choice and order of a grid).
export const userSetting = sqliteTable('user_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
