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
const count = z.number().int(v.invalid).min(0, v.invalid).max(maxWorkerCount, v.invalid).default(0);
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
  workersTotal: number;
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
  branches: { uid: string; name: string }[];
}

