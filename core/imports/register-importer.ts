import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { LocalizedText } from '../api/localized-text.ts';
import type { ServiceContext } from '../context.ts';
import type { ImportField, RowIssue } from './fields/import-field.ts';
import type { CellValue } from './read/types.ts';

/**
 * What one register supplies to the shared import pipeline (employers now, workers next).
 * The commit and the undo are set-based SQL over `table` (commit-import.ts, undo-import.ts);
 * the table has `id`, `uid`, `createdAt`, `updatedAt` and `importBatchId` columns.
 */
export interface RegisterImporter<Values, Row> {
  register: string;
  fields: ImportField[];
  table: SQLiteTable;
  /** The entity name audit rows carry. */
  entity: string;
  /** The column that names a record in messages ("name"). */
  labelKey: string;
  /** Columns an import writes: the keys of plan().columns. */
  writes: readonly string[];
  /** Columns the audit log leaves out of a record's snapshot (internal keys). */
  auditOmit: readonly string[];
  /** One run's worker (a dry run, a commit's re-check), with its caches of reference lookups. */
  session(ctx: ServiceContext, officeArea: string | null): ImportSession<Values, Row>;
  /** The import field (a mapped column) that a value's schema path comes from ("kbliCodes" -> "kbli"). */
  fieldOfPath(path: string): string;
  /** Identity numbers that must not repeat within one file, with their labels. */
  identityKeys(values: Values): [string, string][];
  /**
   * A condition on the register's row `e` (SQL) that keeps an imported record from being
   * removed by undo, with the reason; null when nothing does.
   */
  undoBlocker: { sql: string; reason: LocalizedText } | null;
}

export interface ImportSession<Values, Row> {
  /** Mapped cells (field key -> cell) into values, or the issues that prevent it. */
  convert(cells: Record<string, CellValue | undefined>): { values: Values | null; issues: RowIssue[]; label: string };
  /**
   * The existing record each row updates, if any (undefined for rows without values). Asked
   * for a whole batch of rows at once: one lookup per identity column, not per row.
   */
  match(rows: readonly (Values | null)[]): (Row | undefined)[];
  /**
   * Validates against the database and says what would change; throws AppError on conflicts.
   * `matched` says match() was just asked, so identity numbers found no other record.
   */
  plan(values: Values, provided: Set<string>, existing: Row | undefined, matched?: boolean): { columns: Record<string, unknown>; changed: string[] };
  /** Values that plan() turns into these columns again (a commit's re-check reads them back). */
  valuesOf(columns: Record<string, unknown>): Values;
}
