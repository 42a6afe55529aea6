import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// A tiny third register, made only for the test that the register framework is one: households
// (a parent, keyed by a code that repeats on every member's row) and their members (a child).
// Its tables live here, not in db/schema: no shared file knows it.

export const household = sqliteTable('tiny_household', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uid: text('uid').notNull().unique(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull().default('biasa'),
  importBatchId: integer('import_batch_id'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const member = sqliteTable('tiny_member', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uid: text('uid').notNull().unique(),
  householdId: integer('household_id')
    .notNull()
    .references(() => household.id),
  name: text('name').notNull(),
  role: text('role').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The tables as a migration would create them (the test creates them in its database). */
export const createTinyTables = `
  CREATE TABLE tiny_household (id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, code TEXT NOT NULL, name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'biasa', import_batch_id INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  CREATE INDEX tiny_household_code ON tiny_household (code);
  CREATE TABLE tiny_member (id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, household_id INTEGER NOT NULL REFERENCES tiny_household (id),
    name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  CREATE INDEX tiny_member_household ON tiny_member (household_id);`;
