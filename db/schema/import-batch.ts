import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Every import: what file (hash), how it was read, what it changed; undo reverses it.
export const importBatch = sqliteTable(
  'import_batch',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    register: text('register').notNull(), // 'employer', later 'worker'
    fileName: text('file_name').notNull(),
    fileHash: text('file_hash').notNull(), // sha256 of the bytes
    fileBytes: integer('file_bytes').notNull(),
    sheet: text('sheet').notNull().default(''),
    headerRow: integer('header_row').notNull(),
    mapping: text('mapping').notNull(), // JSON: field -> column index in this file
    status: text('status', { enum: ['committed', 'undone'] }).notNull(),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    actorName: text('actor_name').notNull(),
    createdAt: text('created_at').notNull(),
    undoneAt: text('undone_at'),
  },
  (t) => [index('import_batch_hash_idx').on(t.register, t.fileHash)],
);

// One change an import made, with the record's state before it, so undo can restore.
export const importChange = sqliteTable(
  'import_change',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatch.id),
    entityUid: text('entity_uid').notNull(),
    action: text('action', { enum: ['insert', 'update'] }).notNull(),
    before: text('before'), // JSON of the row before an update
    afterUpdatedAt: text('after_updated_at').notNull(), // to detect later edits before undo
  },
  (t) => [index('import_change_batch_idx').on(t.batchId)],
);

// Column mappings remembered per source (a header signature): the next file from the
// same BPJS branch or village office maps itself.
export const importMapping = sqliteTable('import_mapping', {
  signature: text('signature').primaryKey(), // register + sorted folded headers, hashed
  register: text('register').notNull(),
  mapping: text('mapping').notNull(), // JSON: field -> {header, occurrence} or null (core/imports/remembered-mapping.ts)
  updatedAt: text('updated_at').notNull(),
});
