import { z } from 'zod';
import type { FieldChange } from './audit.ts';
import type { LocalizedText } from './localized-text.ts';
import type { Message } from './messages/message.ts';
import { registerKeySchema } from './registers.ts';

// The shared import pipeline's contract: inspect a staged file, dry run, commit, undo. The
// register is named by its key (core/registers); which registers exist is checked in core.

const fileToken = z.string().regex(/^[a-f0-9]{32}$/);
const sheet = z.union([z.string().max(200), z.number().int().min(0).max(1000)]).optional();
/** Field key -> 0-based column index (null: not imported). */
const fieldKey = z.string().regex(/^[a-zA-Z]{1,40}$/);
const mapping = z.record(fieldKey, z.number().int().min(0).max(500).nullable());
/** Field key -> a value as the file writes it -> the register's value the user chose for it. */
const valueMapping = z.record(fieldKey, z.record(z.string().max(200), z.string().max(100)));
/** Field key -> one value every row takes, for a field the file has no column for (Segmen "BPU" for a whole programme list). */
const constants = z.record(fieldKey, z.string().trim().min(1).max(200));

/** A register's key ('employer'). */
export type ImportRegister = string;

/** An import closed without saving: its staged file and plans go. */
export const discardInput = z.object({ fileToken }).strict();
export const inspectInput = z.object({ register: registerKeySchema, fileToken, sheet, headerRow: z.number().int().min(1).max(1_100_000).optional() }).strict();
export const dryRunInput = z
  .object({ register: registerKeySchema, fileToken, sheet, headerRow: z.number().int().min(1).max(1_100_000), mapping, values: valueMapping.default({}), constants: constants.default({}) })
  .strict();
export type DryRunInput = z.output<typeof dryRunInput>;
export const batchInput = z.object({ batchUid: z.string().max(80) }).strict();
export const undoInput = z
  .object({
    batchUid: z.string().max(80),
    /** Records changed after the import: left as they are now, or reversed too. */
    edited: z.enum(['keep', 'revert']).default('keep'),
  })
  .strict();
export const registerInput = z.object({ register: registerKeySchema }).strict();
/** A register's template; `layout` one of its layouts (a BPJS participant list), else all its columns. */
export const templateInput = z.object({ register: registerKeySchema, layout: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).optional() }).strict();

export interface ImportFieldInfo {
  key: string;
  label: LocalizedText;
  /** The label as a coded message (the CLI names fields in its sentences). */
  said: Message;
  required: boolean;
  /** An identity number or code. */
  identity: boolean;
  /** May take one value for all rows instead of a column (not an identity number, nor the record's name). */
  oneValue: boolean;
  /** Required unless one of these fields (keys) has a column: what the register reads instead. */
  requiredUnless?: readonly string[];
  /** A choice column: the register's values, which a file's own words can be mapped to. */
  choices?: readonly { value: string; label: LocalizedText }[];
  /** A free-text field's likely values (the office's desa), offered while one value for all rows is typed. */
  suggestions?: readonly string[];
}

/**
 * The fields a mapping leaves without a column that need one: the required ones, and those
 * required unless another field is mapped when none of those is. The dry run refuses to start
 * without them and the mapping screen asks for them, by this one rule.
 */
export function fieldsLackingColumn<F extends { key: string; required?: boolean | undefined; requiredUnless?: readonly string[] | undefined }>(
  fields: readonly F[],
  mapping: Record<string, number | null | undefined>,
  /** Fields given one value for all rows: they have what a column would give. */
  constants: Record<string, string | undefined> = {},
): F[] {
  const mapped = (key: string) => (mapping[key] ?? null) !== null || Boolean(constants[key]?.trim());
  return fields.filter((f) => !mapped(f.key) && (f.required || (f.requiredUnless?.length && !f.requiredUnless.some(mapped))));
}

/**
 * The hidden columns of the file a mapping imports, as "L (NPWP)" in the file's order: the
 * clerk never saw them in the spreadsheet. The mapping screen and the CLI say them by this one
 * rule (imports.hiddenColumns), the mapping being the one they go on with.
 */
export function hiddenColumnsMapped(inspection: Pick<Inspection, 'headers' | 'hiddenColumns'>, mapping: Record<string, number | null | undefined>): string[] {
  const used = new Set(Object.values(mapping).filter((c): c is number => typeof c === 'number'));
  return inspection.hiddenColumns.flatMap((index) => {
    const header = inspection.headers[index];
    if (!used.has(index) || !header) return [];
    return [header.name ? `${header.letter} (${header.name})` : header.letter];
  });
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
  /** notData: a row the dry run skips (column numbers, the header again, a total): shown, never a sample value. */
  preview: { rowNumber: number; cells: string[]; notData?: true }[];
  fields: ImportFieldInfo[];
  /** field -> column index: remembered for this source, else guessed from synonyms. */
  mapping: Record<string, number | null>;
  mappingRemembered: boolean;
  /** Which header row was taken and why; a warning when it is far down or few headers are known. */
  notes: InspectionNote[];
  /**
   * The headed columns the sheet hides (0-based, ascending): imported like any other, so those
   * a mapping takes are said where the mapping is chosen (hiddenColumnsMapped).
   */
  hiddenColumns: number[];
  /** The value mapping remembered for this source (field -> file text -> value). */
  values: Record<string, Record<string, string>>;
  /** Fields remembered for this source as taking one value for all rows (field -> value). */
  constants: Record<string, string>;
  alreadyImported: { batchUid: string; createdAt: string; status: string } | null;
}

export interface RowProblem {
  field: string | null;
  column: string | null; // "C (NPWP)"
  value: string;
  /** In words, both languages (the register's words are rendered in core). */
  message: LocalizedText;
  /** The coded message the words come from. */
  said?: Message;
  severity: 'error' | 'warning';
}

/**
 * review: the row is held for a person to decide (an identity conflict), the register untouched.
 * skipped: the row is no data (a total, a signature, the header again, column numbers): left
 * out with a sentence, counted apart from `total` (the data rows).
 */
export type RowStatus = 'new' | 'changed' | 'unchanged' | 'invalid' | 'review' | 'skipped';

export interface DryRunRow {
  rowNumber: number;
  status: RowStatus;
  name: string;
  matchUid: string | null;
  changedFields: string[];
  /** A changed row's fields before → after, in the register's words (a period's as a period's). */
  changes?: FieldChange[];
  problems: RowProblem[];
}

export interface DryRunResult {
  fileName: string;
  sheet: string;
  headerRow: number;
  /** changedThroughRows: of the changed rows, those whose record changes only through its rows (a person's period): the commit counts them as updated. */
  summary: Record<RowStatus, number> & { total: number; warnings: number; changedThroughRows?: number };
  /** The first rows of each status (up to 500 each), in file order; the counts are complete. */
  rows: DryRunRow[];
  rowsTruncated: boolean;
  /** Values of choice columns the register did not know, with how many rows have each. */
  unknownValues: { field: string; values: { text: string; count: number }[] }[];
  alreadyImported: { batchUid: string; createdAt: string } | null;
}

export interface ImportBatchInfo {
  uid: string;
  register: string;
  /** import: a file; bulk: a change made to the records of a filter. */
  kind: 'import' | 'bulk';
  /** A bulk change's reason. */
  note: string;
  /** Records its undo left as they were. */
  kept: number;
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
  /** In the history: the signed-in account may undo it (its own, or any with imports.undoAny; undo-import.ts). */
  mayUndo?: boolean;
}

export interface CommitResult {
  batch: ImportBatchInfo;
  /** The invalid rows left out, as the check's error file (its plan is gone after the commit); null when there were none. */
  errorFile?: DownloadToken | null;
}

export interface DownloadToken {
  token: string;
  fileName: string;
}

/** A record an undo would reverse that was changed after the import (or that others hold). */
export interface UndoConflict {
  uid: string;
  name: string;
  /** Changed after the import (when, by whom, which fields), or held by other records. */
  reason: 'edited' | 'held';
  changedAt: string | null;
  changedBy: string | null;
  fields: string[];
  /** The changed fields in the register's words, both languages (null: none to say). */
  fieldWords: LocalizedText | null;
}

/** What an undo would do, checked before it runs. */
export interface UndoCheck {
  batch: ImportBatchInfo;
  /** Changes the undo reverses (records added and changed by the import). */
  total: number;
  /**
   * The same by kind of record, in the register's order (a worker list adds people and their
   * periods): none with no change. `edited` and `held` split the totals below the same way.
   */
  byEntity: { entity: string; added: number; updated: number; edited: number; held: number }[];
  edited: number;
  held: number;
  /** The first conflicts (up to 200), to show. */
  conflicts: UndoConflict[];
}

