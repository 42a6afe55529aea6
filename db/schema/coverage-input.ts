import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { aggregateSegments, coverageSourceKinds, denominatorUniverses, targetKinds } from '../../core/api/coverage-input-kinds.ts';
import { workerProgramme } from './worker-programme.ts';

// What coverage is divided by and compared with, as data the office enters or imports; none is
// built into code. Areas are Kemendagri region codes at any level ('51', '51.03', '51.03.06',
// '51.03.06.2001'). A figure is numerator ÷ denominator, and every figure names the denominator
// it used with its source and date, so these rows are never edited in place once a snapshot has
// used them: they are retired and a new row entered (snapshots keep the values they used).

export { coverageSourceKinds, denominatorUniverses };

export const coverageDenominator = sqliteTable(
  'coverage_denominator',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    name: text('name').notNull(), // e.g. "Penduduk bekerja formal Bali, Sakernas Agustus 2022"
    value: integer('value').notNull(), // people
    areaCode: text('area_code').notNull(),
    universe: text('universe', { enum: denominatorUniverses }).notNull(),
    // Narrows a target population: a programme's people or one vulnerable-worker category.
    programmeId: integer('programme_id').references(() => workerProgramme.id),
    category: text('category'), // a code of the editable list vulnerable_category
    sourceKind: text('source_kind', { enum: coverageSourceKinds }).notNull(),
    source: text('source').notNull(), // e.g. "BPS Provinsi Bali, Sakernas Agustus 2022"
    asOfDate: text('as_of_date').notNull(), // the date the number describes
    notes: text('notes').notNull().default(''),
    retiredAt: text('retired_at'), // no longer offered for new figures; snapshots still name it
    importBatchId: integer('import_batch_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('coverage_denominator_area_idx').on(t.areaCode, t.universe, t.asOfDate),
    index('coverage_denominator_programme_idx').on(t.programmeId).where(sql`${t.programmeId} IS NOT NULL`),
    check('coverage_denominator_positive', sql`${t.value} > 0`),
  ],
);

// Totals received instead of people (e.g. the BPJS branch's active participants by segment and
// kecamatan at a month's end). Coverage uses them where person-level data is missing and says so.
// Like a denominator, a row a frozen month summed is never edited: it is retired (no count made
// since uses it; the frozen months keep it) and its correction entered as a new row.
export const coverageAggregate = sqliteTable(
  'coverage_aggregate',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    areaCode: text('area_code').notNull(),
    segment: text('segment', { enum: aggregateSegments }), // null: all segments together
    category: text('category'), // vulnerable_category code, null: all
    sector: text('sector'), // KBLI section letter (A–U), null: all
    funding: text('funding'), // funding_source code, null: all
    programmeId: integer('programme_id').references(() => workerProgramme.id),
    count: integer('count').notNull(), // active participants at as_of_date
    asOfDate: text('as_of_date').notNull(), // usually a month's end
    sourceKind: text('source_kind', { enum: coverageSourceKinds }).notNull(),
    source: text('source').notNull(), // e.g. "BPJS Ketenagakerjaan Cabang Bali Denpasar, laporan November 2023"
    notes: text('notes').notNull().default(''),
    retiredAt: text('retired_at'), // corrected or withdrawn: no longer counted; frozen months still name it
    importBatchId: integer('import_batch_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('coverage_aggregate_area_idx').on(t.areaCode, t.asOfDate, t.segment),
    index('coverage_aggregate_programme_idx').on(t.programmeId).where(sql`${t.programmeId} IS NOT NULL`),
    check('coverage_aggregate_non_negative', sql`${t.count} >= 0`),
  ],
);

// A target per year and area: a percentage of a denominator (40 % of Jembrana's workers in 2024)
// or a number of people (433,000 for a branch area in 2024), optionally for one segment,
// category or programme, with where it was set (RPJMD, a Perbup, the branch's plan).
export const coverageTarget = sqliteTable(
  'coverage_target',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    year: integer('year').notNull(),
    areaCode: text('area_code').notNull(),
    kind: text('kind', { enum: targetKinds }).notNull(),
    value: real('value').notNull(), // percent (0–100) or people
    denominatorId: integer('denominator_id').references(() => coverageDenominator.id), // for a percentage
    segment: text('segment', { enum: aggregateSegments }),
    category: text('category'),
    programmeId: integer('programme_id').references(() => workerProgramme.id),
    source: text('source').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('coverage_target_year_idx').on(t.year, t.areaCode),
    index('coverage_target_programme_idx').on(t.programmeId).where(sql`${t.programmeId} IS NOT NULL`),
    index('coverage_target_denominator_idx').on(t.denominatorId).where(sql`${t.denominatorId} IS NOT NULL`),
    check('coverage_target_value', sql`${t.value} >= 0 AND (${t.kind} = 'orang' OR ${t.value} <= 100)`),
  ],
);
