import { z } from 'zod';
import type { PersonRecordStatus, Segment, Sex } from './workers.ts';

// The worker register's duplicate review: the scan's pairs with their evidence, and the
// reviewer's two answers (merge, undoable; or "two different people", remembered).

export const duplicateKinds = ['same_name_birth', 'nik_one_digit', 'nik_transposition', 'name_variant'] as const;
export type DuplicateKind = (typeof duplicateKinds)[number];

/** Why a pair was proposed; stored with it as JSON. */
export interface DuplicateEvidence {
  /** Every rule that found the pair, strongest first. */
  rules: DuplicateKind[];
  /** Similarity of the names without birth-order and caste prefixes (Jaro-Winkler, 0..1). */
  nameScore: number;
  /** The NIK positions (0-15) where the two differ. */
  nikDigits: number[];
  sameBirthDate: boolean;
  sameDesa: boolean;
}

/** One side of a pair as the reviewer compares it. */
export interface DuplicateSide {
  uid: string;
  nik: string;
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  address: string;
  kecamatanName: string | null;
  desaName: string | null;
  phone: string;
  occupation: string;
  category: string | null;
  kpj: string;
  notes: string;
  recordStatus: PersonRecordStatus;
  periods: { segment: Segment; startDate: string; endDate: string | null; employerName: string | null }[];
}

export interface DuplicatePair {
  id: number;
  kind: DuplicateKind;
  score: number;
  evidence: DuplicateEvidence;
  foundAt: string;
  a: DuplicateSide;
  b: DuplicateSide;
}

export interface DuplicateMergeView {
  uid: string;
  mergedAt: string;
  mergedBy: string;
  kept: { uid: string; nik: string; name: string };
  merged: { uid: string; nik: string; name: string };
  undoneAt: string | null;
}

export interface DuplicateList {
  pairs: DuplicatePair[];
  /** Open pairs in all (the page shows the first `limit`). */
  total: number;
  lastScan: { at: string; people: number; pairs: number } | null;
  /** The latest merges, newest first: each can be undone while neither person changed since. */
  merges: DuplicateMergeView[];
}

/** What a scan job returns. */
export interface DuplicateScanResult {
  people: number;
  pairs: number;
  /** Pairs left out because a reviewer said they are different people. */
  remembered: number;
  ms: number;
}

/** Fields a merge may take from the merged person where both have a value (else the kept one's stays). */
export const mergeFields = ['name', 'address', 'domicile', 'phone', 'occupation', 'category', 'kpj', 'notes'] as const;
export type MergeField = (typeof mergeFields)[number];

export const duplicateListInput = z.object({ limit: z.number().int().min(1).max(500).default(50), offset: z.number().int().min(0).default(0) }).strict();
export const duplicatePairInput = z.object({ pairId: z.number().int().positive() }).strict();
export const duplicateMergeInput = z
  .object({
    pairId: z.number().int().positive(),
    /** The person who stays (one of the pair); the other is marked 'salah_input'. */
    keepUid: z.string().min(1).max(80),
    /** Where both have a value, take the merged person's (the reviewer chose it). */
    takeFromMerged: z.array(z.enum(mergeFields)).max(mergeFields.length).default([]),
    /**
     * The merged person's periods the reviewer leaves out: ones that overlap a kept period of
     * their segment and cannot be joined into it (the merge plan's clashes). They stay with the
     * merged person (entered in error, counted nowhere), seen on its page.
     */
    dropPeriodUids: z.array(z.string().min(1).max(80)).max(500).default([]),
  })
  .strict();
export const mergePlanInput = z.object({ pairId: z.number().int().positive(), keepUid: z.string().min(1).max(80) }).strict();

/** A period as the merge dialog names it. */
export interface MergePlanPeriod {
  uid: string;
  segment: Segment;
  startDate: string;
  endDate: string | null;
  /** The funding source's label in both languages (the list is the office's), or null. */
  funding: { id: string; en: string } | null;
  /** A PU period's employer. */
  employerName: string | null;
}

/**
 * A merged person's period that would overlap one of the kept person's of its segment and is
 * not joined into it: paid another way (funding or paying programme), or open where the kept one
 * is closed. The merge needs the reviewer to leave it out (or fix a period first).
 */
export interface MergeClash {
  period: MergePlanPeriod;
  kept: MergePlanPeriod;
  reason: 'payer' | 'closed' | 'other';
}

/** What a merge would do with the merged person's periods. */
export interface MergePlan {
  /** Joined into a kept period (the same period listed twice). */
  joined: number;
  /** Moved to the kept person as they are. */
  moved: number;
  clashes: MergeClash[];
}
export type DuplicateMergeInput = z.output<typeof duplicateMergeInput>;
export const mergeUndoInput = z.object({ mergeUid: z.string().min(1).max(80) }).strict();
