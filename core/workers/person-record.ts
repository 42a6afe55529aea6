import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import type { participationPeriod, person } from '../../db/schema/index.ts';
import type { ProgrammeCode } from '../api/employers.ts';
import type { Period, Person } from '../api/workers.ts';
import { periodProgramme } from '../programmes/period-programme.ts';
import { jsonList, regionName } from '../registers/record-fields.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import { dayText } from '../exports/export-cells.ts';
import { inBoth } from '../messages.ts';
import { listLabel } from '../coverage/labels.ts';

// Between the table rows and the contract's Person and Period: region and employer names.
export type PersonTableRow = typeof person.$inferSelect;
export type PeriodTableRow = typeof participationPeriod.$inferSelect;

export function toPerson(sqlite: Sqlite, row: PersonTableRow): Person {
  const { nameFold: _f, importBatchId: _i, ...rest } = row;
  return { ...rest, kpj: rest.kpj ?? '', kecamatanName: regionName(sqlite, row.kecamatanCode), desaName: regionName(sqlite, row.desaCode) };
}

/** How a period reads in the person's history ("PU 2024-01-01 – … · PT Tirta · JKK, JKM"): their audit rows and the periods an import added. */
export function periodLine(sqlite: Sqlite, row: PeriodTableRow): string {
  const p = toPeriod(sqlite, row);
  return [`${p.segment} ${p.startDate} – ${p.endDate ?? '…'}`, p.employerName, p.programmes.join(', '), p.funding, p.programmeName].filter(Boolean).join(' · ');
}

const isoDay = /\b\d{4}-\d{2}-\d{2}\b/g;

/** What a person's audit snapshot keeps of each period: its line, and the fields of it the line reads (to rebuild history from). */
export interface KeptPeriod {
  uid: string;
  line: string;
  row: Record<string, unknown>;
}

/** What of a period its line reads: all a snapshot keeps (no wage, income or KPJ in the audit log for this). */
const lineFields = ['segment', 'startDate', 'endDate', 'employerId', 'programmes', 'funding', 'programmeId'] as const;

export const keptPeriods = (sqlite: Sqlite, periods: PeriodTableRow[]): KeptPeriod[] =>
  periods.map((p) => ({ uid: p.uid, line: periodLine(sqlite, p), row: Object.fromEntries(lineFields.map((f) => [f, p[f]])) }));

/** A period's row as a person's audit snapshot kept it (older snapshots kept the lines alone). */
export const keptPeriodRow = (value: unknown, uid: string): Record<string, unknown> | undefined =>
  Array.isArray(value) ? (value as KeptPeriod[]).find((p) => p.uid === uid)?.row : undefined;

/**
 * Period lines as periodLine makes them (ISO days, the funding source's code: the same in any
 * language) in the words on screen: days as dd/mm/yyyy, the funding source by the office's label
 * for it. Takes a line, lines, or a snapshot's kept periods.
 */
export function periodLinesInWords(sqlite: Sqlite, value: unknown): LocalizedText {
  const lines = Array.isArray(value) ? (value as KeptPeriod[]).map((p) => p.line).join('\n') : String(value);
  // A part that is no funding code reads as itself (listLabel gives the code back).
  const parts = lines.split('\n').map((line) => line.split(' · ').map((part) => listLabel(sqlite, 'funding_source', part)));
  return inBoth((language) => parts.map((line) => line.map((part) => part[language].replace(isoDay, dayText)).join(' · ')).join('\n'));
}

export function toPeriod(sqlite: Sqlite, row: PeriodTableRow): Period {
  const programme = periodProgramme(sqlite, row.programmeId);
  const employer = row.employerId ? (stmt(sqlite, 'SELECT uid, name, npp FROM employer WHERE id = ?').get(row.employerId) as { uid: string; name: string; npp: string | null } | undefined) : undefined;
  return {
    uid: row.uid,
    segment: row.segment,
    employerUid: employer?.uid ?? null,
    employerName: employer?.name ?? null,
    employerNpp: employer?.npp ?? null,
    kpj: row.kpj ?? '',
    programmes: jsonList<ProgrammeCode>(row.programmes),
    startDate: row.startDate,
    endDate: row.endDate,
    wage: row.wage,
    declaredIncome: row.declaredIncome,
    funding: row.funding,
    programmeUid: programme?.uid ?? null,
    programmeName: programme?.name ?? null,
    source: row.source,
    sourceDate: row.sourceDate,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the audit log keeps of a row: its columns without internal keys. */
export function auditView(row: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const { id: _id, nameFold: _f, createdAt: _c, updatedAt: _u, importBatchId: _b, ...view } = row;
  return view;
}

/** The columns of a person every save writes (drizzle keys), for the import's set-based write. */
export const personWrites = [
  'nik', 'name', 'nameFold', 'sex', 'birthDate', 'sexTyped', 'birthDateTyped', 'identityMismatch', 'address', 'kecamatanCode', 'desaCode',
  'phone', 'occupation', 'category', 'kpj', 'notes',
] as const;
export const periodWrites = ['segment', 'employerId', 'kpj', 'programmes', 'startDate', 'endDate', 'wage', 'declaredIncome', 'funding', 'source', 'sourceDate', 'programmeId'] as const;
