import { selectRowById } from '../../../db/fast-write.ts';
import { stmt } from '../../../db/statements.ts';
import { regulation } from '../../../db/schema/index.ts';
import type { RegulationValues } from '../../api/regulations.ts';
import type { ServiceContext } from '../../context.ts';
import { prepareRegulationWrite } from '../../regulations/regulation-checks.ts';
import { issuerKey, sameNumbered } from '../../regulations/same-issuer.ts';
import { regulationWrites, type RegulationTableRow } from '../../regulations/regulation-record.ts';
import type { ExistingRecord, RegisterImporter } from '../register-importer.ts';
import { regulationFields } from './regulation-fields.ts';
import { convertRegulationRow } from './regulation-row.ts';
import { officeTodayIso } from '../../reference/nik/nik-service.ts';

// The regulation register's side of the shared import pipeline, for a spreadsheet and for the
// JDIHN JSON alike (its records arrive under these fields). A row matches a record by its JDIHN
// id, else by jenis, number, year and issuing body (same-issuer.ts: spelling aside, a blank body the record's); an import never erases what a row leaves blank.

const byJdihn = "SELECT j.key, r.id FROM json_each(?) AS j JOIN regulation r ON r.jdihn_id = j.value WHERE r.record_status = 'aktif'";

function matchIds(ctx: ServiceContext, rows: readonly (RegulationValues | null)[]): (number | null)[] {
  const ids: (number | null)[] = rows.map(() => null);
  const asked: number[] = [];
  const keys: string[] = [];
  rows.forEach((v, i) => {
    if (v?.jdihnId) {
      asked.push(i);
      keys.push(v.jdihnId);
    }
  });
  if (keys.length) for (const [k, id] of stmt(ctx.sqlite, byJdihn).raw().all(JSON.stringify(keys)) as [number, number][]) ids[asked[k]!] ??= id;
  rows.forEach((v, i) => {
    if (ids[i] === null && v) ids[i] = sameNumbered(ctx.sqlite, v, null)?.id ?? null;
  });
  return ids;
}

function valuesOf(row: RegulationTableRow): Omit<RegulationValues, 'uid'> {
  const { id: _i, uid: _u, titleFold: _f, recordStatus: _r, statusReason: _s, statusDate: _d, importBatchId: _b, createdAt: _c, updatedAt: _up, ...values } = row;
  return values;
}

const existingOf = (row: RegulationTableRow | undefined): ExistingRecord | undefined => (row ? { id: row.id, uid: row.uid, row } : undefined);

export const regulationImporter: RegisterImporter<RegulationValues> = {
  fields: regulationFields,
  tables: [{ key: 'regulation', table: regulation, entity: 'regulation', label: 'judul', writes: regulationWrites, derived: ['titleFold'] }],
  templateName: { key: 'regulations.templateName' },

  session(ctx) {
    const today = officeTodayIso(ctx);
    return {
      convert(cells) {
        const { values, issues } = convertRegulationRow(cells);
        return { values, issues, label: values?.judul ?? String(cells.judul ?? '') };
      },
      match(rows) {
        return matchIds(ctx, rows).map((id) => (id === null ? undefined : existingOf(selectRowById(ctx.sqlite, regulation, id))));
      },
      plan(values, provided, existing) {
        const current = existing?.row as RegulationTableRow | undefined;
        const merged: Omit<RegulationValues, 'uid'> = current ? valuesOf(current) : { ...values };
        if (current) for (const field of provided) (merged as Record<string, unknown>)[field] = (values as Record<string, unknown>)[field];
        const columns = prepareRegulationWrite(ctx.sqlite, merged, current?.id ?? null, today);
        return [{ table: 'regulation', ...(existing ? { target: existing } : {}), columns }];
      },
    };
  },

  fieldOfPath: (path) => (path === 'titleFold' ? 'judul' : path),

  identityKeys(values) {
    return [
      ...(values.jdihnId ? [{ field: 'jdihnId', kind: 'ID JDIHN', value: values.jdihnId }] : []),
      ...(values.nomor && values.tahun ? [{ field: 'nomor', kind: values.singkatanJenis || values.jenis, value: `${values.nomor}/${values.tahun} ${issuerKey(values.teuBadan)}`.trim() }] : []),
    ];
  },

  undoBlocker: {
    table: 'regulation',
    sql: 'EXISTS (SELECT 1 FROM regulation_relation x WHERE x.from_id = e.id OR x.to_id = e.id) OR EXISTS (SELECT 1 FROM regulation_commitment c WHERE c.regulation_id = e.id)',
    reason: { key: 'regulations.import.undoHeld' },
  },
};
