import { auditHash } from '../../db/audit-hash.ts';
import type { Sqlite } from '../../db/open.ts';
import type { AuditChainBreak, AuditChainHead, AuditChainReport } from '../api/audit-chain.ts';

// Checks the audit log's hash chain (db/audit-hash.ts): row by row in id order, each row's hash
// must be the hash of its fields and the previous row's hash, ids must follow each other, and
// the table's AUTOINCREMENT counter must not be ahead of the last row. Rows are read in pages by
// id (a million rows are never in memory at once); the job version lets the event loop run
// between pages.

export type { AuditChainBreak, AuditChainHead, AuditChainReport };

const columns = 'id, uid, at, actor_id, actor_name, action, entity, entity_uid, entity_label, changed_fields, before, after, hash';
const pageSql = `SELECT ${columns} FROM audit_log WHERE id > ? ORDER BY id LIMIT ?`;

interface Row {
  id: number;
  uid: unknown;
  at: unknown;
  actor_id: unknown;
  actor_name: unknown;
  action: unknown;
  entity: unknown;
  entity_uid: unknown;
  entity_label: unknown;
  changed_fields: unknown;
  before: unknown;
  after: unknown;
  hash: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : value === null || value === undefined ? null : String(value));

/**
 * The newest row's id and hash: what a backup or an evidence manifest records to pin the log.
 * A database from before the chain (a backup of an older version) has no hash: '' then.
 */
export function auditChainHead(sqlite: Sqlite): { id: number; hash: string } | null {
  const chained = (sqlite.prepare("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'hash'").pluck().get() as number) > 0;
  const row = sqlite.prepare(`SELECT id, ${chained ? 'hash' : 'NULL AS hash'} FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { id: number; hash: unknown } | undefined;
  return row ? { id: row.id, hash: text(row.hash) ?? '' } : null;
}

export interface VerifyOptions {
  /** A head recorded earlier (a backup's manifest): the log must still contain it unchanged. */
  knownHead?: AuditChainHead | null;
  /** Rows per page. */
  pageRows?: number;
}

/** Follows the chain row by row; the first break is kept, later rows are checked against their stored predecessor. */
class ChainWalk {
  count = 0;
  broken: AuditChainBreak | null = null;
  brokenLinks = 0;
  last: { id: number; at: string | null; hash: string | null } | null = null;
  knownHeadSeen = false;

  readonly knownHead: AuditChainHead | null;
  constructor(knownHead: AuditChainHead | null) {
    this.knownHead = knownHead;
  }

  add(row: Row): void {
    const at = text(row.at);
    const hash = text(row.hash);
    const problem = this.check(row, at, hash);
    if (problem) {
      this.brokenLinks += 1;
      this.broken ??= problem;
    }
    if (this.knownHead && row.id === this.knownHead.id) {
      this.knownHeadSeen = true;
      if (hash !== this.knownHead.hash && !this.broken) this.broken = { reason: 'changed', id: row.id, at, detail: 'headDiffers' };
    }
    this.count += 1;
    this.last = { id: row.id, at, hash };
  }

  private check(row: Row, at: string | null, hash: string | null): AuditChainBreak | null {
    const expectedId = this.last ? this.last.id + 1 : 1;
    if (row.id !== expectedId) {
      // Rows before this one are gone (deleted in the file): a gap in the ids.
      return { reason: 'missing', id: row.id, at, missingFrom: expectedId, missingTo: row.id - 1 };
    }
    const backDated = this.last?.at != null && at !== null && at < this.last.at;
    if (hash === null) return { reason: 'inserted', id: row.id, at, ...(backDated ? { backDated } : {}) };
    const expected = auditHash(this.last?.hash ?? null, row.id, row.uid, row.at, row.actor_id, row.actor_name, row.action, row.entity, row.entity_uid, row.entity_label, row.changed_fields, row.before, row.after);
    if (expected !== hash) return { reason: backDated ? 'inserted' : 'changed', id: row.id, at, ...(backDated ? { backDated } : {}) };
    return null;
  }

  /** After the last row: the counter (read before the walk) and a known head may say rows were removed from the end. */
  report(sequence: number | null): AuditChainReport {
    const head = this.last ? { id: this.last.id, hash: this.last.hash ?? '' } : null;
    let broken = this.broken;
    const lastId = this.last?.id ?? 0;
    if (!broken && this.knownHead && !this.knownHeadSeen) {
      broken = { reason: 'truncated', id: lastId + 1, at: null, lastId, missingFrom: lastId + 1, missingTo: this.knownHead.id };
    }
    if (!broken && sequence !== null && sequence > lastId) {
      broken = { reason: 'truncated', id: lastId + 1, at: null, lastId, missingFrom: lastId + 1, missingTo: sequence };
    }
    const brokenLinks = this.brokenLinks + (broken && !this.broken ? 1 : 0);
    return broken ? { ok: false, count: this.count, head, broken, brokenLinks } : { ok: true, count: this.count, head };
  }
}

const sequenceOf = (sqlite: Sqlite) =>
  (sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as number | undefined) ?? null;

/** Verifies the whole chain at once (the CLI, tests). Reads page by page. */
export function verifyAuditChain(sqlite: Sqlite, options: VerifyOptions = {}): AuditChainReport {
  const walk = new ChainWalk(options.knownHead ?? null);
  const page = sqlite.prepare(pageSql);
  const pageRows = options.pageRows ?? 10_000;
  const sequence = sequenceOf(sqlite);
  for (let after = 0; ; ) {
    const rows = page.all(after, pageRows) as Row[];
    for (const row of rows) walk.add(row);
    if (rows.length < pageRows) break;
    after = rows.at(-1)!.id;
  }
  return walk.report(sequence);
}

/**
 * The same as a job's work: a page at a time with the event loop free in between, progress
 * after each page, stops when `signal` is aborted. Rows appended meanwhile are checked too.
 */
export async function verifyAuditChainInSteps(
  sqlite: Sqlite,
  hooks: { signal: AbortSignal; progress(done: number, total: number): void },
  options: VerifyOptions = {},
): Promise<AuditChainReport> {
  const walk = new ChainWalk(options.knownHead ?? null);
  const page = sqlite.prepare(pageSql);
  const pageRows = options.pageRows ?? 5_000; // smaller pages: the event loop waits less between them
  // The counter before the first page: rows appended while the walk runs are not "removed".
  const sequence = sequenceOf(sqlite);
  const total = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  for (let after = 0; ; ) {
    if (hooks.signal.aborted) throw new Error('audit chain check cancelled');
    const rows = page.all(after, pageRows) as Row[];
    for (const row of rows) walk.add(row);
    hooks.progress(walk.count, Math.max(total, walk.count));
    if (rows.length < pageRows) break;
    after = rows.at(-1)!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return walk.report(sequence);
}
