import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { bumpGeneration } from '../grid/ordered-ids.ts';

const auditColumns = 'uid, at, actor_id, actor_name, action, entity, entity_uid, changed_fields, before, after';
const insertAudit = `INSERT INTO audit_log (${auditColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
import type { CoreContext as ServiceContext } from '../context.ts';

export interface AuditEntry {
  action: string; // create | update | delete | close | import | undo ...
  entity: string; // table-like name: office_profile, employer ...
  entityUid: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface WriteScope {
  db: ServiceContext['db'];
  /** Records one audit row in the same transaction as the change. */
  audit(entry: AuditEntry): void;
  /**
   * Records one audit row per row of `select` (set-based writes: an import's thousands of
   * rows). The SELECT yields, in order: uid, at, actor_id, actor_name, action, entity,
   * entity_uid, changed_fields, before, after; it may use @at, @actorId and @actorName.
   * Returns the number of rows recorded.
   */
  auditSelect(select: string, params?: Record<string, unknown>): number;
}

export class UnauditedWriteError extends Error {
  override name = 'UnauditedWriteError';
}

/** Top-level keys whose values differ, sorted: what the audit grid shows at a glance. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).sort();
}

/**
 * The one write path: runs `work` inside a synchronous transaction and refuses to commit
 * unless it recorded at least one audit row. Throwing anywhere rolls everything back.
 */
export function writeAudited<T>(ctx: ServiceContext, work: (scope: WriteScope) => T): T {
  const result = ctx.sqlite.transaction(() => {
    let recorded = 0;
    const at = ctx.now().toISOString();
    const scope: WriteScope = {
      db: ctx.db,
      audit(entry) {
        const fields = changedFields(entry.before, entry.after);
        // A prepared statement, not the query builder: this runs once per written record.
        stmt(ctx.sqlite, insertAudit).run(
          newUid(),
          at,
          ctx.actor.id,
          ctx.actor.name,
          entry.action,
          entry.entity,
          entry.entityUid,
          fields.join(', ') || null,
          entry.before ? JSON.stringify(entry.before) : null,
          entry.after ? JSON.stringify(entry.after) : null,
        );
        recorded += 1;
      },
      auditSelect(select, params = {}) {
        const { changes } = stmt(ctx.sqlite, `INSERT INTO audit_log (${auditColumns}) ${select}`).run({ ...params, at, actorId: ctx.actor.id, actorName: ctx.actor.name });
        recorded += changes;
        return changes;
      },
    };
    const result = work(scope);
    if (recorded === 0) throw new UnauditedWriteError('A write finished without an audit row; rolled back.');
    return result;
  })();
  bumpGeneration(ctx.sqlite); // cached grid orderings are stale now
  return result;
}
