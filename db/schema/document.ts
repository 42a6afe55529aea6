import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Documents attached to records (a regulation's PDF, later award evidence): the bytes are kept
// once in the data folder under their SHA-256 (<dataDir>/documents/ab/cd/<sha256>); a row here
// says what they are; links say which records use them. The same file attached twice is one
// document with two links; removing a link removes the document only when no link is left.
export const document = sqliteTable('document', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uid: text('uid').notNull().unique(),
  sha256: text('sha256').notNull().unique(),
  size: integer('size').notNull(),
  mime: text('mime', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
  /** The name of the file as first given (a link keeps its own name too). */
  originalName: text('original_name').notNull(),
  pages: integer('pages').notNull(),
  /** text: a text layer was read; no_text: a scan (or an image) whose abstract must be typed. */
  textStatus: text('text_status', { enum: ['text', 'no_text'] }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  /** The last check of the stored bytes against the hash: ok, changed or missing. */
  verifiedAt: text('verified_at'),
  verifyStatus: text('verify_status', { enum: ['ok', 'changed', 'missing'] }),
});

/** A record's use of a document: (entity, entity uid) names any record of any register. */
export const documentLink = sqliteTable(
  'document_link',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    documentId: integer('document_id')
      .notNull()
      .references(() => document.id),
    entity: text('entity').notNull(), // 'regulation', 'office_profile', ...
    entityUid: text('entity_uid').notNull(),
    name: text('name').notNull(), // the file name as given for this record
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('document_link_record_idx').on(t.entity, t.entityUid, t.documentId), index('document_link_document_idx').on(t.documentId)],
);

/** The text of one page of a document, as extracted; indexed by document_page_fts (hand-written SQL). */
export const documentPage = sqliteTable(
  'document_page',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => document.id),
    page: integer('page').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('document_page_idx').on(t.documentId, t.page)],
);
