import { z } from 'zod';
import type { ImportBatchInfo } from './imports.ts';
import type { LocalizedText } from './localized-text.ts';

export interface AuditRow {
  id: number;
  uid: string;
  at: string; // UTC ISO timestamp
  actorId: string;
  actorName: string;
  action: string;
  entity: string;
  entityUid: string | null;
  /** The record's name ("PT Maju Jaya"), the file of an import, what a bulk change did. */
  entityLabel: string | null;
  changedFields: string | null;
  /** The changed fields' labels, as the register names them (in both languages). */
  fieldWords: LocalizedText | null;
  /** What the entry did in words where its name and fields do not say it ("Kolom NIK ditampilkan — Register pekerja"). */
  summary: LocalizedText | null;
  before: string | null; // JSON
  after: string | null; // JSON
}

/** Columns of the audit grid, in the order shown; core/audit whitelists the same ids. */
export const auditColumns = ['at', 'actorName', 'action', 'entity', 'entityLabel', 'changedFields'] as const;
export type AuditColumn = (typeof auditColumns)[number];

/** The actions the change log records (its filter offers these, each once). */
export const auditActions = ['create', 'update', 'close', 'remove', 'restore', 'demo', 'import', 'undo', 'bulk', 'export', 'report', 'load'] as const;

/** A stored value as the user sees it (a choice's label, a region's name, dd/mm/yyyy); null is empty ("—"). */
export type ShownValue = LocalizedText | null;

/** One field a change changed: its key and stored values, and both in words. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  label: LocalizedText;
  shownBefore: ShownValue;
  shownAfter: ShownValue;
}

/** One change-log entry with only its changed fields in words, and its batch for an import, undo or bulk change. */
export interface AuditDetail {
  row: AuditRow;
  changes: FieldChange[];
  batch: ImportBatchInfo | null;
}

export const batchChangesInput = z
  .object({
    batchUid: z.string().min(1).max(80),
    /** 0-based page of `pageSize` records, in the order the batch wrote them. */
    page: z.number().int().min(0).max(1_000_000).default(0),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** One record an import, undo or bulk change touched. */
export interface BatchChange {
  id: number;
  /** insert: the batch created it; update: it changed the fields listed. */
  action: 'insert' | 'update';
  /** The record it is, or (a row of a child table: a person's period) belongs to; null when gone. */
  recordUid: string | null;
  /** That record's name now; null when it is gone (an undone import's new record). */
  recordLabel: string | null;
  /** A child table's row: what it is of the record, in words ("Periode kepesertaan"); null for the record itself. */
  part: LocalizedText | null;
  changes: FieldChange[];
}

export interface BatchChangePage {
  batch: ImportBatchInfo;
  /** Records the batch touched, in all. */
  total: number;
  page: number;
  pageSize: number;
  rows: BatchChange[];
}

/** The name the app's own changes are stored under (reference loads, frozen months, scheduled backups); screens say it in their language. */
export const systemActorName = 'Lindung (sistem)';
/** The name a change by nobody signed in is stored under (a wrong password, a lockout); screens say it in their language. */
export const anonymousActorName = 'Belum masuk (not signed in)';
