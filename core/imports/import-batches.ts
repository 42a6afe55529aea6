import { and, eq } from 'drizzle-orm';
import type { BatchChangePage } from '../api/audit.ts';
import type { ImportBatchInfo } from '../api/imports.ts';
import { notFound } from '../app-error.ts';
import { changeDescriber, type RawChange } from '../audit/describe-changes.ts';
import type { ServiceContext } from '../context.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import { msg, renderBoth } from '../messages.ts';
import { columnsOf, quoteId, tableName } from '../../db/bulk-sql.ts';
import { stmt } from '../../db/statements.ts';
import { importBatch } from '../../db/schema/index.ts';

// Import batches as the history shows them, the committed import of a file's bytes, and the
// records a batch touched, page by page.

/** The committed import of the same bytes, if any: re-importing a file changes nothing. */
export function committedBatch(ctx: ServiceContext, register: string, hash: string) {
  return ctx.db
    .select()
    .from(importBatch)
    .where(and(eq(importBatch.register, register), eq(importBatch.fileHash, hash), eq(importBatch.status, 'committed')))
    .get();
}

export const batchInfo = (b: typeof importBatch.$inferSelect): ImportBatchInfo => ({
  uid: b.uid, register: b.register, kind: b.kind, note: b.note, kept: b.kept, fileName: b.fileName, fileHash: b.fileHash, sheet: b.sheet, status: b.status,
  inserted: b.inserted, updated: b.updated, unchanged: b.unchanged, invalid: b.invalid, actorName: b.actorName, createdAt: b.createdAt, undoneAt: b.undoneAt,
});

/** A write program's query for its batch (@batch), in the shape drizzle gives it (batchInfo takes it). */
export const batchRowSql = `SELECT ${columnsOf(importBatch).map((c) => `${quoteId(c.name)} AS ${quoteId(c.key)}`).join(', ')} FROM import_batch WHERE id = @batch`;

/** A batch by its uid (an import, or a bulk change), whatever its status. */
export function findBatchByUid(ctx: Pick<ServiceContext, 'db'>, uid: string) {
  return ctx.db.select().from(importBatch).where(eq(importBatch.uid, uid)).get();
}

/**
 * One page of the records a batch touched, with their changed fields in words: the change log's
 * import, undo and bulk entries open to it. A page is a range of the batch's index
 * (import_change_batch_idx holds batch_id and the row's id), so a deep page of a million-row
 * import reads the index, not the table, up to it.
 */
export function batchChanges(ctx: ServiceContext, input: { batchUid: string; page: number; pageSize: number }): BatchChangePage {
  const batch = findBatchByUid(ctx, input.batchUid);
  if (!batch) throw notFound(msg('audit.batch'), { uid: input.batchUid });
  const definition = ctx.runtime.registers.get(batch.register);
  const table = tableName(definition.recordTable);
  const alias = definition.grid.primaryKey.split('.')[0]!;
  const total = stmt(ctx.sqlite, 'SELECT count(*) FROM import_change WHERE batch_id = ?').pluck().get(batch.id) as number;
  // A child table's row (a person's period) is named by the record it belongs to.
  const [record, ...others] = definition.importer?.tables ?? [];
  const children = others.filter((t) => record && t.parent?.table === record.key && tableName(record.table) === table).map((t) => ({
    table: tableName(t.table),
    column: columnsOf(t.table).find((c) => c.key === t.parent!.column)!.name,
    part: renderBoth(msg(`audit.entities.${t.entity}` as MessageKey)),
  }));
  const rows = stmt(ctx.sqlite, batchPageSql(definition.labelSql, table, alias, children)).all(batch.id, input.pageSize, input.page * input.pageSize) as {
    id: number; action: 'insert' | 'update'; tableName: string; changes: string | null; recordUid: string | null; recordLabel: string | null;
  }[];
  const describer = changeDescriber(ctx, definition.entity);
  return {
    batch: batchInfo(batch),
    total,
    page: input.page,
    pageSize: input.pageSize,
    rows: rows.map((r) => ({
      id: r.id,
      action: r.action,
      recordUid: r.recordUid,
      recordLabel: r.recordLabel,
      part: children.find((c) => c.table === r.tableName)?.part ?? null,
      changes: r.action === 'update' ? describer.describe(rawChanges(r.changes)) : [],
    })),
  };
}

/**
 * The page's change ids from the batch index (covering), then their rows and the records' names:
 * a row of the register's table by its id, a child's (`children`: its table and the column
 * pointing at its record) by its record's; a row of any other table, none.
 */
export const batchPageSql = (labelSql: string, table: string, alias: string, children: readonly { table: string; column: string }[] = []) => {
  const recordId = `CASE c.table_name WHEN '${table}' THEN c.row_id ${children.map((ch) => `WHEN '${ch.table}' THEN (SELECT ch.${quoteId(ch.column)} FROM ${quoteId(ch.table)} ch WHERE ch.id = c.row_id)`).join(' ')} END`;
  return `
  SELECT c.id, c.action, c.table_name AS tableName, c.changes,
    (SELECT ${alias}.uid FROM "${table}" ${alias} WHERE ${alias}.id = ${recordId}) AS recordUid,
    (SELECT ${labelSql} FROM "${table}" ${alias} WHERE ${alias}.id = ${recordId}) AS recordLabel
  FROM import_change c
  WHERE c.id IN (SELECT id FROM import_change WHERE batch_id = ? ORDER BY id LIMIT ? OFFSET ?)
  ORDER BY c.id`;
};

/** import_change's {field: [before, after]} as raw changes. */
export const rawChanges = (json: string | null): RawChange[] =>
  Object.entries((json ? JSON.parse(json) : {}) as Record<string, [unknown, unknown]>).map(([field, [before, after]]) => ({ field, before, after }));
