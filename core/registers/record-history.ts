import { tableName } from '../../db/bulk-sql.ts';
import { selectRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import type { HistoryEntry } from '../api/registers.ts';
import { notFound } from '../app-error.ts';
import { changeDescriber, snapshotChanges, type RawChange } from '../audit/describe-changes.ts';
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
  /** The batch's own audit row, and its undo's: the order of changes made in one instant. */
  auditId: number | null;
  undoAuditId: number | null;
}

/** An entry with the audit row id that orders it among others of the same instant. */
type Sequenced = HistoryEntry & { seq: number };

const newestFirst = (a: Sequenced, b: Sequenced) => b.at.localeCompare(a.at) || b.seq - a.seq;

/** The import and bulk changes of rows `ids` of `table`, newest first. */
function batchChanges(ctx: ServiceContext, table: string, ids: readonly number[]): (BatchChangeRow & { rowId: number })[] {
  if (ids.length === 0) return [];
  return stmt(
    ctx.sqlite,
    `SELECT b.created_at AS at, b.actor_name AS actorName, c.action, c.changes, c.row_id AS rowId, b.uid, b.kind, b.file_name AS fileName, b.status, b.undone_at AS undoneAt,
       (SELECT a.actor_name FROM audit_log a WHERE a.entity = 'import_batch' AND a.entity_uid = b.uid AND a.action = 'undo' ORDER BY a.id DESC LIMIT 1) AS undoneBy,
       (SELECT a.id FROM audit_log a WHERE a.entity = 'import_batch' AND a.entity_uid = b.uid ORDER BY a.id LIMIT 1) AS auditId,
       (SELECT a.id FROM audit_log a WHERE a.entity = 'import_batch' AND a.entity_uid = b.uid AND a.action = 'undo' ORDER BY a.id DESC LIMIT 1) AS undoAuditId
     FROM import_change c JOIN import_batch b ON b.id = c.batch_id WHERE c.table_name = ? AND c.row_id IN (SELECT value FROM json_each(?)) ORDER BY c.id DESC LIMIT 500`,
  ).all(table, JSON.stringify(ids)) as (BatchChangeRow & { rowId: number })[];
}

/**
 * A batch's change as history entries: the change, and its undo when the batch was undone. The
 * record is here, so an undone insert was kept; an update was reversed when the record still
 * holds what it had before (`current`), else it was kept, as edited since.
 */
function batchEntries(row: BatchChangeRow, raw: RawChange[], current: Record<string, unknown>, describe: (changes: RawChange[]) => HistoryEntry['changes']): Sequenced[] {
  const batch = { uid: row.uid, kind: row.kind, fileName: row.fileName, status: row.status };
  const made: Sequenced = {
    seq: row.auditId ?? 0,
    at: row.at,
    actorName: row.actorName,
    action: row.kind === 'bulk' ? 'bulk-update' : row.action === 'insert' ? 'import-create' : 'import-update',
    changes: describe(raw),
    batch,
  };
  if (row.status !== 'undone' || !row.undoneAt) return [made];
  const shown = raw.filter((c) => c.field !== 'updatedAt');
  const reversed = row.action === 'update' && shown.every((c) => JSON.stringify(current[c.field] ?? null) === JSON.stringify(c.before ?? null));
  const undo: Sequenced = {
    seq: row.undoAuditId ?? row.auditId ?? 0,
    at: row.undoneAt,
    actorName: row.undoneBy ?? row.actorName,
    action: `${row.kind === 'bulk' ? 'undo-bulk' : 'undo-import'}${reversed ? '' : '-kept'}`,
    changes: reversed ? describe(shown.map((c) => ({ field: c.field, before: c.after, after: c.before }))) : [],
    batch,
  };
  return [undo, made];
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
  // Within one instant (a merge writes both people's rows), this record's own entries first.
  const carriedLast = (a: Sequenced, b: Sequenced) => b.at.localeCompare(a.at) || Number(Boolean(a.mergedFrom)) - Number(Boolean(b.mergedFrom)) || b.seq - a.seq;
  return [...ownHistory(ctx, definition, table, uid), ...merged].sort(carriedLast).map(({ seq: _seq, ...entry }) => entry);
}

function ownHistory(ctx: ServiceContext, definition: RegisterDefinition, table: string, uid: string): Sequenced[] {
  const id = stmt(ctx.sqlite, `SELECT id FROM "${table}" WHERE uid = ?`).pluck().get(uid) as number;
  const describer = changeDescriber(ctx, definition.entity);
  const ownRows = stmt(ctx.sqlite, 'SELECT id, at, actor_name AS actorName, action, before, after FROM audit_log WHERE entity = ? AND entity_uid = ? ORDER BY id DESC LIMIT 500').all(definition.entity, uid) as {
    id: number;
    at: string;
    actorName: string;
    action: string;
    before: string | null;
    after: string | null;
  }[];
  const own = ownRows.map((row): Sequenced => ({ seq: row.id, at: row.at, actorName: row.actorName, action: row.action, changes: describer.describe(snapshotChanges(parse(row.before), parse(row.after))), batch: null }));
  const current = (selectRowById(ctx.sqlite, definition.recordTable, id) ?? {}) as Record<string, unknown>;
  const batched = batchChanges(ctx, table, [id]).flatMap((row) => batchEntries(row, rawChanges(row.changes), current, (raw) => describer.describe(raw)));
  // Rows that belong to the record (a person's periods): each change as one line of the field
  // that holds them, before and after. A row's state at each change is its state now with the
  // later changes taken back, newest first: a batch's from its change log, a form's save from
  // the row as the record's audit snapshot before the save kept it (`kept`). Rows an undo
  // removed are gone with their trail.
  const children = (definition.history?.children ?? []).flatMap((child) => {
    const childTable = tableName(child.table);
    const ids = stmt(ctx.sqlite, `SELECT id FROM "${childTable}" WHERE "${child.parentColumn}" = ?`).pluck().all(id) as number[];
    const saves = ownRows.map((r) => ({ id: r.id, before: parse(r.before)?.[child.field] }));
    const states = new Map<number, Record<string, unknown>>();
    /** Per row, how many saves (newest first) are taken back already. */
    const savesTaken = new Map<number, number>();
    return batchChanges(ctx, childTable, ids).flatMap((row) => {
      const now = selectRowById(ctx.sqlite, child.table, row.rowId) as Record<string, unknown> | undefined;
      if (!now) return [];
      const raw = rawChanges(row.changes).filter((c) => c.field !== 'updatedAt');
      // The row as it was after this change: now, less the later changes still in force. An
      // undone change was taken back already, so the later state does not hold it. Audit row ids
      // order the saves and the batch (one instant may hold both).
      let base = states.get(row.rowId) ?? now;
      let taken = savesTaken.get(row.rowId) ?? 0;
      for (; row.auditId !== null && taken < saves.length && saves[taken]!.id > row.auditId; taken++) {
        const was = child.kept(saves[taken]!.before, String(now.uid));
        if (was) base = { ...base, ...was };
      }
      savesTaken.set(row.rowId, taken);
      const after = row.status === 'undone' ? { ...base, ...Object.fromEntries(raw.map((c) => [c.field, c.after])) } : base;
      const before = { ...after, ...Object.fromEntries(raw.map((c) => [c.field, c.before])) };
      // An undone change was taken back already: older changes start from this one's state with
      // the later saves taken back (the saves made before its undo held its values, as `after`).
      if (row.status !== 'undone') states.set(row.rowId, before);
      else states.set(row.rowId, base);
      const line: RawChange = { field: child.field, before: row.action === 'insert' ? null : child.line(ctx.sqlite, before), after: child.line(ctx.sqlite, after) };
      const changes = raw.length || row.action === 'insert' ? [line] : [];
      // The row changed, not the record: an insert reads as the record updated by the batch.
      return batchEntries({ ...row, action: 'update' }, changes, { [child.field]: child.line(ctx.sqlite, base) }, (c) => describer.describe(c));
    });
  });
  return [...oneEntryPerBatch([...batched, ...children]), ...own].sort(newestFirst);
}

/**
 * A batch's changes to the record and to its rows (a person and the period an import added) read
 * as one entry: the record's own change, its rows' lines after its own. Undo entries join only
 * those of the same kind (reversed, or kept as edited since).
 */
function oneEntryPerBatch(entries: Sequenced[]): Sequenced[] {
  const joined: Sequenced[] = [];
  const byBatch = new Map<string, Sequenced>();
  for (const entry of entries) {
    const key = entry.batch ? `${entry.batch.uid} ${entry.at} ${entry.action.startsWith('undo-') ? entry.action : 'made'}` : null;
    const first = key === null ? undefined : byBatch.get(key);
    if (first) {
      first.changes = [...first.changes, ...entry.changes];
      continue;
    }
    const copy = { ...entry };
    if (key !== null) byBatch.set(key, copy);
    joined.push(copy);
  }
  return joined;
}
