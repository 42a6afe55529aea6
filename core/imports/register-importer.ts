import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Message } from '../api/messages/message.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import type { ServiceContext } from '../context.ts';
import type { ImportField, RowIssue } from './fields/import-field.ts';
import type { CellValue } from './read/types.ts';

/**
 * What one register supplies to the shared import pipeline: its columns, the tables a row
 * writes, how a row becomes values, which record it matches and what it writes. The pipeline
 * (dry-run.ts, commit-import.ts, undo-import.ts) is set-based SQL over these tables; it never
 * names a register's field, message, template or table.
 */
export interface RegisterImporter<Values> {
  fields: ImportField[];
  /** The tables a row may write, parents before their children. */
  tables: readonly ImportTable[];
  /** The template's file name, without extension ("Templat impor perusahaan"). */
  templateName: Message;
  /**
   * Layouts the register reads besides its whole set of columns (a BPJS participant list
   * beside a programme list): each has its own template with its own columns and examples.
   * The mapping recognises any of them by their headers; the rows go one way.
   */
  layouts?: readonly ImportLayout[];
  /**
   * Choices that depend on the office, by field (its kecamatan): a file's own spellings of them
   * ("Kuta Utra") are listed with their counts and mapped like any choice column's words.
   */
  officeChoices?(ctx: ServiceContext, officeArea: string | null): Record<string, readonly { value: string; label: string; labelEn?: string }[]>;
  /**
   * Words a free-text field is likely to take, by field (the desa of the office's area): offered
   * as one value for all rows is typed, never a limit (the dry run checks the value like any cell).
   */
  officeSuggestions?(ctx: ServiceContext, officeArea: string | null): Record<string, readonly string[]>;
  /**
   * Template examples that depend on the office's records, by field (a programme it has): the
   * example row as downloaded passes its own dry run. null leaves that example blank.
   */
  officeExamples?(ctx: ServiceContext): Record<string, string | null>;
  /**
   * The template's example row is made up (a firm, a person), never a record: a file that still
   * holds it has it refused as an example (template-example.ts). Not for examples that are real
   * published figures a file may rightly hold.
   */
  madeUpExample?: boolean;
  /** One run's worker (a dry run, a commit's re-check), with its caches of reference lookups. */
  session(ctx: ServiceContext, officeArea: string | null): ImportSession<Values>;
  /** The import field (a mapped column) that a value's schema path comes from ("kbliCodes" -> "kbli"). */
  fieldOfPath(path: string): string;
  /** The identity numbers of a row ("NIB 9120001234567"), which may not repeat within one file... */
  identityKeys(values: Values): IdentityKey[];
  /** ...except these kinds: rows repeating one share its record (a person on each of their periods). */
  repeatable?: readonly string[];
  /**
   * A condition on a row `e` of one table (SQL) that keeps a record this import created from
   * being removed by its undo (others hold it: follow-ups, branches), with the reason.
   */
  undoBlocker?: { table: string; sql: string; reason: Message };
  /**
   * Records no undo of the register's batches may touch, whether the batch added them or changed
   * them, and whatever the clerk chose for records changed since (the people and periods of a
   * duplicate merge in force: its own undo needs them as the merge left them). Per table (its
   * key), a condition on a row `e` (SQL); listed and counted as held.
   */
  undoHolds?: readonly { table: string; sql: string; reason: Message }[];
}

export interface IdentityKey {
  /** The import field it comes from ("nib"), for the message's column. */
  field: string;
  /** Its name in messages ("NIB"): identity numbers have the same name in both languages. */
  kind: string;
  value: string;
  /** The register's sentence when another record's row of the file has it (params kind, value, row); else the shared one. */
  repeatedSaid?: MessageKey;
}

export interface ImportLayout {
  /** Its key in the template request ("bpjs"). */
  key: string;
  templateName: Message;
  /** Its columns (field keys), in the template's order. */
  fields: readonly string[];
  /** Examples that differ from the fields' own. */
  examples?: Record<string, string>;
}

/** One table a row writes. Every such table has `id`, `uid`, `createdAt` and `updatedAt`. */
export interface ImportTable {
  /** Its key within the register ("employer", "period"). */
  key: string;
  table: SQLiteTable;
  /** The audit entity of its rows. */
  entity: string;
  /** Columns an import writes (drizzle keys). */
  writes: readonly string[];
  /** The column that names a record in messages and the change log ("name"). */
  label: string;
  /** Written columns that are derived (a folded name): never counted or shown as changed. */
  derived?: readonly string[];
  /**
   * A child table: its column pointing at the parent's row, and the parent table's key; `field`,
   * the parent's field its rows read as ("periods"), named where the check lists what a row
   * changes of a record already in the register.
   */
  parent?: { table: string; column: string; field?: string };
  /**
   * Rows held for a person to decide (an identity conflict), not applied to the register: a
   * file row writing here is counted "to review" in the dry run, apart from new and changed.
   */
  review?: boolean;
  /**
   * Rows its triggers keep in other tables (a person's name words), refilled once by `refill`
   * after a write of many rows, its `triggers` dropped meanwhile (derived-rebuild.ts).
   */
  derivedRows?: { triggers: readonly string[]; refill: readonly string[] };
}

/** A record already in the register: its id, uid and values (drizzle keys). */
export interface ExistingRecord {
  id: number;
  uid: string;
  row: Record<string, unknown>;
}

/** One row the import would write: an update of `target`, or a new row. */
export interface PlannedWrite {
  table: string;
  target?: ExistingRecord;
  /** A new child row's parent: the uid of a record in the register or of one this file adds. */
  parentUid?: string;
  /** The columns to write (drizzle keys, driver values): every one of the table's `writes`. */
  columns: Record<string, unknown>;
}

export interface PlanContext {
  /** The row's number in the file (a review row names it). */
  rowNumber: number;
  /** Says something about the row that does not stop it (why it is held for review, or skipped). */
  warn(field: string | null, said: Message): void;
  /** match() was just asked: identity numbers found no other record, no need to ask again. */
  matched: boolean;
  /** An earlier row of this file had the same repeatable identity: its record's uid, and the note remembered for it (or null). */
  repeatOf?: { rowNumber: number; uid: string; memo: string | null };
  /**
   * Keeps a short note with the row's repeatable identity, handed back as `repeatOf.memo` to the
   * file's later rows of the same record (a person's name and planned periods). Kept on disk with
   * the dry run's scratch, not in memory: a million-row file has a million of them.
   */
  remember(memo: string): void;
}

export interface ImportSession<Values> {
  /** Mapped cells (field key -> cell) into values, or the issues that prevent it. */
  convert(cells: Record<string, CellValue | undefined>): { values: Values | null; issues: RowIssue[]; label: string };
  /**
   * The existing record each row's identity leads to (undefined for none or for rows without
   * values). Asked for a whole batch of rows at once: one lookup per identity column, not per row.
   */
  match(rows: readonly (Values | null)[]): (ExistingRecord | undefined)[];
  /**
   * What the row writes; throws AppError (with details.issues[].path) when it cannot. The first
   * write is the row's own record (of the first table); an import never erases what the file
   * leaves blank: `provided` are the fields the row filled.
   */
  plan(values: Values, provided: ReadonlySet<string>, existing: ExistingRecord | undefined, context: PlanContext): PlannedWrite[];
}
