import type { Sqlite } from '../../db/open.ts';
import type { WriteProgram } from '../../db/write-program.ts';
import { countsAtSql } from '../workers/participation-status.ts';

// Brings the coverage spans and steps (db/schema/coverage-snapshot.ts) up to date for the people
// the triggers marked dirty, set-based, a batch at a time. For each person and each breakdown
// value (all periods; a segment; a PU employer's KBLI section; a funding; a programme, within its year) the union
// of their periods is one span list, so a person counts once per figure however their periods
// overlap. Who counts: a person whose record is 'aktif'; one who died or moved away counts up to
// and including their status date (an open period ends there); one entered in error never
// counts, nor a died/moved record without a status date (no day to end at). The category is kept
// on the total and segment keys only (BPU by category is asked; sector by category is not): fewer
// keys, fewer seeks per report.

export const openEnd = '9999-12-31';
// Large: each batch recomputes the running levels of every key it touched, and a bulk catch-up
// (a million people imported) touches them all.
const batchSize = 500_000;

const prepareTemp = `
CREATE TEMP TABLE IF NOT EXISTS cov_batch (person_id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS cov_new (person_id INTEGER, area_key TEXT, category TEXT, dim TEXT, value TEXT, s TEXT, e TEXT, key_id INTEGER);
CREATE TEMP TABLE IF NOT EXISTS cov_keys (key_id INTEGER PRIMARY KEY);
DELETE FROM cov_batch; DELETE FROM cov_new; DELETE FROM cov_keys;`;

/** The batch's people's spans, recomputed from their periods. */
const newSpans = `
INSERT INTO cov_new (person_id, area_key, category, dim, value, s, e)
-- Driven from the batch (CROSS JOIN keeps SQLite from walking every period to find the
-- batch's), computed once for the five breakdowns (MATERIALIZED).
WITH eff AS MATERIALIZED (
  SELECT p.person_id, coalesce(w.desa_code, w.kecamatan_code, '') AS area_key, coalesce(w.category, '') AS category,
    p.segment, p.employer_id, p.funding, p.programme_id, p.start_date AS s,
    CASE WHEN p.programme_id IS NOT NULL THEN (SELECT year FROM worker_programme WHERE id = p.programme_id) END AS programme_year,
    CASE WHEN w.record_status = 'aktif' THEN coalesce(p.end_date, '${openEnd}') ELSE min(coalesce(p.end_date, '${openEnd}'), w.status_date) END AS e
  FROM cov_batch b CROSS JOIN participation_period p ON p.person_id = b.person_id JOIN person w ON w.id = p.person_id
  WHERE ${countsAtSql('w', 'p.start_date')}
),
cells AS (
  SELECT person_id, area_key, category, 'total' AS dim, '' AS value, s, e FROM eff
  UNION ALL SELECT person_id, area_key, category, 'segment', segment, s, e FROM eff
  UNION ALL SELECT person_id, area_key, '', 'sector', coalesce((SELECT kbli_section FROM employer WHERE id = eff.employer_id), ''), s, e FROM eff WHERE segment = 'PU'
  UNION ALL SELECT person_id, area_key, '', 'funding', coalesce(funding, ''), s, e FROM eff
  -- A programme pays its own year (its budget's): a period naming it counts under it only within that year.
  UNION ALL SELECT person_id, area_key, '', 'programme', CAST(programme_id AS TEXT), max(s, programme_year || '-01-01'), min(e, programme_year || '-12-31') FROM eff
    WHERE programme_id IS NOT NULL AND s <= programme_year || '-12-31' AND e >= programme_year || '-01-01'
),
ordered AS (
  SELECT *, max(e) OVER (PARTITION BY person_id, dim, value ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e FROM cells
),
grouped AS (
  -- A new span where a period starts after the day following every earlier one's end.
  SELECT *, sum(CASE WHEN prev_e IS NULL OR (prev_e < '${openEnd}' AND s > date(prev_e, '+1 day')) THEN 1 ELSE 0 END)
    OVER (PARTITION BY person_id, dim, value ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS grp FROM ordered
)
SELECT person_id, area_key, category, dim, value, min(s), max(e) FROM grouped GROUP BY person_id, dim, value, grp`;

const steps = (sign: string, source: string) => `
  SELECT key_id, s AS day, ${sign}1 AS d FROM ${source}
  UNION ALL SELECT key_id, date(e, '+1 day'), -(${sign}1) FROM ${source} WHERE e < '${openEnd}'`;

const applyBatch = [
  `INSERT OR IGNORE INTO coverage_key (area_key, category, dim, value) SELECT DISTINCT area_key, category, dim, value FROM cov_new`,
  `UPDATE cov_new SET key_id = (SELECT id FROM coverage_key k WHERE k.area_key = cov_new.area_key AND k.category = cov_new.category AND k.dim = cov_new.dim AND k.value = cov_new.value)`,
  `INSERT OR IGNORE INTO cov_keys (key_id) SELECT key_id FROM cov_new UNION SELECT key_id FROM coverage_span WHERE person_id IN (SELECT person_id FROM cov_batch)`,
  `INSERT INTO coverage_step (key_id, day, delta, level)
   SELECT key_id, day, sum(d), 0 FROM (
     ${steps('-', '(SELECT key_id, start_day AS s, end_day AS e FROM coverage_span WHERE person_id IN (SELECT person_id FROM cov_batch))')}
     UNION ALL ${steps('+', 'cov_new')}
   ) GROUP BY key_id, day HAVING sum(d) <> 0
   ON CONFLICT (key_id, day) DO UPDATE SET delta = delta + excluded.delta`,
  `DELETE FROM coverage_step WHERE delta = 0 AND key_id IN (SELECT key_id FROM cov_keys)`,
  // The running level of every touched key, again from its steps (a key has one step per day its count changes).
  `UPDATE coverage_step SET level = r.level FROM (
     SELECT key_id, day, sum(delta) OVER (PARTITION BY key_id ORDER BY day ROWS UNBOUNDED PRECEDING) AS level FROM coverage_step WHERE key_id IN (SELECT key_id FROM cov_keys)
   ) r WHERE coverage_step.key_id IN (SELECT key_id FROM cov_keys) AND coverage_step.key_id = r.key_id AND coverage_step.day = r.day AND coverage_step.level <> r.level`,
  `DELETE FROM coverage_span WHERE person_id IN (SELECT person_id FROM cov_batch)`,
  `INSERT INTO coverage_span (person_id, key_id, start_day, end_day) SELECT person_id, key_id, s, e FROM cov_new`,
  `DELETE FROM coverage_dirty WHERE person_id IN (SELECT person_id FROM cov_batch)`,
];

export const pendingPeople = (sqlite: Sqlite): number => sqlite.prepare('SELECT count(*) FROM coverage_dirty').pluck().get() as number;

/**
 * Catches up every dirty person; returns how many. Needs the write connection: on a read-only
 * one (while an import holds the database) it does nothing and the counts are those of the
 * last catch-up, which the next call on the write connection completes.
 */
export function catchUpCoverage(sqlite: Sqlite): number {
  if (sqlite.readonly || !sqlite.prepare('SELECT 1 FROM coverage_dirty LIMIT 1').get()) return 0;
  let done = 0;
  const batch = sqlite.transaction(() => {
    sqlite.exec(prepareTemp);
    const n = sqlite.prepare(`INSERT INTO cov_batch (person_id) SELECT person_id FROM coverage_dirty ORDER BY person_id LIMIT ${batchSize}`).run().changes;
    if (n === 0) return 0;
    sqlite.exec(newSpans);
    for (const statement of applyBatch) sqlite.exec(statement);
    return n;
  });
  for (;;) {
    const n = batch();
    if (n === 0) return done;
    done += n;
  }
}

/**
 * The same catch-up as a write program (db/write-program.ts) for a worker thread: after a big
 * import (or the migration that first fills these tables) the screens keep answering meanwhile.
 */
export function catchUpProgram(): WriteProgram {
  return {
    before: prepareTemp,
    params: {},
    chunkRows: batchSize,
    steps: [
      {
        kind: 'chunks',
        phase: 'coverage',
        total: null,
        next: 'SELECT max(person_id) FROM (SELECT person_id FROM coverage_dirty WHERE person_id > @after ORDER BY person_id LIMIT @n)',
        statements: [
          { sql: 'DELETE FROM cov_batch', plain: true },
          { sql: 'DELETE FROM cov_new', plain: true },
          { sql: 'DELETE FROM cov_keys', plain: true },
          { sql: 'INSERT INTO cov_batch (person_id) SELECT person_id FROM coverage_dirty WHERE person_id BETWEEN @lo AND @hi' },
          { sql: newSpans, plain: true },
          ...applyBatch.map((sql) => ({ sql, plain: true })),
        ],
      },
    ],
  };
}
