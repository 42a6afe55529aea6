import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Every import, and every bulk change made from a register's filter: what file (hash), how it
// was read, what it changed; undo reverses it. A "batch" is one such operation.
export const importBatch = sqliteTable(
  'import_batch',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    register: text('register').notNull(), // a register's key: 'employer', later 'worker'
    /** import: a file; bulk: a change to the records of a filter (e.g. removed, with a reason). */
    kind: text('kind', { enum: ['import', 'bulk'] }).notNull().default('import'),
    fileName: text('file_name').notNull(), // for a bulk change: what was done, in words
    fileHash: text('file_hash').notNull(), // sha256 of the bytes ('' for a bulk change)
    fileBytes: integer('file_bytes').notNull(),
    sheet: text('sheet').notNull().default(''),
    headerRow: integer('header_row').notNull(),
    mapping: text('mapping').notNull(), // JSON: field -> column index in this file
    /** A bulk change's reason, as the user gave it. */
    note: text('note').notNull().default(''),
    status: text('status', { enum: ['committed', 'undone'] }).notNull(),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    /** Records its undo left as they were, by the user's choice (edited since) or because others hold them. */
    kept: integer('kept').notNull().default(0),
    actorName: text('actor_name').notNull(),
    createdAt: text('created_at').notNull(),
    undoneAt: text('undone_at'),
  },
  (t) => [index('import_batch_hash_idx').on(t.register, t.fileHash)],
);

// One change a batch made to one row of a register's table: what undo reverses and what a
// record's history shows beside the audit log (which has one row per batch). An insert carries
// nothing else (undo deletes the row); an update carries the fields it changed, each as
// [before, after]. Every change of a batch happened at the batch's time.
export const importChange = sqliteTable(
  'import_change',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatch.id),
    /** The audit entity of the row ('employer'). */
    entity: text('entity').notNull(),
    /** The SQL table of the row, and its id there. */
    tableName: text('table_name').notNull(),
    rowId: integer('row_id').notNull(),
    action: text('action', { enum: ['insert', 'update'] }).notNull(),
    /** An update's changed fields: JSON {field: [before, after]} (drizzle keys, driver values). */
    changes: text('changes'),
    // Before this version: the record's uid, its whole row before an update, and its
    // updated_at after the import. Kept for batches committed then (undo reads `changes`, which
    // the migration filled from `before`).
    entityUid: text('entity_uid'),
    before: text('before'),
    afterUpdatedAt: text('after_updated_at'),
  },
  (t) => [index('import_change_batch_idx').on(t.batchId), index('import_change_row_idx').on(t.tableName, t.rowId)],
);

// Column mappings remembered per source (a header signature): the next file from the
// same BPJS branch or village office maps itself.
export const importMapping = sqliteTable('import_mapping', {
  signature: text('signature').primaryKey(), // register + sorted folded headers, hashed
  register: text('register').notNull(),
  mapping: text('mapping').notNull(), // JSON: field -> {header, occurrence} or null (core/imports/remembered-mapping.ts)
  /** JSON: field -> {text in the file (folded) -> the register's value} the user chose for values it did not know. */
  valueMap: text('value_map').notNull().default('{}'),
  updatedAt: text('updated_at').notNull(),
});
