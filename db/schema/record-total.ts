import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// How many records a register holds by record status and by its count column (the status
// buttons above a grid), kept by triggers on the register's table (written in the migration
// that adds the register; a rebuild of that table must create them again). At a million
// records a count of the default view is a lookup here, not a walk of the table.
export const recordTotal = sqliteTable(
  'record_total',
  {
    register: text('register').notNull(),
    status: text('status').notNull(),
    value: text('value').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.register, t.status, t.value] })],
);
