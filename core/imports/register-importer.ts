import type { LocalizedText } from '../api/localized-text.ts';
import type { WriteScope } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import type { ImportField, RowIssue } from './fields/import-field.ts';
import type { CellValue } from './read/types.ts';

/** What one register supplies to the shared import pipeline (employers now, workers next). */
export interface RegisterImporter<Values, Row> {
  register: string;
  fields: ImportField[];
  /** Mapped cells (field key -> cell) into values, or the issues that prevent it. */
  convert(ctx: ServiceContext, cells: Record<string, CellValue | undefined>, officeArea: string | null): { values: Values | null; issues: RowIssue[]; label: string };
  /** Identity numbers that must not repeat within one file, with their labels. */
  identityKeys(values: Values): [string, string][];
  /** The existing record this row updates, if any. */
  match(ctx: ServiceContext, values: Values): Row | undefined;
  /** Validates against the database and says what would change; throws AppError on conflicts. */
  plan(ctx: ServiceContext, values: Values, provided: Set<string>, existing: Row | undefined, officeArea: string | null): { columns: object; changed: string[] };
  write(ctx: ServiceContext, scope: WriteScope, plan: { columns: object }, existing: Row | undefined, batchId: number): { uid: string; updatedAt: string; before: string | null };
  /** Reverses one change; returns why it cannot, or null when done. */
  undo(ctx: ServiceContext, scope: WriteScope, change: { entityUid: string; action: 'insert' | 'update'; before: string | null; afterUpdatedAt: string }): { blocked: string; blockedEn: string } | null;
}

export type Localized = LocalizedText;
