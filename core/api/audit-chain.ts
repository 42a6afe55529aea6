import type { Message, MessageParam } from './messages/message.ts';

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

/**
 * The report in words, as coded messages (the CLI renders both languages, the screen its own):
 * the verdict, then the chain head or how many links are broken. `at` formats a row's time.
 */
export function auditChainWords(report: AuditChainReport, at: (iso: string) => string): Message[] {
  const head = report.head ? [{ key: 'auditChain.head', params: { id: report.head.id, hash: report.head.hash } }] : [];
  if (report.ok) return report.count === 0 ? [{ key: 'auditChain.empty' }] : [{ key: 'auditChain.ok', params: { count: report.count } }, ...head];
  const b = report.broken;
  const when: MessageParam = b.at ? at(b.at) : { key: 'auditChain.noTime' };
  const first: Message =
    b.reason === 'missing'
      ? { key: 'auditChain.missing', params: { id: b.id, at: when, from: b.missingFrom ?? b.id, to: b.missingTo ?? b.id } }
      : b.reason === 'truncated'
        ? { key: 'auditChain.truncated', params: { from: b.missingFrom ?? b.id, to: b.missingTo ?? b.id, lastId: b.lastId ?? 0 } }
        : { key: b.detail === 'headDiffers' ? 'auditChain.headDiffers' : b.reason === 'inserted' ? 'auditChain.inserted' : 'auditChain.changed', params: { id: b.id, at: when } };
  return [
    first,
    ...(b.backDated ? [{ key: 'auditChain.backDated' }] : []),
    ...(report.brokenLinks > 1 ? [{ key: 'auditChain.moreBreaks', params: { count: report.brokenLinks } }] : []),
    { key: 'auditChain.checked', params: { count: report.count } },
  ];
}
