import { z } from 'zod';
import { isRealIsoDate, programmeCodes, type ProgrammeCode } from './employers.ts';
import { v } from './messages.ts';
import { money } from './programmes.ts';
import type { Message } from './messages/message.ts';
import { regionCodeSchema } from './reference.ts';
import { readPhone } from './phone.ts';

// The worker register's contract (Pekerja): a person, their participation periods, statuses.

export const segments = ['PU', 'BPU', 'JAKON', 'PMI'] as const;
export type Segment = (typeof segments)[number];
export const personStatuses = ['aktif', 'meninggal', 'pindah', 'salah_input'] as const;
export type PersonRecordStatus = (typeof personStatuses)[number];
/**
 * Participation at a date, derived from the periods (never typed); tidak_dihitung: a record
 * entered in error (its periods count nowhere); digabung: merged into another record by the
 * duplicate review.
 */
export const participationStatuses = ['aktif', 'tidak_aktif', 'belum_terdaftar', 'tidak_dihitung', 'digabung'] as const;
export type ParticipationStatus = (typeof participationStatuses)[number];
export const sexes = ['L', 'P'] as const;
export type Sex = (typeof sexes)[number];

const isoDate = z.string().refine(isRealIsoDate, v.invalid);
const text = (max: number) => z.string().trim().max(max, v.tooLong).default('');
// A wage or income as the programme's amounts: its words say how to write one ("-5000" was made Rp 0 unsaid; walk 33).
const rupiah = money.nullable().default(null);
/** KPJ (participant card number): about 11 digits; kept loosely (digits, 8 to 16). */
export const kpjSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s.\-/]/g, ''))
  .refine((s) => s === '' || /^\d{8,16}$/.test(s), v.kpj);

export const periodInputSchema = z
  .object({
    uid: z.string().max(80).optional(),
    segment: z.enum(segments),
    /** PU: the employer of the register. */
    employerUid: z.string().max(80).nullable().default(null),
    kpj: kpjSchema.default(''),
    programmes: z.array(z.enum(programmeCodes)).max(5).default([]),
    // Empty is "required", not "not a day": a period just added says what it needs.
    startDate: z.string().min(1, v.required).pipe(isoDate),
    endDate: isoDate.nullable().default(null),
    wage: rupiah,
    declaredIncome: rupiah,
    funding: z.string().max(60).nullable().default(null),
    /** The vulnerable-worker programme that pays (its uid). */
    programmeUid: z.string().max(80).nullable().default(null),
    source: text(200),
    sourceDate: isoDate.nullable().default(null),
  })
  .strict()
  // Said with the other fields' problems (not after them, by the service): checked whenever both dates are days.
  .refine((p) => !(p.endDate && p.endDate < p.startDate), {
    message: v.endBeforeStart,
    path: ['endDate'],
    when: ({ value }) => {
      const p = value as { startDate?: unknown; endDate?: unknown } | null;
      return typeof p?.startDate === 'string' && typeof p.endDate === 'string' && isRealIsoDate(p.startDate) && isRealIsoDate(p.endDate);
    },
  });
export type PeriodInput = z.input<typeof periodInputSchema>;
export type PeriodValues = z.output<typeof periodInputSchema>;

export const personInputSchema = z
  .object({
    uid: z.string().max(80).optional(),
    /** As typed or pasted: the service reads it with the NIK parser. */
    nik: z.string().trim().min(1, v.required).max(40, v.tooLong),
    /** The user saw how a damaged NIK would be repaired and accepts it. */
    confirmNikRepair: z.boolean().default(false),
    name: z.string().trim().min(2, v.required).max(200, v.tooLong),
    sexTyped: z.enum(sexes).nullable().default(null),
    birthDateTyped: isoDate.nullable().default(null),
    address: text(500),
    kecamatanCode: regionCodeSchema.nullable().default(null),
    desaCode: regionCodeSchema.nullable().default(null),
    /** Read to its 0 form (+62 812… → 0812…); a number without its 0 or +62 is refused (core/api/phone.ts). */
    phone: z
      .string()
      .max(30, v.tooLong)
      .default('')
      .transform((text, ctx) => {
        const read = readPhone(text);
        if (read.ok) return read.phone;
        ctx.addIssue({ code: 'custom', message: v.phoneIndonesia });
        return z.NEVER;
      }),
    occupation: text(120),
    category: z.string().max(60).nullable().default(null),
    kpj: kpjSchema.default(''),
    notes: text(2000),
    periods: z.array(periodInputSchema).max(100).default([]),
    /** The user saw the implausible-age warning (a NIK year "27" read as 1927) and keeps it. */
    confirmAge: z.boolean().default(false),
  })
  .strict();
export type PersonInput = z.input<typeof personInputSchema>;
export type PersonValues = z.output<typeof personInputSchema>;

export interface Period extends Omit<PeriodValues, 'uid' | 'programmes'> {
  uid: string;
  programmes: ProgrammeCode[];
  employerName: string | null;
  employerNpp: string | null;
  programmeName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Person {
  id: number;
  uid: string;
  nik: string;
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  sexTyped: Sex | null;
  birthDateTyped: string | null;
  identityMismatch: boolean;
  address: string;
  kecamatanCode: string | null;
  kecamatanName: string | null;
  desaCode: string | null;
  desaName: string | null;
  phone: string;
  occupation: string;
  category: string | null;
  kpj: string;
  notes: string;
  recordStatus: PersonRecordStatus;
  statusReason: string;
  statusDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonDetail {
  person: Person;
  periods: Period[];
  /** Participation today (the office's date), from the periods; digabung while merged into `mergedInto`. */
  statusToday: ParticipationStatus;
  /** The person this record was merged into, while the merge is in force (NIK masked). */
  mergedInto: { uid: string; nik: string } | null;
  today: string;
  /** What a clerk should check: typed values that differ from the NIK, NIK warnings. */
  flags: Message[];
}

export const setPersonStatusInput = z
  .object({
    uid: z.string().min(1).max(80),
    recordStatus: z.enum(personStatuses),
    reason: z.string().trim().max(500, v.tooLong).default(''),
    /** When it happened: required for died and moved away (a date the office reports on is never filled in for the clerk); entered in error defaults to today. */
    date: isoDate.nullable().default(null),
  })
  .strict()
  .refine((s) => s.recordStatus === 'aktif' || s.reason.length > 0, { message: v.reasonRequired, path: ['reason'] })
  .refine((s) => (s.recordStatus !== 'meninggal' && s.recordStatus !== 'pindah') || s.date !== null, { message: v.required, path: ['date'] });

/** A row of the worker grid. */
export interface WorkerRow {
  id: number;
  uid: string;
  nik: string;
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  kecamatanCode: string | null;
  kecamatanName: string | null;
  desaCode: string | null;
  desaName: string | null;
  category: string | null;
  kpj: string | null;
  segment: Segment | null;
  statusToday: ParticipationStatus;
  /** The kept person's NIK, masked, for a record merged away (statusToday 'digabung'). */
  mergedIntoNik: string | null;
  identityMismatch: number;
  recordStatus: PersonRecordStatus;
  updatedAt: string;
  address: string | null;
  phone: string | null;
  occupation: string | null;
  /** The current period's (else the one that ended last), as the segment is. */
  employerName: string | null;
  npp: string | null;
  /** JSON list of programme codes. */
  programmes: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The wage (PU) or the declared income (BPU). */
  income: number | null;
  /** A code of the funding_source list. */
  funding: string | null;
  payingProgramme: string | null;
  /** Never set: the grid's filter-only column of the people behind a coverage figure. */
  coverage?: null;
}
