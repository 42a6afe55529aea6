import { z } from 'zod';
import type { FieldChange } from './audit.ts';
import { isRealIsoDate } from './employers.ts';

export type { FieldChange } from './audit.ts';
import { columnFilterSchema, columnIdSchema, gridRequestBase, validPage } from './grid.ts';

// The shared register floors' contract: any register's grid page, its counts and its export,
// named by the register's key. Which registers and columns exist is checked in core against
// the register's declaration.

export const registerKeySchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

export const registerListInput = gridRequestBase.extend({ register: registerKeySchema }).strict().refine(...validPage);

export const registerCountsInput = z
  .object({
    register: registerKeySchema,
    /** The column counted by (one of the register's count columns). */
    by: columnIdSchema,
    filterModel: z.record(columnIdSchema, columnFilterSchema).default({}),
    quickSearch: z.string().max(200).optional(),
  })
  .strict();

/** How many records match the view, in all and per value of the counted column. */
export interface RegisterCounts {
  total: number;
  values: Record<string, number>;
}

export const recordHistoryInput = z.object({ register: registerKeySchema, uid: z.string().min(1).max(80) }).strict();

/** One entry of a record's history: a change of its own (audit log), or one an import or bulk change made (import_change). */
export interface HistoryEntry {
  at: string;
  actorName: string;
  /** create, update, close, remove, restore, demo; or import-create, import-update for a batch's change. */
  action: string;
  /** Only the fields it changed, in words as the register shows them. */
  changes: FieldChange[];
  /** The import or bulk change that made it. */
  batch: { uid: string; kind: 'import' | 'bulk'; fileName: string; status: 'committed' | 'undone' } | null;
  /** A record merged into this one made it ("5103… Made Sudarsane"): its history came along. */
  mergedFrom?: string;
}

export const bulkStatusInput = z
  .object({
    register: registerKeySchema,
    filterModel: z.record(columnIdSchema, columnFilterSchema).default({}),
    quickSearch: z.string().max(200).optional(),
    /** The status every record of the view gets (one the register allows in bulk, e.g. dihapus). */
    status: z.string().regex(/^[a-z_]{1,30}$/),
    reason: z.string().trim().min(3, 'validation.reasonRequired').max(500, 'validation.tooLong'),
    /** The day it happened, for a status whose day the register asks (RegisterDefinition's bulkDated); others are dated today. */
    date: z.string().refine(isRealIsoDate, 'validation.invalid').optional(),
  })
  .strict();

/** The view as shown (filters, search, sort, the columns shown in their order) to a file. */
export const registerExportInput = gridRequestBase
  .omit({ startRow: true, endRow: true })
  .extend({
    register: registerKeySchema,
    format: z.enum(['xlsx', 'csv']),
    columns: z.array(columnIdSchema).max(60).default([]),
    /** NIKs as 510301******0002 (first 6 and last 4 digits); recorded in the export's audit row. */
    maskNik: z.boolean().default(false),
  })
  .strict();

/**
 * The settings.ui keys under which each register's column layout (the AG Grid column state) is
 * remembered: the screen saves it there, and the change log reads it back as that register's
 * columns shown ("Kolom NIK ditampilkan — Register pekerja"), never as the raw JSON.
 */
export const columnLayoutKeys = {
  worker: 'grid.workers.columns',
  employer: 'grid.employers.columns',
  regulation: 'grid.regulations.columns',
} as const satisfies Record<string, string>;

/** The register whose column layout a settings.ui key holds, if any. */
export const registerOfLayoutKey = (key: string | null): string | null => Object.entries(columnLayoutKeys).find(([, k]) => k === key)?.[0] ?? null;
