import { stmt } from '../../db/statements.ts';
import type { EmployerRow, StatusCounts } from '../api/employers.ts';
import { bpjsStatuses } from '../api/employers.ts';
import type { GridPage } from '../api/grid.ts';
import { utcOffsetMinutesOf } from '../api/office-profile.ts';
import type { ServiceContext } from '../context.ts';
import type { GridSpec } from '../grid/grid-spec.ts';
import { ftsMatchQuery } from '../grid/fts-query.ts';
import { queryGrid, whereOf, type ParsedGridRequest } from '../grid/query-grid.ts';
import { officeSettings } from '../settings/office-profile-service.ts';

const select = `e.id, e.uid, e.name, e.legal_form AS legalForm, e.nib, e.npwp, e.npp, e.kbli_section AS kbliSection,
  json_extract(e.kbli_codes, '$[0]') AS kbliMain, e.business_scale AS businessScale,
  e.kecamatan_code AS kecamatanCode, k.name AS kecamatanName, e.desa_code AS desaCode, d.name AS desaName,
  e.bpjs_status AS bpjsStatus, e.workers_total AS workersTotal, e.office_type AS officeType,
  e.start_date AS startDate, e.wlkp_date AS wlkpDate, e.bpjs_info_date AS bpjsInfoDate, e.record_status AS recordStatus, e.updated_at AS updatedAt`;

export const employerGridSpec: GridSpec = {
  from: 'employer e LEFT JOIN region k ON k.code = e.kecamatan_code LEFT JOIN region d ON d.code = e.desa_code',
  countFrom: 'employer e',
  select,
  primaryKey: 'e.id',
  defaultSort: [{ colId: 'name', sort: 'asc' }],
  columns: {
    name: { sql: 'e.name_fold', type: 'text', notNull: true },
    legalForm: { lowCardinality: true, sql: 'e.legal_form', type: 'set' },
    nib: { sql: 'e.nib', type: 'text' },
    npwp: { sql: 'e.npwp', type: 'text' },
    npp: { sql: 'e.npp', type: 'text' },
    kbliSection: { lowCardinality: true, sql: 'e.kbli_section', type: 'set' },
    kbliMain: { sql: "json_extract(e.kbli_codes, '$[0]')", type: 'text' },
    businessScale: { lowCardinality: true, sql: 'e.business_scale', type: 'set' },
    kecamatanCode: { sql: 'e.kecamatan_code', type: 'set' },
    desaCode: { sql: 'e.desa_code', type: 'set' },
    bpjsStatus: { sql: 'e.bpjs_status', type: 'set', notNull: true, lowCardinality: true },
    // NULL is unknown: sorted last either way, matched by no number condition (blank aside).
    workersTotal: { sql: 'e.workers_total', type: 'number' },
    officeType: { lowCardinality: true, sql: 'e.office_type', type: 'set' },
    startDate: { sql: 'e.start_date', type: 'date' },
    wlkpDate: { sql: 'e.wlkp_date', type: 'date' },
    bpjsInfoDate: { sql: 'e.bpjs_info_date', type: 'date' },
    recordStatus: { sql: 'e.record_status', type: 'set', notNull: true, lowCardinality: true },
    updatedAt: { sql: 'e.updated_at', type: 'datetime', notNull: true },
  },
  quickSearch: (term) => {
    const match = ftsMatchQuery(term);
    return match ? { sql: 'e.id IN (SELECT rowid FROM employer_fts WHERE employer_fts MATCH ?)', params: [match] } : null;
  },
};

const offset = (ctx: ServiceContext) => utcOffsetMinutesOf[officeSettings(ctx).timeZone];

export function listEmployers(ctx: ServiceContext, request: ParsedGridRequest): GridPage<EmployerRow> {
  return queryGrid<EmployerRow>(ctx.sqlite, employerGridSpec, request, offset(ctx));
}

/** How many records of each BPJS status match the current filters (the status filter itself aside). */
export function countByStatus(ctx: ServiceContext, request: Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'>): StatusCounts {
  const { bpjsStatus: _ignored, ...filterModel } = request.filterModel;
  const where = whereOf(employerGridSpec, { startRow: 0, endRow: 1, sortModel: [], filterModel, quickSearch: request.quickSearch }, offset(ctx));
  const rows = stmt(ctx.sqlite, `SELECT e.bpjs_status AS status, count(*) AS n FROM ${employerGridSpec.countFrom} ${where.sql} GROUP BY e.bpjs_status`).all(...where.params) as {
    status: string;
    n: number;
  }[];
  const counts = Object.fromEntries(bpjsStatuses.map((s) => [s, 0])) as StatusCounts;
  counts.total = 0;
  for (const r of rows) {
    counts[r.status as keyof StatusCounts] = r.n;
    counts.total += r.n;
  }
  return counts;
}
