import { tableName } from '../../db/bulk-sql.ts';
import { stmt } from '../../db/statements.ts';
import type { HistoryEntry } from '../api/registers.ts';
import { notFound } from '../app-error.ts';
import { changeDescriber, snapshotChanges } from '../audit/describe-changes.ts';
import type { ServiceContext } from '../context.ts';
import { rawChanges } from '../imports/import-batches.ts';

// A record's history, newest first: its own changes (the audit log: a form save, a status)
// and the changes imports and bulk changes made to it (import_change, one audit row per batch).
// Only the fields a change changed are listed, in words as the register shows them.

const parse = (json: string | null): Record<string, unknown> | null => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

export function recordHistory(ctx: ServiceContext, register: string, uid: string): HistoryEntry[] {
  const definition = ctx.runtime.registers.get(register);
  const table = tableName(definition.recordTable);
  const id = stmt(ctx.sqlite, `SELECT id FROM "${table}" WHERE uid = ?`).pluck().get(uid) as number | undefined;
  if (id === undefined) throw notFound(definition.recordNoun, { uid });
  const describer = changeDescriber(ctx, definition.entity);
  const own = (stmt(ctx.sqlite, 'SELECT at, actor_name AS actorName, action, before, after FROM audit_log WHERE entity = ? AND entity_uid = ? ORDER BY id DESC LIMIT 500').all(definition.entity, uid) as {
    at: string;
    actorName: string;
    action: string;
    before: string | null;
    after: string | null;
  }[]).map((row): HistoryEntry => ({ at: row.at, actorName: row.actorName, action: row.action, changes: describer.describe(snapshotChanges(parse(row.before), parse(row.after))), batch: null }));
  const batched = (stmt(
    ctx.sqlite,
    `SELECT b.created_at AS at, b.actor_name AS actorName, c.action, c.changes, b.uid, b.kind, b.file_name AS fileName, b.status
     FROM import_change c JOIN import_batch b ON b.id = c.batch_id WHERE c.table_name = ? AND c.row_id = ? ORDER BY c.id DESC LIMIT 500`,
  ).all(table, id) as { at: string; actorName: string; action: 'insert' | 'update'; changes: string | null; uid: string; kind: 'import' | 'bulk'; fileName: string; status: 'committed' | 'undone' }[]).map(
    (row): HistoryEntry => ({
      at: row.at,
      actorName: row.actorName,
      action: row.action === 'insert' ? 'import-create' : 'import-update',
      changes: describer.describe(rawChanges(row.changes)),
      batch: { uid: row.uid, kind: row.kind, fileName: row.fileName, status: row.status },
    }),
  );
  // Newest first; within one instant, a batch's change before the record's own (a record is
  // saved before an import can change it).
  return [...batched, ...own].sort((a, b) => b.at.localeCompare(a.at));
}
