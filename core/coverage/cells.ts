import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';

// The count of every coverage key in an area at a date: one index seek per key into its steps
// (the level of its last change on or before the date), never a read of the periods. A key is
// (domicile code, category, dimension, value); a report groups these few thousand cells. The
// caller brings them up to date first (keep-current.ts).

export interface CoverageCell {
  areaKey: string;
  category: string;
  dim: 'total' | 'segment' | 'sector' | 'funding' | 'programme';
  value: string;
  /** People active at the date; null when no span of the key had started by then (no data). */
  n: number | null;
}

export interface CellFilter {
  /** A region code ('' = every domicile); people with none recorded join when `withUnknownArea`. */
  areaCode: string;
  withUnknownArea?: boolean;
  dim?: CoverageCell['dim'];
  values?: readonly string[];
  categories?: readonly string[];
}

/** '51.03' covers itself and every code under it ('51.03.06', '51.03.06.2001'), not '51.031'. */
export const areaRange = (code: string) => ({ lo: `${code}.`, hi: `${code}/` });

export function coverageCells(sqlite: Sqlite, filter: CellFilter, at: string): CoverageCell[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { at };
  if (filter.areaCode) {
    const { lo, hi } = areaRange(filter.areaCode);
    Object.assign(params, { area: filter.areaCode, lo, hi });
    where.push(`(k.area_key = @area OR (k.area_key >= @lo AND k.area_key < @hi)${filter.withUnknownArea ? " OR k.area_key = ''" : ''})`);
  }
  if (filter.dim) {
    where.push('k.dim = @dim');
    params.dim = filter.dim;
  }
  if (filter.values?.length) {
    where.push(`k.value IN (${filter.values.map((_, i) => `@v${i}`).join(', ')})`);
    filter.values.forEach((v, i) => (params[`v${i}`] = v));
  }
  if (filter.categories?.length) {
    where.push(`k.category IN (${filter.categories.map((_, i) => `@c${i}`).join(', ')})`);
    filter.categories.forEach((c, i) => (params[`c${i}`] = c));
  }
  const sql = `SELECT k.area_key AS areaKey, k.category, k.dim, k.value,
    (SELECT s.level FROM coverage_step s WHERE s.key_id = k.id AND s.day <= @at ORDER BY s.day DESC LIMIT 1) AS n
    FROM coverage_key k ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  return stmt(sqlite, sql).all(params) as CoverageCell[];
}

/** Sum of the cells' counts, and whether any had data by the date. */
export function sumCells(cells: readonly CoverageCell[]): { n: number; hasData: boolean } {
  let n = 0;
  let hasData = false;
  for (const c of cells) {
    if (c.n !== null) {
      hasData = true;
      n += c.n;
    }
  }
  return { n, hasData };
}
