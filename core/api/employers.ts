import { z } from 'zod';
import { v } from './messages.ts';
import { regionCodeSchema } from './reference.ts';

// The employer register's contract: record shape, input schema, grid columns.

export const bpjsStatuses = ['terdaftar', 'pwbd', 'pds_tk', 'pds_upah', 'pds_program'] as const;
export type BpjsStatus = (typeof bpjsStatuses)[number];
export const legalForms = ['PT', 'CV', 'Firma', 'Koperasi', 'Yayasan', 'UD', 'Perorangan', 'BUMN', 'BUMD', 'Lainnya'] as const;
export const programmeCodes = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export const businessScales = ['mikro', 'kecil', 'menengah', 'besar'] as const;
export type BusinessScale = (typeof businessScales)[number];
export type ProgrammeCode = (typeof programmeCodes)[number];

/**
 * Programmes an employer of this scale must join (PP 6/2025 Pasal 4): micro and small JKK,
 * JHT, JKM; medium and large also JP. Scale unknown: the three every employer needs.
 */
export function mandatoryProgrammes(scale: BusinessScale | null | undefined): ProgrammeCode[] {
  return scale === 'menengah' || scale === 'besar' ? ['JKK', 'JKM', 'JHT', 'JP'] : ['JKK', 'JKM', 'JHT'];
}

/**
 * What is missing for a record marked Terdaftar: no NPP, or mandatory programmes not ticked
 * (which is what "PDS program" means). A save asks for confirmation; an import warns.
 */
export type RegistrationFinding =
  | { kind: 'no_npp'; field: 'npp' }
  | { kind: 'missing_programmes'; field: 'bpjsProgrammes'; missing: ProgrammeCode[]; scale: BusinessScale | null };
export const recordStatuses = ['aktif', 'tutup', 'dihapus'] as const;
export type RecordStatus = (typeof recordStatuses)[number];
export const followUpKinds = ['kunjungan', 'pemeriksaan', 'teguran_1', 'teguran_2', 'rekomendasi_bpjs', 'rekomendasi_perizinan'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

/** A real day as 'YYYY-MM-DD': 2026-02-31 has the shape but is no day. */
export const isRealIsoDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
const isoDate = z.string().refine(isRealIsoDate, v.invalid);
const text = (max: number) => z.string().trim().max(max, v.tooLong).default('');
/** The most workers one count may say (a typo guard: the largest employers have ~10^5). */
export const maxWorkerCount = 10_000_000;
/** A count of workers; null is unknown (never 0: 0 is a figure someone gave). */
// A count out of range (or not a whole number, or text) says the range, at its field.
const count = z.number({ error: v.whole0To10Million }).int(v.whole0To10Million).min(0, v.whole0To10Million).max(maxWorkerCount, v.whole0To10Million).nullable().default(null);
const digits = (s: string) => s.replace(/[\s.\-/]/g, '');

/** NIB from OSS: 13 digits. */
export const nibSchema = z
  .string()
  .trim()
  .transform(digits)
  .refine((s) => s === '' || /^\d{13}$/.test(s), v.nib13);
/** NPWP: 15 digits (old format) or 16 (NIK-based, since 2024); punctuation dropped. */
export const npwpSchema = z
  .string()
  .trim()
  .transform(digits)
  .refine((s) => s === '' || /^\d{15,16}$/.test(s), v.npwp);
/** NPP (BPJS employer number): format not published; letters, digits and separators, loosely. */
export const nppSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => s === '' || /^[A-Z0-9][A-Z0-9.\-/ ]{2,29}$/.test(s), v.npp);

export const employerInputSchema = z
  .object({
    uid: z.string().max(80).optional(),
    name: z.string().trim().min(2, v.required).max(200, v.tooLong),
    legalForm: z.union([z.enum(legalForms), z.literal('')]).default(''),
    nib: nibSchema.default(''),
    npwp: npwpSchema.default(''),
    npp: nppSchema.default(''),
    kbliCodes: z.array(z.string().trim().max(10)).max(10).default([]),
    businessScale: z.enum(businessScales).nullable().default(null),
    address: text(500),
    kecamatanCode: regionCodeSchema.nullable().default(null),
    desaCode: regionCodeSchema.nullable().default(null),
    officeType: z.enum(['pusat', 'cabang']).default('pusat'),
    headOfficeUid: z.string().max(80).nullable().default(null),
    startDate: isoDate.nullable().default(null),
    ownerName: text(200),
    contactPhone: z.string().trim().regex(/^(\+?[0-9 ()-]{6,20})?$/, v.phone).default(''),
    contactEmail: z.union([z.literal(''), z.string().trim().max(200, v.tooLong).email(v.email)]).default(''),
    workersTotal: count,
    workersMale: count,
    workersFemale: count,
    workersPkwtt: count,
    workersPkwt: count,
    workersHarianLepas: count,
    workersBorongan: count,
    workersForeign: count,
    wlkpNumber: text(60),
    wlkpDate: isoDate.nullable().default(null),
    bpjsStatus: z.enum(bpjsStatuses).default('pwbd'),
    bpjsProgrammes: z.array(z.enum(programmeCodes)).max(5).default([]),
    bpjsInfoDate: isoDate.nullable().default(null),
    notes: text(2000),
    /** The user saw the similar-name warning and chose to continue. */
    confirmSimilarName: z.boolean().default(false),
    /** The user saw what a Terdaftar record lacks (NPP, mandatory programmes) and kept Terdaftar. */
    confirmRegistrationGaps: z.boolean().optional(),
  })
  .strict();
export type EmployerInput = z.input<typeof employerInputSchema>;
export type EmployerValues = z.output<typeof employerInputSchema>;

export interface Employer extends Omit<EmployerValues, 'confirmSimilarName' | 'confirmRegistrationGaps' | 'uid'> {
  id: number;
  uid: string;
  kbliSection: string | null;
  kecamatanName: string | null;
  desaName: string | null;
  headOfficeName: string | null;
  recordStatus: RecordStatus;
  statusReason: string;
  statusDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A row of the register grid: the columns below, plus ids. */
export interface EmployerRow {
  id: number;
  uid: string;
  name: string;
  legalForm: string;
  nib: string | null;
  npwp: string | null;
  npp: string | null;
  kbliSection: string | null;
  kbliMain: string | null;
  businessScale: string | null;
  kecamatanCode: string | null;
  kecamatanName: string | null;
  desaCode: string | null;
  desaName: string | null;
  bpjsStatus: BpjsStatus;
  /** null: unknown (shown as "—", sorted last, matched by no number filter). */
  workersTotal: number | null;
  officeType: string;
  startDate: string | null;
  wlkpDate: string | null;
  bpjsInfoDate: string | null;
  recordStatus: RecordStatus;
  updatedAt: string;
}

export const employerColumns = [
  'name', 'legalForm', 'nib', 'npwp', 'npp', 'kbliSection', 'kbliMain', 'businessScale', 'kecamatanCode', 'desaCode',
  'bpjsStatus', 'workersTotal', 'officeType', 'startDate', 'wlkpDate', 'bpjsInfoDate', 'recordStatus', 'updatedAt',
] as const;

/** The worker counts of a record: each may be unknown (null). */
export type WorkforceCounts = Pick<
  EmployerValues,
  'workersTotal' | 'workersMale' | 'workersFemale' | 'workersPkwtt' | 'workersPkwt' | 'workersHarianLepas' | 'workersBorongan' | 'workersForeign'
>;
const contractKeys = ['workersPkwtt', 'workersPkwt', 'workersHarianLepas', 'workersBorongan'] as const;

/** male + female when both are known (the split by sex is the complete one), else unknown. */
export const sexSplitSum = (c: Pick<WorkforceCounts, 'workersMale' | 'workersFemale'>): number | null =>
  c.workersMale === null || c.workersFemale === null ? null : c.workersMale + c.workersFemale;

/** The total a record keeps: the one given, else the sum of a complete split by sex, else unknown. */
export const derivedWorkersTotal = (c: Pick<WorkforceCounts, 'workersTotal' | 'workersMale' | 'workersFemale'>): number | null =>
  c.workersTotal ?? sexSplitSum(c);

/**
 * How the splits sit with the total. A split (or the foreign workers) larger than the total
 * is an error: no record can be so. A complete split that falls short of the total is a
 * warning: the figures may come from different dates, the user decides.
 */
export interface WorkforceFinding {
  code: 'sexAboveTotal' | 'contractAboveTotal' | 'foreignAboveTotal' | 'sexBelowTotal' | 'contractBelowTotal' | 'sexSumTooLarge';
  severity: 'error' | 'warning';
  /** The split's sum (or the foreign workers) and the total it is set against. */
  split: number;
  total: number;
}

export function workforceFindings(c: WorkforceCounts): WorkforceFinding[] {
  const total = derivedWorkersTotal(c);
  if (total === null) return [];
  // A total taken from the split must stay within what one count may say.
  if (total > maxWorkerCount) return [{ code: 'sexSumTooLarge', severity: 'error', split: total, total: maxWorkerCount }];
  const findings: WorkforceFinding[] = [];
  const sumOf = (values: (number | null)[]) => ({ sum: values.reduce<number>((a, b) => a + (b ?? 0), 0), complete: values.every((x) => x !== null) });
  const bySex = sumOf([c.workersMale, c.workersFemale]);
  if (bySex.sum > total) findings.push({ code: 'sexAboveTotal', severity: 'error', split: bySex.sum, total });
  else if (bySex.complete && bySex.sum < total) findings.push({ code: 'sexBelowTotal', severity: 'warning', split: bySex.sum, total });
  const byContract = sumOf(contractKeys.map((k) => c[k]));
  if (byContract.sum > total) findings.push({ code: 'contractAboveTotal', severity: 'error', split: byContract.sum, total });
  else if (byContract.complete && byContract.sum < total) findings.push({ code: 'contractBelowTotal', severity: 'warning', split: byContract.sum, total });
  if (c.workersForeign !== null && c.workersForeign > total) findings.push({ code: 'foreignAboveTotal', severity: 'error', split: c.workersForeign, total });
  return findings;
}

/** NPWP as it is printed: 15 digits as 01.234.567.8-901.000; 16 digits (NIK-based, since 2024) as they are. */
export function formatNpwp(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{2})(\d{3})(\d{3})(\d)(\d{3})(\d{3})$/.exec(value);
  return m ? `${m[1]}.${m[2]}.${m[3]}.${m[4]}-${m[5]}.${m[6]}` : value;
}

export const setStatusInput = z
  .object({ uid: z.string().max(80), recordStatus: z.enum(recordStatuses), reason: z.string().trim().max(500, v.tooLong) })
  .strict()
  .refine((x) => x.recordStatus === 'aktif' || x.reason.length >= 3, { message: v.reasonRequired, path: ['reason'] });

export interface FollowUp {
  id: number;
  uid: string;
  employerUid: string;
  employerName: string;
  /** The employer's record status: a closed firm's letters are no longer worth chasing. */
  employerStatus: RecordStatus;
  kind: FollowUpKind;
  date: string;
  letterNumber: string;
  dueDate: string | null;
  outcome: string;
  done: boolean;
  notes: string;
}

export const followUpInputSchema = z
  .object({
    uid: z.string().max(80).optional(),
    employerUid: z.string().max(80),
    kind: z.enum(followUpKinds),
    date: isoDate,
    letterNumber: text(100),
    dueDate: isoDate.nullable().default(null),
    outcome: text(1000),
    done: z.boolean().default(false),
    notes: text(2000),
  })
  .strict();
export type FollowUpInput = z.input<typeof followUpInputSchema>;

export const followUpsDueInput = z.object({ withinDays: z.number().int().min(0).max(365).default(14), includeOverdue: z.boolean().default(true) }).strict();

export interface EmployerDetail {
  employer: Employer;
  followUps: FollowUp[];
  /** Its branches (not the removed ones), with their status: closing the head office leaves them as they are. */
  branches: { uid: string; name: string; recordStatus: RecordStatus }[];
}

