import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import type { CoreContext as ServiceContext } from '../context.ts';
import { bumpGeneration } from '../grid/ordered-ids.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import { auditWords } from './audit-words.ts';

/**
 * An INSERT of one audit row chained to the previous one (db/audit-hash.ts). Its id and the
 * previous row's hash are read in the same statement, under the write lock, so every write path
 * (a record's scope here, a program on a worker's connection) chains in its own transaction. The
 * id is the AUTOINCREMENT counter's next value (rows removed from the end leave a gap the check
 * sees), past the last row should the counter itself be gone. `values` names the row's fields:
 * `? AS uid, ...` or `@auditUid AS uid, ...`.
 */
function chainedInsert(values: string): string {
  return `INSERT INTO audit_log (id, uid, at, actor_id, actor_name, action, entity, entity_uid, entity_label, changed_fields, before, after, hash)
  SELECT id, uid, at, actor_id, actor_name, action, entity, entity_uid, entity_label, changed_fields, before, after,
    audit_hash(prev, id, uid, at, actor_id, actor_name, action, entity, entity_uid, entity_label, changed_fields, before, after)
  FROM (SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), coalesce((SELECT max(id) FROM audit_log), 0)) + 1 AS id,
    (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS prev, ${values})`;
}
const fieldNames = ['uid', 'at', 'actor_id', 'actor_name', 'action', 'entity', 'entity_uid', 'entity_label', 'changed_fields', 'before', 'after'];

/** One chained audit row from its fields in order (uid, at, actor_id, actor_name, action, entity, entity_uid, entity_label, changed_fields, before, after). */
export const insertAudit = `${chainedInsert(fieldNames.map((f) => `? AS ${f}`).join(', '))} RETURNING id`;
const insertWords = 'INSERT INTO audit_fts (rowid, words) VALUES (?, ?)';

export interface AuditEntry {
  action: string; // create | update | delete | close | import | undo ...
  entity: string; // table-like name: office_profile, employer ...
  entityUid: string | null;
  /** How the record is named ("PT Bali Segara"): the change log shows and searches it. */
  label?: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /**
   * What the entry did in words where its name and fields do not say it (a display setting:
   * "Kolom NIK ditampilkan — Register pekerja"): searched, not stored; the log derives it again
   * from the snapshots as it reads the row (entry-summary.ts).
   */
  summary?: LocalizedText | null;
}

export interface WriteScope {
  db: ServiceContext['db'];
  /** Records one audit row in the same transaction as the change. */
  audit(entry: AuditEntry): void;
}

export class UnauditedWriteError extends Error {
  override name = 'UnauditedWriteError';
}

/** Top-level keys whose values differ, sorted: what the audit grid shows at a glance. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).sort();
}

/** An audit scope inside a transaction the caller opened; `recorded()` says how many rows it wrote. */
export function auditScope(ctx: ServiceContext): WriteScope & { recorded(): number } {
  let recorded = 0;
  const at = ctx.now().toISOString();
  return {
    db: ctx.db,
    audit(entry) {
      const fields = changedFields(entry.before, entry.after);
      // A prepared statement, not the query builder: this may run once per written record.
      const { id } = stmt(ctx.sqlite, insertAudit).get(
        newUid(),
        at,
        ctx.actor.id,
        ctx.actor.name,
        entry.action,
        entry.entity,
        entry.entityUid,
        entry.label ?? null,
        fields.join(', ') || null,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
      ) as { id: number };
      stmt(ctx.sqlite, insertWords).run(id, auditWords(entry, ctx.actor.name, fields));
      recorded += 1;
    },
    recorded: () => recorded,
  };
}

/**
 * The audit row of a write that runs as a program (db/write-program.ts: an import's commit,
 * an undo, a bulk change): its statements and their parameters, for the program's transaction.
 */
export function auditProgramStatements(
  ctx: ServiceContext,
  entry: AuditEntry,
  /** SQL for the row's `after` when the program's own counts belong in it (json_object(..., @reversed)). */
  afterSql?: string,
): { statements: { sql: string }[]; params: Record<string, unknown> } {
  const fields = changedFields(entry.before, entry.after);
  return {
    statements: [
      {
        sql: chainedInsert(
          ['@auditUid', '@auditAt', '@auditActorId', '@auditActorName', '@auditAction', '@auditEntity', '@auditEntityUid', '@auditLabel', '@auditFields', '@auditBefore', afterSql ?? '@auditAfter']
            .map((value, i) => `${value} AS ${fieldNames[i]}`)
            .join(', '),
        ),
      },
      { sql: 'INSERT INTO audit_fts (rowid, words) VALUES (last_insert_rowid(), @auditWords)' },
    ],
    params: {
      auditUid: newUid(),
      auditAt: ctx.now().toISOString(),
      auditActorId: ctx.actor.id,
      auditActorName: ctx.actor.name,
      auditAction: entry.action,
      auditEntity: entry.entity,
      auditEntityUid: entry.entityUid,
      auditLabel: entry.label ?? null,
      auditFields: fields.join(', ') || null,
      auditBefore: entry.before ? JSON.stringify(entry.before) : null,
      auditAfter: entry.after ? JSON.stringify(entry.after) : null,
      auditWords: auditWords(entry, ctx.actor.name, fields),
    },
  };
}

/**
 * The one write path: runs `work` inside a synchronous transaction and refuses to commit
 * unless it recorded at least one audit row. Throwing anywhere rolls everything back.
 */
export function writeAudited<T>(ctx: ServiceContext, work: (scope: WriteScope) => T): T {
  const result = ctx.sqlite.transaction(() => {
    const scope = auditScope(ctx);
    const result = work(scope);
    if (scope.recorded() === 0) throw new UnauditedWriteError('A write finished without an audit row; rolled back.');
    return result;
  })();
  bumpGeneration(ctx.sqlite); // cached grid orderings are stale now
  return result;
}
