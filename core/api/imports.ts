import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

// The shared import pipeline's contract: inspect a staged file, dry run, commit, undo.

export const importRegisters = ['employer'] as const;
export type ImportRegister = (typeof importRegisters)[number];

const fileToken = z.string().regex(/^[a-f0-9]{32}$/);
const sheet = z.union([z.string().max(200), z.number().int().min(0).max(1000)]).optional();
/** Field key -> 0-based column index (null: not imported). */
const mapping = z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.number().int().min(0).max(500).nullable());

export const inspectInput = z.object({ register: z.enum(importRegisters), fileToken, sheet, headerRow: z.number().int().min(1).max(1_100_000).optional() }).strict();
export const dryRunInput = z
  .object({ register: z.enum(importRegisters), fileToken, sheet, headerRow: z.number().int().min(1).max(1_100_000), mapping })
  .strict();
export const batchInput = z.object({ batchUid: z.string().max(80) }).strict();

export interface ImportFieldInfo {
  key: string;
  label: LocalizedText;
  required: boolean;
}

/** What the inspection says about its guesses: which header row and why, how much of the file it knows. */
export interface InspectionNote {
  severity: 'info' | 'warning';
  message: LocalizedText;
}

export interface Inspection {
  fileName: string;
  format: string;
  sheets: { name: string; hidden: boolean; rowCountHint: number | null }[];
  sheet: string;
  headerRow: number;
  headerCandidates: number[];
  headers: { index: number; letter: string; name: string }[];
  /** First rows under the header, as text, for the mapping screen. */
  preview: { rowNumber: number; cells: string[] }[];
  fields: ImportFieldInfo[];
  /** field -> column index: remembered for this source, else guessed from synonyms. */
  mapping: Record<string, number | null>;
  mappingRemembered: boolean;
  /** Which header row was taken and why; a warning when it is far down or few headers are known. */
  notes: InspectionNote[];
  alreadyImported: { batchUid: string; createdAt: string; status: string } | null;
}

export interface RowProblem {
  field: string | null;
  column: string | null; // "C (NPWP)"
  value: string;
  message: LocalizedText;
  severity: 'error' | 'warning';
}

export type RowStatus = 'new' | 'changed' | 'unchanged' | 'invalid';

export interface DryRunRow {
  rowNumber: number;
  status: RowStatus;
  name: string;
  matchUid: string | null;
  changedFields: string[];
  problems: RowProblem[];
}

export interface DryRunResult {
  fileName: string;
  sheet: string;
  summary: Record<RowStatus, number> & { total: number; warnings: number };
  /** Rows with something to say (invalid, changed, new with warnings), capped; counts are complete. */
  rows: DryRunRow[];
  rowsTruncated: boolean;
  alreadyImported: { batchUid: string; createdAt: string } | null;
}

export interface ImportBatchInfo {
  uid: string;
  register: string;
  fileName: string;
  fileHash: string;
  sheet: string;
  status: 'committed' | 'undone';
  inserted: number;
  updated: number;
  unchanged: number;
  invalid: number;
  actorName: string;
  createdAt: string;
  undoneAt: string | null;
}

export interface CommitResult {
  batch: ImportBatchInfo;
}

export interface DownloadToken {
  token: string;
  fileName: string;
}
