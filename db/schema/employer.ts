import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// The employer register (Perusahaan). Records are never deleted: closing or removing
// keeps the row with a reason. Identity numbers are text. JSON arrays are kept as text.
export const employer = sqliteTable(
  'employer',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    name: text('name').notNull(),
    nameFold: text('name_fold').notNull(), // for similar-name checks and sorting without case
    legalForm: text('legal_form').notNull().default(''),
    nib: text('nib'),
    npwp: text('npwp'), // digits only
    npp: text('npp'),
    kbliCodes: text('kbli_codes').notNull().default('[]'), // JSON array of 5-digit codes, first = main
    kbliSection: text('kbli_section'),
    businessScale: text('business_scale', { enum: ['mikro', 'kecil', 'menengah', 'besar'] }),
    address: text('address').notNull().default(''),
    kecamatanCode: text('kecamatan_code'),
    desaCode: text('desa_code'),
    officeType: text('office_type', { enum: ['pusat', 'cabang'] }).notNull().default('pusat'),
    headOfficeId: integer('head_office_id').references((): AnySQLiteColumn => employer.id),
    startDate: text('start_date'),
    ownerName: text('owner_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    // Worker counts: NULL is unknown, never 0. The total is a figure of its own (a file or a
    // form may give it alone); the splits by sex and by contract, when known, fit inside it.
    workersTotal: integer('workers_total'),
    workersMale: integer('workers_male'),
    workersFemale: integer('workers_female'),
    workersPkwtt: integer('workers_pkwtt'),
    workersPkwt: integer('workers_pkwt'),
    workersHarianLepas: integer('workers_harian_lepas'),
    workersBorongan: integer('workers_borongan'),
    workersForeign: integer('workers_foreign'),
    wlkpNumber: text('wlkp_number').notNull().default(''),
    wlkpDate: text('wlkp_date'),
    bpjsStatus: text('bpjs_status', { enum: ['terdaftar', 'pwbd', 'pds_tk', 'pds_upah', 'pds_program'] }).notNull().default('pwbd'),
    bpjsProgrammes: text('bpjs_programmes').notNull().default('[]'), // JSON array of JKK, JKM, JHT, JP, JKP
    bpjsInfoDate: text('bpjs_info_date'),
    notes: text('notes').notNull().default(''),
    recordStatus: text('record_status', { enum: ['aktif', 'tutup', 'dihapus'] }).notNull().default('aktif'),
    statusReason: text('status_reason').notNull().default(''),
    statusDate: text('status_date'),
    importBatchId: integer('import_batch_id'), // the import that created it (for undo)
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // The grid's page by name at any depth (core/grid/index-pages.ts): the name order plus the
    // columns the usual filters test, so a page walks this index alone, never the table.
    index('employer_grid_name_idx').on(t.nameFold, t.id, t.recordStatus, t.bpjsStatus, t.kecamatanCode, t.desaCode, t.workersTotal),
    index('employer_grid_updated_idx').on(t.updatedAt, t.id, t.recordStatus, t.bpjsStatus, t.kecamatanCode, t.desaCode, t.workersTotal),
    index('employer_desa_idx').on(t.desaCode, t.nameFold),
    index('employer_kecamatan_idx').on(t.kecamatanCode, t.id),
    index('employer_nib_idx').on(t.nib),
    index('employer_npwp_idx').on(t.npwp),
    index('employer_npp_idx').on(t.npp),
    // The branch -> head office reference: deleting a record (an import's undo) checks it for
    // children; unindexed, that scanned the register once per deleted row (20,000: 78 s).
    // Partial: most records are no branch, and an import pays nothing for them.
    index('employer_head_office_idx').on(t.headOfficeId).where(sql`${t.headOfficeId} IS NOT NULL`),
    // A NULL count passes a CHECK (its comparison is NULL, not false): unknown is allowed,
    // a negative count or a sex split larger than the total is not.
    check(
      'employer_workers_non_negative',
      sql`${t.workersTotal} >= 0 AND ${t.workersMale} >= 0 AND ${t.workersFemale} >= 0 AND ${t.workersPkwtt} >= 0 AND ${t.workersPkwt} >= 0 AND ${t.workersHarianLepas} >= 0 AND ${t.workersBorongan} >= 0 AND ${t.workersForeign} >= 0`,
    ),
    check('employer_workers_within_total', sql`${t.workersTotal} >= coalesce(${t.workersMale}, 0) + coalesce(${t.workersFemale}, 0)`),
  ],
);
