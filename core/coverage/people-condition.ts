import { coverageFilterParts } from '../api/coverage.ts';
import type { ColumnFilter } from '../api/grid.ts';
import { invalidInput } from '../app-error.ts';
import type { SqlFragment } from '../grid/filter-sql.ts';
import { msg } from '../messages.ts';
import { areaRange } from './cells.ts';

// The people behind a coverage figure as a worker-grid filter (the register's `coverage` column):
// those whose maintained coverage span of the figure's key covers its date, so the list is the
// figure's own count, at any date, for any breakdown (segment, sector, funding, programme,
// category). Sent as a set filter of 'name=value' parts: at, area, and at most one of segment,
// sector, funding, programme (its uid), with category where the figure has one.

const parts = coverageFilterParts;
type Part = (typeof parts)[number];
const dimensions = ['segment', 'sector', 'funding', 'programme'] as const;
const unrecordedBelow = { kabkota: 5, kecamatan: 8, desa: 13 } as const;

function parse(colId: string, filter: ColumnFilter): Partial<Record<Part, string>> {
  const bad = () => invalidInput(msg('coverage.errors.peopleFilter'), { column: colId });
  if ('operator' in filter || filter.filterType !== 'set') throw bad();
  const out: Partial<Record<Part, string>> = {};
  for (const value of filter.values) {
    const m = /^([a-z]+)=(.*)$/.exec(value ?? '');
    if (!m || !(parts as readonly string[]).includes(m[1]!)) throw bad();
    out[m[1] as Part] = m[2]!;
  }
  if (!out.at || !/^\d{4}-\d{2}-\d{2}$/.test(out.at) || out.area === undefined || !/^(\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)?$/.test(out.area)) throw bad();
  if (dimensions.filter((d) => out[d] !== undefined).length > 1) throw bad();
  if ((out.unknown !== undefined && out.unknown !== '1') || (out.unrecorded !== undefined && !(out.unrecorded in unrecordedBelow))) throw bad();
  return out;
}

export function coveragePeopleCondition(colId: string, filter: ColumnFilter): SqlFragment {
  const f = parse(colId, filter);
  const dim = dimensions.find((d) => f[d] !== undefined) ?? 'total';
  // A programme is named by its uid; its keys hold its id.
  const where = ['k.dim = ?', dim === 'programme' ? 'k.value = (SELECT CAST(id AS TEXT) FROM worker_programme WHERE uid = ?)' : 'k.value = ?'];
  const params: unknown[] = [dim, dim === 'total' ? '' : f[dim]];
  const unknown = f.unknown === '1' ? " OR k.area_key = ''" : ''; // no domicile recorded: the office's own area
  if (f.area) {
    const { lo, hi } = areaRange(f.area);
    const within = `(k.area_key = ? OR (k.area_key >= ? AND k.area_key < ?))`;
    params.push(f.area, lo, hi);
    if (f.unrecorded) {
      // A "not recorded" figure: domicile known only above the level (a kab/kota 5, kecamatan 8, desa 13 characters).
      where.push(`((${within} AND length(k.area_key) < ?)${unknown})`);
      params.push(unrecordedBelow[f.unrecorded as keyof typeof unrecordedBelow]);
    } else where.push(`(${within}${unknown})`);
  } else if (f.unrecorded) where.push("k.area_key = ''");
  if (f.category !== undefined) {
    where.push('k.category = ?');
    params.push(f.category);
  }
  // From the figure's keys to their spans at the date (coverage_span_key_idx), never person by person.
  return {
    sql: `w.id IN (SELECT s.person_id FROM coverage_key k JOIN coverage_span s ON s.key_id = k.id WHERE ${where.join(' AND ')} AND s.start_day <= ? AND s.end_day >= ?)`,
    params: [...params, f.at, f.at],
  };
}
