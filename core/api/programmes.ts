import { z } from 'zod';
import type { BpuProgramme } from './contribution-results.ts';
import type { Certainty } from './contribution-rules.ts';
import { v } from './messages.ts';
import { regionCodeSchema } from './reference.ts';
import type { LegalStatus, RegulationRecordStatus } from './regulation-kinds.ts';

// Vulnerable-worker programmes (Program perlindungan pekerja rentan): a budget that pays a BPU
// package for people of given categories in one year. Its people are the periods naming it.

export const programmeStatuses = ['aktif', 'selesai'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];
/** What a programme is said to be: its stored status, or belum_mulai (derived, never stored). */
export type ProgrammeStage = ProgrammeStatus | 'belum_mulai';
/** A running programme whose year is after the office's today (YYYY-MM-DD) has not started yet. */
export const programmeStage = (status: ProgrammeStatus, year: number, today: string): ProgrammeStage =>
  status === 'aktif' && year > Number(today.slice(0, 4)) ? 'belum_mulai' : status;
/** What a programme may pay: the BPU programmes (JKK and JKM are the minimum package). */
export const programmePackageCodes = ['JKK', 'JKM', 'JHT'] as const satisfies readonly BpuProgramme[];

// A cleared or half-typed number (NaN) is said in words, not as zod's English; so is the range.
// The ceiling is what a whole number can hold exactly (zod's int() refuses more anyway), checked
// first so that a number too long is called too large, not "not whole".
/** A whole rupiah amount of 0 or more; out of range (or text), the words say how to write one. */
export const money = z.number({ error: v.rupiahWhole }).max(Number.MAX_SAFE_INTEGER, v.rupiahTooLarge).int(v.rupiahWhole).min(0, v.rupiahWhole);

export const programmeTargetSchema = z
  .object({
    category: z.string().trim().min(1, v.required).max(60),
    target: z.number({ error: v.whole0To10Million }).int(v.whole0To10Million).min(0, v.whole0To10Million).max(10_000_000, v.whole0To10Million),
  })
  .strict();

export const programmeInputSchema = z
  .object({
    uid: z.string().max(80).optional(),
    name: z.string().trim().min(3, v.required).max(200, v.tooLong),
    /** validation.yearRange says these bounds in words. */
    year: z
      .number({ error: (issue) => (issue.input === undefined ? v.required : v.yearRange) })
      .int(v.yearRange)
      .min(2015, v.yearRange)
      .max(2100, v.yearRange),
    /** A code of the editable list funding_source. */
    funding: z.string().trim().min(1, v.required).max(60),
    package: z.array(z.enum(programmePackageCodes)).min(1, v.required).max(3).default(['JKK', 'JKM']),
    /** The declared income the contribution is computed at; null = the rules' minimum BPU income. */
    declaredIncome: money.nullable().default(null),
    /** Required: a form's emptied amount (null) is not Rp 0, which would call every enrolment over budget. */
    budget: money
      .nullish()
      .refine((n) => n != null, v.required)
      .transform((n) => n as number),
    /** The legal basis as a record of the regulations register (its uid); null = none linked. */
    legalBasisRegulationUid: z.string().min(1).max(80).nullable().default(null),
    /** The legal basis in words: what is not in the register, or words beside the link. */
    legalBasis: z.string().trim().max(500, v.tooLong).default(''),
    notes: z.string().trim().max(2000, v.tooLong).default(''),
    status: z.enum(programmeStatuses).default('aktif'),
    targets: z.array(programmeTargetSchema).max(200).default([]),
    /** Compute the contribution again from today's rules (otherwise kept unless package, income or year change). */
    recalculate: z.boolean().default(false),
  })
  .strict();
export type ProgrammeInput = z.input<typeof programmeInputSchema>;
export type ProgrammeValues = z.output<typeof programmeInputSchema>;

/** One line of how the monthly contribution was computed (from the BPU calculator). */
export interface ContributionBasisLine {
  programme: BpuProgramme;
  base: number | null;
  rateMicro: number | null;
  flatAmount: number | null;
  monthly: number;
  ruleUids: string[];
}

/** How a programme's monthly contribution per person was computed, kept with it. */
export interface ContributionBasis {
  /** The day the rules were read for: 1 January of the programme year. */
  date: string;
  /** The income used (after the BPU range); the rules' minimum when none was declared. */
  income: number;
  /** The declared income fell outside the BPU range and was moved into it. */
  clamped: boolean;
  lines: ContributionBasisLine[];
  rules: { uid: string; sourceNote: string; certainty: Certainty }[];
  /** When it was computed (ISO instant). */
  computedAt: string;
}

export interface ProgrammeSummary {
  uid: string;
  name: string;
  year: number;
  funding: string;
  fundingLabel: string;
  package: BpuProgramme[];
  monthlyContribution: number;
  budget: number;
  status: ProgrammeStatus;
  /** The status as shown at the office's today (programmeStage). */
  stage: ProgrammeStage;
  /** Sum of the category targets. */
  target: number;
  /** People with a period naming the programme that touches its year. */
  enrolled: number;
}

/** A programme as the period form offers it (no counts: cheap). */
export interface ProgrammeChoice {
  uid: string;
  name: string;
  year: number;
  funding: string;
  package: BpuProgramme[];
  status: ProgrammeStatus;
}

/** The regulation a programme names as its legal basis, as the programme page shows it. */
export interface ProgrammeRegulationLink {
  uid: string;
  /** "Perbup Jembrana No. 48 Tahun 2023". */
  label: string;
  judul: string;
  /** aktif, or salah_input: a record entered in error is shown as such, never hidden. */
  recordStatus: RegulationRecordStatus;
  /** Its status in law today (berlaku, dicabut ...). */
  legalStatus: LegalStatus;
}

export interface Programme extends Omit<ProgrammeValues, 'uid' | 'targets' | 'recalculate' | 'package'> {
  uid: string;
  legalBasisRegulation: ProgrammeRegulationLink | null;
  package: BpuProgramme[];
  fundingLabel: string;
  monthlyContribution: number;
  contributionBasis: ContributionBasis;
  targets: { category: string; categoryLabel: string; target: number }[];
  createdAt: string;
  updatedAt: string;
}

export interface ProgrammeCount {
  people: number;
  /** Person-months paid in the programme year. */
  months: number;
  /** Of them, with a period naming the programme that covers today. */
  activeToday: number;
}

export interface ProgrammePage {
  programme: Programme;
  /** The status as shown at the office's today (programmeStage). */
  stage: ProgrammeStage;
  /** The office's today, and the programme year's first and last day. */
  today: string;
  yearStart: string;
  yearEnd: string;
  totals: ProgrammeCount & { target: number };
  byCategory: (ProgrammeCount & { category: string | null; label: string; target: number })[];
  byDesa: (ProgrammeCount & { kecamatanCode: string | null; kecamatanName: string | null; desaCode: string | null; desaName: string | null })[];
  cost: {
    /** people-months × monthly contribution: what the enrolled people cost in the year. */
    enrolledCost: number;
    /** The same if every enrolled person were paid all 12 months. */
    fullYearCost: number;
    budget: number;
    /** budget − enrolledCost (negative: over budget). */
    remaining: number;
    /** How many more people the remaining budget pays for the whole year. */
    morePeopleFullYear: number;
    /**
     * In the programme's own year, after January: how many more people it pays if they join this
     * month (`fromMonth`, YYYY-MM) to the year's end (`months` months). Null otherwise.
     */
    morePeopleRestOfYear: { people: number; fromMonth: string; months: number } | null;
  };
  /** The monthly contribution today's rules would give, when it differs from the kept one. */
  currentRuleContribution: number | null;
}

export const programmePeopleInput = z
  .object({
    uid: z.string().min(1).max(80),
    /** '' = people without a category. */
    category: z.string().max(60).optional(),
    desaCode: regionCodeSchema.optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export interface ProgrammePerson {
  uid: string;
  nik: string;
  name: string;
  category: string | null;
  desaName: string | null;
  kecamatanName: string | null;
  startDate: string;
  endDate: string | null;
  months: number;
}

export interface ProgrammePeople {
  total: number;
  rows: ProgrammePerson[];
}
