import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// The worker register (Pekerja): one row per person, one NIK per person. People are never
// deleted: died, moved away or entered in error are record statuses with a reason and a date.
// Sex and birth date come from the NIK; what a form or a file typed is kept beside them, so a
// disagreement is shown (identity_mismatch), never silently replaced. Domicile (kecamatan, desa)
// is what the office was told, never inferred from the NIK.
export const person = sqliteTable(
  'person',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    nik: text('nik').notNull().unique(),
    name: text('name').notNull(),
    nameFold: text('name_fold').notNull(), // search and sort without case or accents
    sex: text('sex', { enum: ['L', 'P'] }), // from the NIK
    birthDate: text('birth_date'), // from the NIK (the most recent plausible century)
    sexTyped: text('sex_typed', { enum: ['L', 'P'] }),
    birthDateTyped: text('birth_date_typed'),
    // 1 when a typed sex or birth date disagrees with the NIK: a filter for the clerk to check.
    identityMismatch: integer('identity_mismatch', { mode: 'boolean' }).notNull().default(false),
    address: text('address').notNull().default(''),
    kecamatanCode: text('kecamatan_code'),
    desaCode: text('desa_code'),
    phone: text('phone').notNull().default(''),
    occupation: text('occupation').notNull().default(''),
    category: text('category'), // a code of the editable list vulnerable_category
    kpj: text('kpj'),
    notes: text('notes').notNull().default(''),
    recordStatus: text('record_status', { enum: ['aktif', 'meninggal', 'pindah', 'salah_input'] }).notNull().default('aktif'),
    statusReason: text('status_reason').notNull().default(''),
    statusDate: text('status_date'),
    importBatchId: integer('import_batch_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // The grid's page by name at any depth (core/grid/index-pages.ts), covering the usual filters
    // and the NIK (a NIK-prefix search's page is read along it without the table: migration 0024).
    index('person_grid_name_idx').on(t.nameFold, t.id, t.recordStatus, t.category, t.kecamatanCode, t.desaCode, t.nik),
    index('person_grid_updated_idx').on(t.updatedAt, t.id, t.recordStatus, t.category, t.kecamatanCode, t.desaCode),
    // A view filtered by kecamatan and category (a programme's people in one area): counted by a
    // seek per chosen pair, and, when it holds few rows, its whole list by name read here alone.
    index('person_grid_area_idx').on(t.kecamatanCode, t.category, t.nameFold, t.recordStatus, t.desaCode),
    // A quick search by NIK prefix in the screen's view (live records only) counted along the
    // index alone: "5103" is most of a kabupaten; a narrow prefix (a desa's day of birth, a
    // district elsewhere) listed by name from it without the table (migration 0024).
    index('person_nik_status_idx').on(t.nik, t.recordStatus, t.nameFold),
    index('person_desa_idx').on(t.desaCode, t.nameFold),
    index('person_kecamatan_idx').on(t.kecamatanCode, t.nameFold),
    index('person_kpj_idx').on(t.kpj).where(sql`${t.kpj} IS NOT NULL`),
    // The few people who are not active (died, moved away, entered in error): the compliance
    // count takes their PU periods off every employer's without reading each period's person.
    index('person_not_active_idx').on(t.recordStatus, t.statusDate).where(sql`${t.recordStatus} <> 'aktif'`),
    check('person_nik_digits', sql`length(${t.nik}) = 16 AND ${t.nik} NOT GLOB '*[^0-9]*'`),
  ],
);
