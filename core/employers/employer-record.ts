import { stmt } from '../../db/statements.ts';
import type { Employer, EmployerValues } from '../api/employers.ts';
import type { employer } from '../../db/schema/index.ts';
import type { Sqlite } from '../../db/open.ts';
import { foldText } from '../../db/fold.ts';
import { jsonList, regionName } from '../registers/record-fields.ts';

// Between the table row and the contract's Employer: JSON arrays, joined names.
export type EmployerTableRow = typeof employer.$inferSelect;

export function toEmployer(sqlite: Sqlite, row: EmployerTableRow): Employer {
  const headOffice = row.headOfficeId
    ? (stmt(sqlite, 'SELECT uid, name FROM employer WHERE id = ?').get(row.headOfficeId) as { uid: string; name: string } | undefined)
    : undefined;
  const { nameFold: _f, headOfficeId: _h, importBatchId: _i, kbliCodes, bpjsProgrammes, ...rest } = row;
  return {
    ...rest,
    legalForm: rest.legalForm as Employer['legalForm'],
    nib: rest.nib ?? '',
    npwp: rest.npwp ?? '',
    npp: rest.npp ?? '',
    kbliCodes: jsonList<string>(kbliCodes),
    bpjsProgrammes: jsonList<Employer['bpjsProgrammes'][number]>(bpjsProgrammes),
    headOfficeUid: headOffice?.uid ?? null,
    headOfficeName: headOffice?.name ?? null,
    kecamatanName: regionName(sqlite, row.kecamatanCode),
    desaName: regionName(sqlite, row.desaCode),
  };
}

/** The columns every save writes (toColumns' keys), for set-based writes. */
export const writtenColumns = [
  'name', 'nameFold', 'legalForm', 'nib', 'npwp', 'npp', 'kbliCodes', 'kbliSection', 'businessScale', 'address', 'kecamatanCode', 'desaCode',
  'officeType', 'headOfficeId', 'startDate', 'ownerName', 'contactPhone', 'contactEmail', 'workersTotal', 'workersMale', 'workersFemale', 'workersPkwtt',
  'workersPkwt', 'workersHarianLepas', 'workersBorongan', 'workersForeign', 'wlkpNumber', 'wlkpDate', 'bpjsStatus', 'bpjsProgrammes',
  'bpjsInfoDate', 'notes',
] as const satisfies readonly (keyof ReturnType<typeof toColumns>)[];

/** The columns a save writes, from validated input (identity numbers empty → NULL so UNIQUE checks ignore them). */
export function toColumns(values: EmployerValues, extra: { kbliSection: string | null; headOfficeId: number | null }) {
  return {
    name: values.name,
    nameFold: foldText(values.name) ?? '',
    legalForm: values.legalForm,
    nib: values.nib || null,
    npwp: values.npwp || null,
    npp: values.npp || null,
    kbliCodes: JSON.stringify(values.kbliCodes),
    kbliSection: extra.kbliSection,
    businessScale: values.businessScale,
    address: values.address,
    kecamatanCode: values.kecamatanCode,
    desaCode: values.desaCode,
    officeType: values.officeType,
    headOfficeId: extra.headOfficeId,
    startDate: values.startDate,
    ownerName: values.ownerName,
    contactPhone: values.contactPhone,
    contactEmail: values.contactEmail,
    workersTotal: values.workersTotal,
    workersMale: values.workersMale,
    workersFemale: values.workersFemale,
    workersPkwtt: values.workersPkwtt,
    workersPkwt: values.workersPkwt,
    workersHarianLepas: values.workersHarianLepas,
    workersBorongan: values.workersBorongan,
    workersForeign: values.workersForeign,
    wlkpNumber: values.wlkpNumber,
    wlkpDate: values.wlkpDate,
    bpjsStatus: values.bpjsStatus,
    bpjsProgrammes: JSON.stringify(values.bpjsProgrammes),
    bpjsInfoDate: values.bpjsInfoDate,
    notes: values.notes,
  };
}

/** Internal keys the audit log leaves out of a record. */
export const auditOmit = ['id', 'nameFold', 'createdAt', 'updatedAt', 'importBatchId'] as const;

/** What the audit log keeps of a record: its columns without internal keys. */
export function auditView(row: EmployerTableRow | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const view: Record<string, unknown> = { ...row };
  for (const key of auditOmit) delete view[key];
  return view;
}
