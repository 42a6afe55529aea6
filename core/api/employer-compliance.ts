import { z } from 'zod';
import { isRealIsoDate } from './employers.ts';
import { v } from './messages.ts';
import { regionCodeSchema } from './reference.ts';

// Employer ↔ workers: an employer's workers with an active PU period at a date, and the
// compliance list of employers whose reported workforce exceeds those participants (a likely
// "PDS tenaga kerja": workers not registered with BPJS Ketenagakerjaan).

const isoDate = z.string().refine(isRealIsoDate, v.invalid);

export const employerWorkersInput = z
  .object({
    uid: z.string().min(1).max(80),
    /** The day the periods must cover; default today in the office's zone. */
    date: isoDate.nullable().default(null),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type EmployerWorkersInput = z.input<typeof employerWorkersInput>;

/** One worker with an active PU period at the employer. */
export interface EmployerWorker {
  uid: string;
  name: string;
  /** The NIK in one field, so a masking rule has one place to apply. */
  nik: string;
  /** The period's KPJ, else the person's. */
  kpj: string | null;
  startDate: string;
  endDate: string | null;
}

export interface EmployerWorkersPage {
  date: string;
  total: number;
  rows: EmployerWorker[];
}

export const complianceSorts = ['gap', 'name', 'reported', 'active'] as const;
export type ComplianceSort = (typeof complianceSorts)[number];

export const complianceInput = z
  .object({
    date: isoDate.nullable().default(null),
    kecamatanCode: regionCodeSchema.nullable().default(null),
    kbliSection: z.string().regex(/^[A-U]$/, v.invalid).nullable().default(null), // a KBLI 2020 section letter
    sort: z.enum(complianceSorts).default('gap'),
    descending: z.boolean().default(true),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type ComplianceInput = z.input<typeof complianceInput>;
export type ComplianceFilter = Omit<z.output<typeof complianceInput>, 'offset' | 'limit'>;

/** One employer whose reported workforce exceeds its active PU participants. */
export interface ComplianceRow {
  uid: string;
  name: string;
  npp: string | null;
  kecamatanCode: string | null;
  kecamatanName: string | null;
  kbliSection: string | null;
  bpjsStatus: string;
  /** The workforce the register holds (Jumlah tenaga kerja). */
  reported: number;
  /**
   * The day that figure was last given: its last change by a form or an import (the audit
   * log, import_change), else the record's creation.
   */
  reportedDate: string;
  /** The WLKP report's date, when the register has one: the figure often comes from it. */
  wlkpDate: string | null;
  /** People with a PU period at this employer covering the list's date. */
  active: number;
  /** The newest source date (else recording date) among those periods; null when there are none. */
  activeDataDate: string | null;
  gap: number;
  /** Open follow-ups of the employer: one already under way is worth seeing. */
  openFollowUps: number;
}

export interface CompliancePage {
  /** The day the periods were counted at. */
  date: string;
  total: number;
  rows: ComplianceRow[];
}

export const complianceExportInput = complianceInput.omit({ offset: true, limit: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict();
export type ComplianceExportInput = z.input<typeof complianceExportInput>;
