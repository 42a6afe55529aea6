import { stmt } from '../../../db/statements.ts';
import { selectRowById } from '../../../db/fast-write.ts';
import type { EmployerValues } from '../../api/employers.ts';
import type { RegionResolution } from '../../api/regions.ts';
import type { ServiceContext } from '../../context.ts';
import { employer } from '../../../db/schema/index.ts';
import { auditOmit, toEmployer, writtenColumns, type EmployerTableRow } from '../../employers/employer-record.ts';
import { prepareEmployerWrite } from '../../employers/employer-service.ts';
import { resolveRegion, warmRegionResolver } from '../../reference/regions/region-service.ts';
import { regionLevel } from '../../employers/employer-checks.ts';
import type { RegisterImporter } from '../register-importer.ts';
import { convertEmployerRow, type RegionLookup } from './employer-row.ts';
import { employerFields } from './employer-fields.ts';

// The employer register's side of the shared import pipeline: how a row becomes a record,
// which record it matches, what changed, how to write and how to undo.

/** Import field -> the EmployerValues keys it fills. */
const fills: Record<string, (keyof EmployerValues)[]> = {
  kbli: ['kbliCodes'],
  kecamatan: ['kecamatanCode'],
  desa: ['desaCode', 'kecamatanCode'],
};
// NIB wins over NPWP over NPP; each is one lookup on its own index (an OR of the three
// made SQLite scan the table). One statement asks them in turn: coalesce() stops at the first.
const matchSql = `SELECT coalesce(
    (SELECT id FROM employer WHERE nib = ? AND record_status <> 'dihapus' LIMIT 1),
    (SELECT id FROM employer WHERE npwp = ? AND record_status <> 'dihapus' LIMIT 1),
    (SELECT id FROM employer WHERE npp = ? AND record_status <> 'dihapus' LIMIT 1))`;

const valueKeys = (field: string) => fills[field] ?? [field as keyof EmployerValues];

function valuesOf(sqlite: ServiceContext['sqlite'], row: EmployerTableRow): EmployerValues {
  const e = toEmployer(sqlite, row);
  const { id: _i, kbliSection: _k, kecamatanName: _kn, desaName: _dn, headOfficeName: _hn, recordStatus: _r, statusReason: _sr, statusDate: _sd, createdAt: _c, updatedAt: _u, ...values } = e;
  return { ...values, confirmSimilarName: true } as EmployerValues;
}

/** Region text resolved once per distinct text and scope: a file repeats its kecamatan names. */
function cachedRegionLookup(ctx: ServiceContext): RegionLookup {
  const cache = new Map<string, RegionResolution>();
  return (input) => {
    const key = `${input.level}|${input.withinCode ?? ''}|${input.text}`;
    let found = cache.get(key);
    if (!found) {
      found = resolveRegion(ctx, input);
      if (cache.size >= 10_000) cache.clear();
      cache.set(key, found);
    }
    return found;
  };
}

/** A region code's level, asked once per code in a run. */
function cachedLevels(ctx: ServiceContext): (code: string) => number | undefined {
  const levels = new Map<string, number | undefined>();
  return (code) => {
    if (!levels.has(code)) levels.set(code, regionLevel(ctx.sqlite, code));
    return levels.get(code);
  };
}

export const employerImporter: RegisterImporter<EmployerValues, EmployerTableRow> = {
  register: 'employer',
  fields: employerFields,
  table: employer,
  entity: 'employer',
  labelKey: 'name',
  writes: writtenColumns,
  auditOmit,

  session(ctx, officeArea) {
    warmRegionResolver(ctx); // while the parse worker starts, not on the first row
    const regions = cachedRegionLookup(ctx);
    const levelOf = cachedLevels(ctx);
    return {
      convert(cells) {
        const { values, issues } = convertEmployerRow(regions, cells, officeArea);
        return { values, issues, label: values?.name ?? String(cells.name ?? '') };
      },

      match(values) {
        const id = stmt(ctx.sqlite, matchSql).pluck().get(values.nib || null, values.npwp || null, values.npp || null) as number | null;
        return id === null ? undefined : selectRowById(ctx.sqlite, employer, id);
      },

      plan(values, provided, existing, matched = false) {
        // An import never erases: fields not in the file (or blank) keep what the record has.
        const merged: EmployerValues = existing ? { ...valuesOf(ctx.sqlite, existing) } : { ...values };
        if (existing) for (const field of provided) for (const key of valueKeys(field)) (merged as Record<string, unknown>)[key] = values[key];
        // No match for any of its identity numbers: they are unique already, no need to ask again.
        const columns = prepareEmployerWrite(ctx, merged, existing?.id ?? null, officeArea, { idsKnownUnique: matched && !existing, levelOf });
        if (!existing) return { columns, changed: Object.keys(columns) };
        const changed = Object.entries(columns)
          .filter(([k, v]) => k !== 'nameFold' && JSON.stringify((existing as Record<string, unknown>)[k] ?? null) !== JSON.stringify(v ?? null))
          .map(([k]) => k);
        return { columns, changed };
      },

      valuesOf(columns) {
        return valuesOf(ctx.sqlite, columns as EmployerTableRow);
      },
    };
  },

  identityKeys(values) {
    return [
      ['NIB', values.nib],
      ['NPWP', values.npwp],
      ['NPP', values.npp],
    ].filter((k): k is [string, string] => Boolean(k[1]));
  },

  undoBlocker: {
    // head_office_id has no index: IN (...) lists the head offices once, where a correlated
    // EXISTS scanned the whole register for every imported record (20,000 rows: 165 s).
    sql: 'EXISTS (SELECT 1 FROM employer_follow_up f WHERE f.employer_id = e.id) OR e.id IN (SELECT b.head_office_id FROM employer b WHERE b.head_office_id IS NOT NULL)',
    reason: { id: 'sudah punya tindak lanjut atau cabang', en: 'already has follow-ups or branches' },
  },
};
