import { eq } from 'drizzle-orm';
import { stmt } from '../../../db/statements.ts';
import { selectRowById } from '../../../db/fast-write.ts';
import type { EmployerValues } from '../../api/employers.ts';
import type { WriteScope } from '../../audit/write.ts';
import type { ServiceContext } from '../../context.ts';
import { employer, employerFollowUp } from '../../../db/schema/index.ts';
import { auditView, toEmployer, type EmployerTableRow } from '../../employers/employer-record.ts';
import { prepareEmployerWrite, writeEmployer } from '../../employers/employer-service.ts';
import type { RegisterImporter } from '../register-importer.ts';
import { convertEmployerRow } from './employer-row.ts';
import { employerFields } from './employer-fields.ts';

// The employer register's side of the shared import pipeline: how a row becomes a record,
// which record it matches, what changed, how to write and how to undo.

/** Import field -> the EmployerValues keys it fills. */
const fills: Record<string, (keyof EmployerValues)[]> = {
  kbli: ['kbliCodes'],
  kecamatan: ['kecamatanCode'],
  desa: ['desaCode', 'kecamatanCode'],
};
const matchSql = {
  nib: "SELECT id FROM employer WHERE nib = ? AND record_status <> 'dihapus' LIMIT 1",
  npwp: "SELECT id FROM employer WHERE npwp = ? AND record_status <> 'dihapus' LIMIT 1",
  npp: "SELECT id FROM employer WHERE npp = ? AND record_status <> 'dihapus' LIMIT 1",
};

const valueKeys = (field: string) => fills[field] ?? [field as keyof EmployerValues];

function valuesOf(sqlite: ServiceContext['sqlite'], row: EmployerTableRow): EmployerValues {
  const e = toEmployer(sqlite, row);
  const { id: _i, kbliSection: _k, kecamatanName: _kn, desaName: _dn, headOfficeName: _hn, recordStatus: _r, statusReason: _sr, statusDate: _sd, createdAt: _c, updatedAt: _u, ...values } = e;
  return { ...values, confirmSimilarName: true } as EmployerValues;
}

export const employerImporter: RegisterImporter<EmployerValues, EmployerTableRow> = {
  register: 'employer',
  fields: employerFields,

  convert(ctx, cells, officeArea) {
    const { values, issues } = convertEmployerRow(ctx, cells, officeArea);
    return { values, issues, label: values?.name ?? String(cells.name ?? '') };
  },

  identityKeys(values) {
    return [
      ['NIB', values.nib],
      ['NPWP', values.npwp],
      ['NPP', values.npp],
    ].filter((k): k is [string, string] => Boolean(k[1]));
  },

  match(ctx, values) {
    // NIB wins over NPWP over NPP; each is one lookup on its own index (an OR of the three
    // made SQLite scan the table, once per imported row).
    for (const field of ['nib', 'npwp', 'npp'] as const) {
      if (!values[field]) continue;
      const id = stmt(ctx.sqlite, matchSql[field]).pluck().get(values[field]) as number | undefined;
      if (id !== undefined) return selectRowById(ctx.sqlite, employer, id);
    }
    return undefined;
  },

  plan(ctx, values, provided, existing, officeArea) {
    // An import never erases: fields not in the file (or blank) keep what the record has.
    const merged: EmployerValues = existing ? { ...valuesOf(ctx.sqlite, existing) } : { ...values };
    if (existing) for (const field of provided) for (const key of valueKeys(field)) (merged as Record<string, unknown>)[key] = values[key];
    const columns = prepareEmployerWrite(ctx, merged, existing?.id ?? null, officeArea);
    if (!existing) return { columns, changed: Object.keys(columns) };
    const changed = Object.entries(columns)
      .filter(([k, v]) => k !== 'nameFold' && JSON.stringify((existing as Record<string, unknown>)[k] ?? null) !== JSON.stringify(v ?? null))
      .map(([k]) => k);
    return { columns, changed };
  },

  write(ctx, scope: WriteScope, plan, existing, batchId) {
    const row = writeEmployer(ctx, scope, plan.columns as Parameters<typeof writeEmployer>[2], existing, { importBatchId: batchId, action: existing ? 'import-update' : 'import-create' });
    return { uid: row.uid, updatedAt: row.updatedAt, before: existing ? JSON.stringify(existing) : null };
  },

  undo(ctx, scope, change) {
    const row = ctx.db.select().from(employer).where(eq(employer.uid, change.entityUid)).get();
    if (!row) return null;
    if (row.updatedAt !== change.afterUpdatedAt) return { blocked: `"${row.name}" sudah diubah setelah impor`, blockedEn: `"${row.name}" was changed after the import` };
    if (change.action === 'insert') {
      const followUps = ctx.db.select().from(employerFollowUp).where(eq(employerFollowUp.employerId, row.id)).all();
      const branches = ctx.db.select().from(employer).where(eq(employer.headOfficeId, row.id)).all();
      if (followUps.length || branches.length) return { blocked: `"${row.name}" sudah punya tindak lanjut atau cabang`, blockedEn: `"${row.name}" already has follow-ups or branches` };
      scope.db.delete(employer).where(eq(employer.id, row.id)).run();
      scope.audit({ action: 'undo-import', entity: 'employer', entityUid: row.uid, before: auditView(row), after: null });
      return null;
    }
    const before = JSON.parse(change.before ?? '{}') as EmployerTableRow;
    const { id: _id, uid: _uid, createdAt: _c, ...restorable } = before;
    const after = scope.db.update(employer).set(restorable).where(eq(employer.id, row.id)).returning().get();
    scope.audit({ action: 'undo-import', entity: 'employer', entityUid: row.uid, before: auditView(row), after: auditView(after) });
    return null;
  },
};
