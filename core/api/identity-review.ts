import { z } from 'zod';
import type { ProgrammeCode } from './employers.ts';
import type { PersonRecordStatus, Segment } from './workers.ts';

// The identity review of the worker register: rows of imported lists whose NIK is a person of
// the register under another name or birth date, held until a reviewer takes the file's data
// or keeps the register's.

export const identityReviewStates = ['open', 'applied', 'dismissed'] as const;
export type IdentityReviewState = (typeof identityReviewStates)[number];

/** One page of the list, newest first (a 10,000-row list can hold thousands of rows to review). */
export const identityReviewPageSize = 50;
export const identityReviewListInput = z.object({ show: z.enum(['open', 'resolved']).default('open'), page: z.number().int().min(0).max(1_000_000).default(0) }).strict();
export const resolveIdentityReviewInput = z
  .object({
    uid: z.string().min(1).max(80),
    /** useFile: the person takes the file's name and birth date (and the row's period); keepRegister: the row is dismissed. */
    action: z.enum(['useFile', 'keepRegister']),
  })
  .strict();

/** One side of the comparison: what the register holds, or what the file said. */
export interface IdentitySide {
  name: string;
  /** Typed birth date (ISO), if any. */
  birthDateTyped: string | null;
  sexTyped: 'L' | 'P' | null;
  address: string;
  kecamatanName: string | null;
  desaName: string | null;
  kpj: string;
}

export interface IdentityReviewItem {
  uid: string;
  state: IdentityReviewState;
  nik: string;
  /** From the NIK (the same on both sides). */
  nikBirthDate: string | null;
  nikSex: 'L' | 'P' | null;
  personUid: string;
  personStatus: PersonRecordStatus;
  register: IdentitySide & { periods: { segment: Segment; startDate: string; endDate: string | null; employerName: string | null }[] };
  file: IdentitySide & {
    period: { segment: Segment; startDate: string; endDate: string | null; programmes: ProgrammeCode[]; employerName: string | null; employerNpp: string | null; funding: string | null };
  };
  fileRow: number;
  batch: { uid: string; fileName: string; createdAt: string } | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
}

export interface IdentityReviewList {
  /** The page asked for, newest first. */
  items: IdentityReviewItem[];
  /** Open reviews in all. */
  open: number;
  /** Reviews of the state shown, in all (its pages: identityReviewPageSize each). */
  total: number;
}
