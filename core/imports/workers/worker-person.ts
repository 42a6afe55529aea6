import { foldText } from '../../../db/fold.ts';
import { personWrites, type PersonTableRow } from '../../workers/person-record.ts';
import { identityDisagreements } from '../../workers/person-nik.ts';
import type { WorkerImportValues } from './worker-row.ts';
import { desaFitsKecamatan } from '../kept-desa.ts';

// A list row's person as columns over what the register has (never erasing what the row left
// blank): the import's plan and the identity review's "use the file's data" write the same.

/** Import field -> the person's columns it fills (drizzle keys). */
const fills: Record<string, string[]> = {
  name: ['name'], sex: ['sexTyped'], birthDate: ['birthDateTyped'], address: ['address'], kecamatan: ['kecamatanCode'], desa: ['desaCode', 'kecamatanCode'],
  phone: ['phone'], occupation: ['occupation'], category: ['category'], kpj: ['kpj'],
};

type Current = Omit<PersonTableRow, 'identityMismatch'> & { identityMismatch: number | boolean };

/** The person's written columns (drizzle keys, the flag as 0/1): a new person, or `current` with what the row filled. */
export function personColumnsFromRow(values: WorkerImportValues, provided: ReadonlySet<string>, current: Current | undefined): Record<string, unknown> {
  const fromRow: Record<string, unknown> = {
    nik: values.nik, name: values.name, nameFold: foldText(values.name) ?? '',
    sex: values.sex, birthDate: values.birthDate, sexTyped: values.sexTyped, birthDateTyped: values.birthDateTyped, address: values.address,
    kecamatanCode: values.kecamatanCode, desaCode: values.desaCode, phone: values.phone, occupation: values.occupation, category: values.category, kpj: values.kpj || null,
  };
  const columns: Record<string, unknown> = current ? Object.fromEntries(personWrites.map((k) => [k, current[k as keyof Current]])) : { ...fromRow, notes: '' };
  if (current) {
    for (const field of provided) for (const key of fills[field] ?? []) columns[key] = fromRow[key];
    // Another kecamatan without a desa: the desa on record goes when it is not in it, as the form drops it.
    if (provided.has('kecamatan') && !provided.has('desa') && !desaFitsKecamatan(columns.kecamatanCode as string | null, columns.desaCode as string | null)) columns.desaCode = null;
    // An all-caps list does not turn the register's name into capitals, nor count as a change
    // (walk 34: "AGUS AISYAH" over "Agus Aisyah"); a name the register has in capitals takes the list's mixed case.
    if (provided.has('name') && sameButCase(values.name, current.name) && !isAllCaps(current.name)) columns.name = current.name;
    // A typed sex or birth date that says what the NIK says adds nothing where none was typed: not a change.
    if (current.sexTyped === null && values.sexTyped === values.sex) columns.sexTyped = null;
    if (current.birthDateTyped === null && values.birthDateTyped === values.birthDate) columns.birthDateTyped = null;
    columns.nameFold = foldText(columns.name as string) ?? '';
    columns.sex = values.sex;
    columns.birthDate = values.birthDate;
  }
  columns.identityMismatch = identityDisagreements(
    { sex: columns.sex as 'L' | 'P' | null, birthDate: columns.birthDate as string | null },
    { sexTyped: columns.sexTyped as 'L' | 'P' | null, birthDateTyped: columns.birthDateTyped as string | null },
  ).length ? 1 : 0;
  return columns;
}

const sameButCase = (a: string, b: string) => a !== b && a.toLocaleLowerCase('id') === b.toLocaleLowerCase('id');
const isAllCaps = (name: string) => name === name.toLocaleUpperCase('id') && name !== name.toLocaleLowerCase('id');

/** What a review row keeps of the file's row: its values and which fields it filled. */
export interface ReviewedRow {
  values: WorkerImportValues;
  provided: string[];
}

export const reviewValuesJson = (values: WorkerImportValues, provided: ReadonlySet<string>) => JSON.stringify({ values, provided: [...provided].sort() } satisfies ReviewedRow);
