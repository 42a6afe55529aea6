import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Coverage counted without reading a million periods per view (core/coverage/maintain.ts).
// Each person's participation is kept as spans: the union of their periods, per breakdown value
// (all periods; those of one segment; of one sector, funding, programme), keyed by their
// domicile and category. Each key holds steps: +1 where a span starts, -1 the day after it ends,
// and the running level, so the count of a key at a date is one index seek. Triggers on
// participation_period, person and employer put the people a change touches in coverage_dirty;
// the engine brings their spans and steps up to date before it counts (a few ms for an edit).

/** A breakdown cell: the finest known domicile code (desa, else kecamatan, else ''), the category, a dimension and its value. */
export const coverageKey = sqliteTable(
  'coverage_key',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    areaKey: text('area_key').notNull(),
    category: text('category').notNull(), // '' = none recorded
    dim: text('dim', { enum: ['total', 'segment', 'sector', 'funding', 'programme'] }).notNull(),
    value: text('value').notNull(), // '' = none recorded; programme: its id
  },
  (t) => [uniqueIndex('coverage_key_cell_idx').on(t.areaKey, t.category, t.dim, t.value)],
);

/** Where a key's count changes, and its count from that day on. */
export const coverageStep = sqliteTable(
  'coverage_step',
  {
    keyId: integer('key_id').notNull(),
    day: text('day').notNull(),
    delta: integer('delta').notNull(),
    level: integer('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.day] })],
);

/** One person's span of participation in one key; end '9999-12-31' = open. */
export const coverageSpan = sqliteTable(
  'coverage_span',
  {
    personId: integer('person_id').notNull(),
    keyId: integer('key_id').notNull(),
    startDay: text('start_day').notNull(),
    endDay: text('end_day').notNull(),
  },
  (t) => [
    index('coverage_span_person_idx').on(t.personId),
    // The people behind a figure (core/coverage/people-condition.ts): a figure's keys, then their spans at a date.
    index('coverage_span_key_idx').on(t.keyId, t.startDay, t.endDay, t.personId),
  ],
);

/** People whose spans are out of date (filled by triggers; emptied by the engine). */
export const coverageDirty = sqliteTable('coverage_dirty', {
  personId: integer('person_id').primaryKey(),
});

// A frozen month: every figure of the report as it was counted, with what it was made of.
// Never edited; freezing the same month again makes another snapshot (the newest is current).
export const coverageSnapshot = sqliteTable(
  'coverage_snapshot',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    month: text('month').notNull(), // YYYY-MM
    at: text('at').notNull(), // the month's last day
    areaCode: text('area_code').notNull(),
    areaName: text('area_name').notNull(),
    frozenAt: text('frozen_at').notNull(),
    frozenBy: text('frozen_by').notNull(),
    targets: text('targets').notNull().default('[]'), // JSON TargetProgress[] as counted
  },
  (t) => [index('coverage_snapshot_month_idx').on(t.areaCode, t.month)],
);

export const coverageSnapshotFigure = sqliteTable(
  'coverage_snapshot_figure',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    snapshotId: integer('snapshot_id')
      .notNull()
      .references(() => coverageSnapshot.id),
    key: text('key').notNull(),
    dimension: text('dimension').notNull(),
    value: text('value'),
    label: text('label').notNull(),
    numerator: integer('numerator').notNull(),
    numeratorSource: text('numerator_source', { enum: ['orang', 'agregat', 'campuran'] }).notNull(),
    aggregates: text('aggregates').notNull().default('[]'), // JSON AggregateRef[]
    denominatorUid: text('denominator_uid'),
    denominatorName: text('denominator_name'),
    denominatorValue: integer('denominator_value'),
    denominatorUniverse: text('denominator_universe'),
    denominatorSourceKind: text('denominator_source_kind'),
    denominatorSource: text('denominator_source'),
    denominatorAsOf: text('denominator_as_of'),
    percent: real('percent'),
    dataDate: text('data_date').notNull(),
    people: text('people'), // JSON PeopleFilter
    // 0: no data for the figure by its date (no people, no aggregate rows), not "nobody covered".
    hasData: integer('has_data', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('coverage_snapshot_figure_idx').on(t.snapshotId, t.dimension)],
);
