import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Append-only: triggers in the migration refuse UPDATE and DELETE on this table, and each row's
// hash chains it to the previous one (core/audit/chain.ts verifies it).
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    at: text('at').notNull(), // UTC, ISO 8601 with milliseconds
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityUid: text('entity_uid'),
    /** How the record was named when it changed ("PT Bali Segara"): the change log shows and searches it. */
    entityLabel: text('entity_label'),
    changedFields: text('changed_fields'),
    before: text('before'),
    after: text('after'),
    /** SHA-256 over this row's fields and the previous row's hash (db/audit-hash.ts); null only in a row not written by the app. */
    hash: text('hash'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entity, t.entityUid)],
);
