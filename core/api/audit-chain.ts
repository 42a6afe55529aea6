// What checking the audit log's hash chain found (core/audit/chain.ts; `lindung audit verify`,
// the audit screen's "Periksa keutuhan log").

/** The newest row of the log: its id and hash (a backup or an evidence manifest records it). */
export interface AuditChainHead {
  id: number;
  hash: string;
}

/**
 * The first broken link:
 * - changed: the row's hash does not fit its fields (edited in the file) — `detail: 'headDiffers'`
 *   when it is the head recorded elsewhere that differs;
 * - missing: rows before it are gone (a gap in the ids, `missingFrom`..`missingTo`);
 * - inserted: a row the app did not write (no hash, or a wrong hash on a row dated before the one
 *   before it: `backDated`);
 * - truncated: rows were removed from the end (the id counter, or a head recorded elsewhere, is
 *   past the last row `lastId`).
 */
export interface AuditChainBreak {
  reason: 'changed' | 'missing' | 'inserted' | 'truncated';
  /** The row where the chain breaks (for missing: the first row after the gap; truncated: the first row gone). */
  id: number;
  /** Its time (UTC ISO), null when the row is gone. */
  at: string | null;
  missingFrom?: number;
  missingTo?: number;
  lastId?: number;
  backDated?: boolean;
  detail?: 'headDiffers';
}

export type AuditChainReport =
  | { ok: true; count: number; head: AuditChainHead | null }
  | { ok: false; count: number; head: AuditChainHead | null; broken: AuditChainBreak; brokenLinks: number };
