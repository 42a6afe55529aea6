import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import type { DenominatorRef } from '../api/coverage.ts';

// The office's denominators and aggregate inputs (coverage_denominator, coverage_aggregate), read
// once per report (tens of rows) and matched to each figure here.

export interface DenominatorRow extends DenominatorRef {
  id: number;
  areaCode: string;
  category: string | null;
  programmeId: number | null;
  /** The day it was retired (UTC date of retired_at); null while in use. */
  retiredOn: string | null;
}

export interface AggregateRow {
  id: number;
  uid: string;
  areaCode: string;
  segment: string | null;
  category: string | null;
  sector: string | null;
  funding: string | null;
  programmeId: number | null;
  count: number;
  asOfDate: string;
  source: string;
}

export function loadDenominators(sqlite: Sqlite): DenominatorRow[] {
  return stmt(
    sqlite,
    `SELECT id, uid, name, value, area_code AS areaCode, universe, category, programme_id AS programmeId, source_kind AS sourceKind, source, as_of_date AS asOfDate,
       substr(retired_at, 1, 10) AS retiredOn
     FROM coverage_denominator`,
  ).all() as DenominatorRow[];
}

export function denominatorById(sqlite: Sqlite, id: number): DenominatorRow | null {
  return (
    (stmt(
      sqlite,
      `SELECT id, uid, name, value, area_code AS areaCode, universe, category, programme_id AS programmeId, source_kind AS sourceKind, source, as_of_date AS asOfDate,
       substr(retired_at, 1, 10) AS retiredOn
       FROM coverage_denominator WHERE id = ?`,
    ).get(id) as DenominatorRow | undefined) ?? null
  );
}

/**
 * The aggregate rows dated on or before `at` that are still in use: a retired row was corrected or
 * withdrawn, so no count made since uses it (the frozen months that summed it keep it).
 */
export function loadAggregates(sqlite: Sqlite, at: string): AggregateRow[] {
  return stmt(
    sqlite,
    `SELECT id, uid, area_code AS areaCode, segment, category, sector, funding, programme_id AS programmeId, count, as_of_date AS asOfDate, source
     FROM coverage_aggregate WHERE as_of_date <= ? AND retired_at IS NULL`,
  ).all(at) as AggregateRow[];
}

/** What a figure counts, to match a denominator or aggregate rows to it. */
export interface FigureScope {
  areaCode: string;
  segment?: string | null;
  category?: string | null;
  sector?: string | null;
  funding?: string | null;
  programmeId?: number | null;
}

/**
 * The universes a figure's denominator may count, in order of preference: all workers for a total
 * (else an area-wide target population), formal workers for PU, informal for BPU, a programme's
 * or a category's target population for those; none for Jakon, PMI, a sector or a funding.
 */
function universesFor(scope: FigureScope): { universe: string; category: string | null; programmeId: number | null }[] {
  if (scope.programmeId) return [{ universe: 'target_program', category: null, programmeId: scope.programmeId }];
  if (scope.category) return [{ universe: 'target_program', category: scope.category, programmeId: null }];
  if (scope.sector || scope.funding) return [];
  if (scope.segment === 'PU') return [{ universe: 'bekerja_formal', category: null, programmeId: null }];
  if (scope.segment === 'BPU') return [{ universe: 'bekerja_informal', category: null, programmeId: null }];
  if (scope.segment) return [];
  return [
    { universe: 'bekerja', category: null, programmeId: null },
    { universe: 'target_program', category: null, programmeId: null },
  ];
}

/**
 * The newest fitting denominator of the figure's area dated on or before `at`, else the nearest
 * after it. A retired denominator still counts for dates before it was retired, so retiring one
 * for a newer figure does not rewrite the past.
 */
export function pickDenominator(rows: readonly DenominatorRow[], scope: FigureScope, at: string): DenominatorRow | null {
  for (const want of universesFor(scope)) {
    const fits = rows.filter(
      (d) => (d.retiredOn === null || d.retiredOn > at) && d.areaCode === scope.areaCode && d.universe === want.universe && d.category === want.category && d.programmeId === want.programmeId,
    );
    const before = fits.filter((d) => d.asOfDate <= at).sort((a, b) => b.asOfDate.localeCompare(a.asOfDate) || b.id - a.id)[0];
    const after = fits.filter((d) => d.asOfDate > at).sort((a, b) => a.asOfDate.localeCompare(b.asOfDate) || b.id - a.id)[0];
    if (before ?? after) return (before ?? after)!;
  }
  return null;
}

export const denominatorRef = (d: DenominatorRow): DenominatorRef => ({
  uid: d.uid,
  name: d.name,
  value: d.value,
  universe: d.universe,
  sourceKind: d.sourceKind,
  source: d.source,
  asOfDate: d.asOfDate,
});

export const percentOf = (numerator: number, denominator: number | null | undefined): number | null =>
  denominator ? Math.round((numerator / denominator) * 10_000) / 100 : null;
