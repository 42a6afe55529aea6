import type { FilterModel } from 'ag-grid-community';
import type { PeopleFilter } from '../../../core/api/coverage.ts';

// The people behind a coverage figure: the figure's filter (PeopleFilter) carried to the worker
// register in the address, and turned there into the grid's filter model for the columns the
// grid has. The address is the one format both sides share; this module owns it.

const workersPath = '/register/pekerja';
const keys = ['at', 'areaCode', 'segment', 'sector', 'category', 'funding', 'programmeUid'] as const;
const marker = 'cakupan';

/** '/register/pekerja?cakupan=<label>&at=…&areaCode=…&segment=…'. */
export function peoplePath(filter: PeopleFilter, label: string): string {
  const params = new URLSearchParams({ [marker]: label });
  for (const key of keys) {
    const value = filter[key];
    if (value !== undefined) params.set(key, value);
  }
  return `${workersPath}?${params.toString()}`;
}

/** The filter a coverage link carried, with the figure's label; null for an address without one. */
export function peopleFilterOf(params: URLSearchParams): { label: string; filter: PeopleFilter } | null {
  const label = params.get(marker);
  const at = params.get('at');
  const areaCode = params.get('areaCode');
  if (label === null || !at || !areaCode) return null;
  const filter: PeopleFilter = { at, areaCode };
  for (const key of ['segment', 'sector', 'category', 'funding', 'programmeUid'] as const) {
    const value = params.get(key);
    if (value !== null) filter[key] = value;
  }
  return { label, filter };
}

const set = (values: (string | null)[]) => ({ filterType: 'set', values });
/** Region codes by level: 51 province, 51.01 kab/kota, 51.01.01 kecamatan, 51.01.01.2001 desa. */
const levelOf = (code: string) => code.split('.').length;

/**
 * The worker grid's filter model for a coverage filter: active participants (today's status:
 * the grid has no status at a date yet), live records, the kecamatan or desa, the segment and
 * the category ('' = none recorded). A province or kab/kota is the register's whole area.
 */
export function gridFilterOf(filter: PeopleFilter): FilterModel {
  const model: FilterModel = { recordStatus: set(['aktif']), statusToday: set(['aktif']) };
  const level = levelOf(filter.areaCode);
  if (level === 3) model.kecamatanCode = set([filter.areaCode]);
  if (level === 4) model.desaCode = set([filter.areaCode]);
  if (filter.segment) model.segment = set([filter.segment]);
  if (filter.category !== undefined) model.category = set(filter.category === '' ? [null, ''] : [filter.category]);
  return model;
}

/** This computer's day as 'YYYY-MM-DD' (the office's machine keeps the office's clock). */
const localToday = () => new Date().toLocaleDateString('sv-SE');

/**
 * The parts of the filter the grid cannot apply yet (they need server-side filters): the day,
 * unless it is today (the grid's status is today's), sector, funding and programme.
 */
export function unappliedParts(filter: PeopleFilter, today: string = localToday()): ('at' | 'sector' | 'funding' | 'programmeUid')[] {
  return (['at', 'sector', 'funding', 'programmeUid'] as const).filter((key) => filter[key] !== undefined && !(key === 'at' && filter.at === today));
}
