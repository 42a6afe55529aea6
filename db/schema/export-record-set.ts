import { blob, integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { auditLog } from './audit-log.ts';

// Which records an export wrote, so "which exports included this person" has an exact answer
// (UU PDP: the person's own data report). One row per finished export, keyed by its audit row
// (who, when, the filter, masked or not). The ids are the register's record ids, sorted,
// delta-encoded as varints and deflated (core/exports/record-set.ts): a 1,000,000-row export
// costs a few KB, where a row per person would cost tens of MB and an index. Append-only, as the
// audit log is (triggers in the migration).
export const exportRecordSet = sqliteTable('export_record_set', {
  auditId: integer('audit_id')
    .primaryKey()
    .references(() => auditLog.id),
  count: integer('count').notNull(),
  /** The smallest and largest id: most exports are skipped without inflating the set. */
  minId: integer('min_id'),
  maxId: integer('max_id'),
  ids: blob('ids', { mode: 'buffer' }).notNull(),
});
