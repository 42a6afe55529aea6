import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { commitmentKinds, regulationJenis, regulationRecordStatuses, relationKinds } from '../../core/api/regulation-kinds.ts';

// The regulation register (Regulasi): the JDIH metadata of one instrument (a Perda, a Perbup,
// an SE ...) and what the office needs beside it (the area it applies to, the day it takes
// effect). Its status in law (berlaku, dicabut ...) is never stored: it follows from the
// relations below and the dates. Records are never deleted; an entry in error is marked so.
export const regulation = sqliteTable(
  'regulation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    jenis: text('jenis', { enum: regulationJenis }).notNull(),
    singkatanJenis: text('singkatan_jenis').notNull().default(''),
    nomor: text('nomor').notNull().default(''), // text: "842.2/5193/SJ"
    tahun: integer('tahun'),
    judul: text('judul').notNull(),
    titleFold: text('title_fold').notNull(), // search and sort without case or accents
    teuBadan: text('teu_badan').notNull().default(''),
    tempatPenetapan: text('tempat_penetapan').notNull().default(''),
    tanggalPenetapan: text('tanggal_penetapan'),
    tanggalPengundangan: text('tanggal_pengundangan'),
    sumber: text('sumber').notNull().default(''), // Lembaran / Berita Daerah; none for SE and Instruksi
    subjek: text('subjek').notNull().default(''),
    bidangHukum: text('bidang_hukum').notNull().default(''),
    bahasa: text('bahasa').notNull().default('Indonesia'),
    lokasi: text('lokasi').notNull().default(''),
    abstrak: text('abstrak').notNull().default(''),
    penandatangan: text('penandatangan').notNull().default(''),
    pemrakarsa: text('pemrakarsa').notNull().default(''),
    areaCode: text('area_code'), // the region it applies to (a province or kabupaten code)
    effectiveDate: text('effective_date'), // mulai berlaku; else the day it was promulgated
    jdihnId: text('jdihn_id'), // JDIHN idData, when it came from a JDIH site
    urlDownload: text('url_download').notNull().default(''),
    notes: text('notes').notNull().default(''),
    recordStatus: text('record_status', { enum: regulationRecordStatuses }).notNull().default('aktif'),
    statusReason: text('status_reason').notNull().default(''),
    statusDate: text('status_date'),
    importBatchId: integer('import_batch_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('regulation_grid_title_idx').on(t.titleFold, t.id, t.recordStatus, t.jenis),
    index('regulation_grid_updated_idx').on(t.updatedAt, t.id, t.recordStatus, t.jenis),
    index('regulation_number_idx').on(t.jenis, t.tahun, t.nomor),
    index('regulation_jdihn_idx').on(t.jdihnId).where(sql`${t.jdihnId} IS NOT NULL`),
    check('regulation_tahun_range', sql`${t.tahun} IS NULL OR ${t.tahun} BETWEEN 1945 AND 2100`),
  ],
);

// What a regulation commits the region to, as rows: a coverage target, a budget, the
// categories of workers covered, the funding source, a duty with its due date (the due list).
export const regulationCommitment = sqliteTable(
  'regulation_commitment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    regulationId: integer('regulation_id')
      .notNull()
      .references(() => regulation.id),
    kind: text('kind', { enum: commitmentKinds }).notNull(),
    year: integer('year'),
    targetCount: integer('target_count'),
    targetPercent: real('target_percent'),
    amount: integer('amount'), // rupiah
    category: text('category'), // a code of the editable list vulnerable_category
    fundingSource: text('funding_source'), // a code of the editable list funding_source
    description: text('description').notNull().default(''),
    dueDate: text('due_date'),
    doneDate: text('done_date'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('commitment_regulation_idx').on(t.regulationId, t.kind),
    index('commitment_due_idx').on(t.dueDate).where(sql`${t.dueDate} IS NOT NULL AND ${t.doneDate} IS NULL`),
    check('commitment_amounts_non_negative', sql`coalesce(${t.targetCount}, 0) >= 0 AND coalesce(${t.amount}, 0) >= 0 AND coalesce(${t.targetPercent}, 0) BETWEEN 0 AND 100`),
  ],
);

// One row per pair of instruments, entered once from the acting one's side (`from` amends,
// revokes, implements `to`) and shown from both sides with the reverse words.
export const regulationRelation = sqliteTable(
  'regulation_relation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    fromId: integer('from_id')
      .notNull()
      .references(() => regulation.id),
    toId: integer('to_id')
      .notNull()
      .references(() => regulation.id),
    kind: text('kind', { enum: relationKinds }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('relation_pair_idx').on(t.fromId, t.toId),
    index('relation_to_idx').on(t.toId, t.kind),
    check('relation_not_self', sql`${t.fromId} <> ${t.toId}`),
  ],
);
