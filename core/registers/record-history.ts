import { tableName } from '../../db/bulk-sql.ts';
import { selectRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import type { HistoryEntry } from '../api/registers.ts';
import { notFound } from '../app-error.ts';
import { changeDescriber, snapshotChanges } from '../audit/describe-changes.ts';
import type { ServiceContext } from '../context.ts';
import { rawChanges } from '../imports/import-batches.ts';
import type { RegisterDefinition } from './register-definition.ts';

// A record's history, newest first: its own changes (the audit log: a form save, a status)
// and the changes imports and bulk changes made to it (import_change, one audit row per batch).
// Only the fields a change changed are listed, in words as the register shows them.

interface BatchChangeRow {
  at: string;
  actorName: string;
  action: 'insert' | 'update';
  changes: string | null;
  uid: string;
  kind: 'import' | 'bulk';
  fileName: string;
  status: 'committed' | 'undone';
  undoneAt: string | null;
  undoneBy: string | null;
}

const parse = (json: string | null): Record<string, unknown> | null => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

export function recordHistory(ctx: ServiceContext, register: string, uid: string): HistoryEntry[] {
  const definition = ctx.runtime.registers.get(register);
  const table = tableName(definition.recordTable);
  const id = stmt(ctx.sqlite, `SELECT id FROM "${table}" WHERE uid = ?`).pluck().get(uid) as number | undefined;
  if (id === undefined) throw notFound(definition.recordNoun, { uid });
  // Records merged into this one bring their history along, each entry saying whose it was.
  const merged = (definition.history?.mergedInto?.(ctx.sqlite, id) ?? []).flatMap((m) =>
    ownHistory(ctx, definition, table, m.uid).map((entry) => ({ ...entry, mergedFrom: m.label })),
  );
  return [...ownHistory(ctx, definition, table, uid), ...merged].sort((a, b) => b.at.localeCompare(a.at));
}

function ownHistory(ctx: ServiceContext, definition: RegisterDefinition, table: string, uid: string): HistoryEntry[] {
  const id = stmt(ctx.sqlite, `SELECT id FROM "${table}" WHERE uid = ?`).pluck().get(uid) as number;
  const describer = changeDescriber(ctx, definition.entity);
  const own = (stmt(ctx.sqlite, 'SELECT at, actor_name AS actorName, action, before, after FROM audit_log WHERE entity = ? AND entity_uid = ? ORDER BY id DESC LIMIT 500').all(definition.entity, uid) as {
    at: string;
    actorName: string;
    action: string;
    before: string | null;
    after: string | null;
  }[]).map((row): HistoryEntry => ({ at: row.at, actorName: row.actorName, action: row.action, changes: describer.describe(snapshotChanges(parse(row.before), parse(row.after))), batch: null }));
  const batches = stmt(
    ctx.sqlite,
    `SELECT b.created_at AS at, b.actor_name AS actorName, c.action, c.changes, b.uid, b.kind, b.file_name AS fileName, b.status, b.undone_at AS undoneAt,
       (SELECT a.actor_name FROM audit_log a WHERE a.entity = 'import_batch' AND a.entity_uid = b.uid AND a.action = 'undo' ORDER BY a.id DESC LIMIT 1) AS undoneBy
     FROM import_change c JOIN import_batch b ON b.id = c.batch_id WHERE c.table_name = ? AND c.row_id = ? ORDER BY c.id DESC LIMIT 500`,
  ).all(table, id) as BatchChangeRow[];
  const current = (selectRowById(ctx.sqlite, definition.recordTable, id) ?? {}) as Record<string, unknown>;
  const batched = batches.flatMap((row): HistoryEntry[] => {
    const batch = { uid: row.uid, kind: row.kind, fileName: row.fileName, status: row.status };
    const raw = rawChanges(row.changes);
    const made: HistoryEntry = {
      at: row.at,
      actorName: row.actorName,
      action: row.kind === 'bulk' ? 'bulk-update' : row.action === 'insert' ? 'import-create' : 'import-update',
      changes: describer.describe(raw),
      batch,
    };
    if (row.status !== 'undone' || !row.undoneAt) return [made];
    // Its undo: the record is here, so an undone insert was kept; an update was reversed when
    // the record still holds what it had before (else it was kept, as edited since).
    const shown = raw.filter((c) => c.field !== 'updatedAt');
    const reversed = row.action === 'update' && shown.every((c) => JSON.stringify(current[c.field] ?? null) === JSON.stringify(c.before ?? null));
    const undo: HistoryEntry = {
      at: row.undoneAt,
      actorName: row.undoneBy ?? row.actorName,
      action: `${row.kind === 'bulk' ? 'undo-bulk' : 'undo-import'}${reversed ? '' : '-kept'}`,
      changes: reversed ? describer.describe(shown.map((c) => ({ field: c.field, before: c.after, after: c.before }))) : [],
      batch,
    };
    return [undo, made];
  });
  // Newest first; within one instant, a batch's change before the record's own (a record is
  // saved before an import can change it).
  return [...batched, ...own].sort((a, b) => b.at.localeCompare(a.at));
}
