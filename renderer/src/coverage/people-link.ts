import type { FilterModel } from 'ag-grid-community';
import { coverageFilterValues, type PeopleFilter } from '../../../core/api/coverage.ts';

// The people behind a coverage figure: the figure's filter (PeopleFilter) carried to the worker
// register in the address, and turned there into the grid's filter model. The address is the one format both sides share; this module owns it.

const workersPath = '/register/pekerja';
const keys = ['at', 'areaCode', 'segment', 'sector', 'category', 'funding', 'programmeUid', 'unrecorded'] as const;
const marker = 'cakupan';

/** A frozen month's figure: its people part as frozen, and today's register at the same date (null: not known yet). */
export interface FrozenCount {
  month: string;
  frozen: number;
  now: number | null;
}

/** '/register/pekerja?cakupan=<label>&at=…&areaCode=…&segment=…' (and the frozen count when opened from a frozen month, and lampau=1 for a past date). */
export function peoplePath(filter: PeopleFilter, label: string, frozen: FrozenCount | null = null, past = false): string {
  const params = new URLSearchParams({ [marker]: label });
  for (const key of keys) {
    const value = filter[key];
    if (value !== undefined) params.set(key, value);
  }
  if (filter.withUnknownArea) params.set('withUnknownArea', '1');
  if (frozen) {
    params.set('bekuBulan', frozen.month);
    params.set('bekuOrang', String(frozen.frozen));
    if (frozen.now !== null) params.set('kiniOrang', String(frozen.now));
  }
  if (past) params.set('lampau', '1');
  return `${workersPath}?${params.toString()}`;
}

/** What a coverage link carries to the register: the figure's label and filter, its frozen count, and whether its date is past. */
export interface PeopleLink {
  label: string;
  filter: PeopleFilter;
  frozen: FrozenCount | null;
  past: boolean;
}

const count = (value: string | null) => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

/** The filter a coverage link carried, with the figure's label (and its frozen count); null for an address without one. */
export function peopleFilterOf(params: URLSearchParams): PeopleLink | null {
  const label = params.get(marker);
  const at = params.get('at');
  const areaCode = params.get('areaCode');
  if (label === null || !at || !areaCode) return null;
  const filter: PeopleFilter = { at, areaCode };
  for (const key of ['segment', 'sector', 'category', 'funding', 'programmeUid'] as const) {
    const value = params.get(key);
    if (value !== null) filter[key] = value;
  }
  const unrecorded = params.get('unrecorded');
  if (unrecorded === 'kabkota' || unrecorded === 'kecamatan' || unrecorded === 'desa') filter.unrecorded = unrecorded;
  if (params.get('withUnknownArea') === '1') filter.withUnknownArea = true;
  const month = params.get('bekuBulan');
  const frozenCount = count(params.get('bekuOrang'));
  const frozen = month && frozenCount !== null ? { month, frozen: frozenCount, now: count(params.get('kiniOrang')) } : null;
  return { label, filter, frozen, past: params.get('lampau') === '1' };
}

/**
 * The worker grid's filter model for a coverage figure: its own `coverage` filter (the register's
 * filter-only column), read by the server against the maintained coverage spans, so the list is
 * the figure's count at its date, for any breakdown.
 */
export function gridFilterOf(filter: PeopleFilter): FilterModel {
  return { coverage: { filterType: 'set', values: coverageFilterValues(filter) } };
}
