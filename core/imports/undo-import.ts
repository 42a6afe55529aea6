import { eq } from 'drizzle-orm';
import { columnsOf, pickColumns, quoteId, rowJson, tableName } from '../../db/bulk-sql.ts';
import { stmt } from '../../db/statements.ts';
import { importBatch } from '../../db/schema/index.ts';
import type { ImportBatchInfo, ImportRegister } from '../api/imports.ts';
import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { batchInfo } from './import-batches.ts';
import { importers, type AnyImporter } from './importers.ts';

// Undo of a whole import, set-based like its commit: records it created go, records it
// changed get their snapshot back (import_change.before). Refused, with nothing changed,
// when any of them was edited after the import or has something hanging on it.

function undoSql(importer: AnyImporter) {
  const table = importer.table;
  const t = quoteId(tableName(table));
  const [uid, updatedAt, label] = pickColumns(table, ['uid', 'updatedAt', importer.labelKey]).map((c) => quoteId(c.name));
  const ofBatch = (action: 'insert' | 'update') => `FROM import_change c JOIN ${t} e ON e.${uid} = c.entity_uid WHERE c.batch_id = @batch AND c.action = '${action}'`;
  const view = rowJson(table, 'e', { omit: importer.auditOmit });
  const restoredView = `json_remove(c.before, ${importer.auditOmit.map((k) => `'$.${k}'`).join(', ')})`;
  const restorable = columnsOf(table).filter((c) => !['id', 'uid', 'createdAt'].includes(c.key));
  return {
    deletedFields: columnsOf(table).filter((c) => !importer.auditOmit.includes(c.key)).map((c) => c.key).sort().join(', '),
    editedAfter: `SELECT e.${label} FROM import_change c JOIN ${t} e ON e.${uid} = c.entity_uid WHERE c.batch_id = @batch AND e.${updatedAt} <> c.after_updated_at`,
    heldByOthers: importer.undoBlocker ? `SELECT e.${label} ${ofBatch('insert')} AND e.${updatedAt} = c.after_updated_at AND (${importer.undoBlocker.sql})` : null,
    auditOfDeletes: `SELECT new_uid(), @at, @actorId, @actorName, 'undo-import', @entity, e.${uid}, @deletedFields, ${view}, NULL ${ofBatch('insert')}`,
    delete: `DELETE FROM ${t} WHERE id IN (SELECT e.id ${ofBatch('insert')})`,
    auditOfRestores: `SELECT new_uid(), @at, @actorId, @actorName, 'undo-import', @entity, e.${uid},
        (SELECT group_concat(a.key, ', ' ORDER BY a.key) FROM json_each(${view}) a JOIN json_each(${restoredView}) b ON b.key = a.key WHERE a.value IS NOT b.value),
        ${view}, ${restoredView} ${ofBatch('update')}`,
    restore: `UPDATE ${t} AS e SET (${restorable.map((c) => quoteId(c.name)).join(', ')}) = (${restorable.map((c) => `json_extract(c.before, '$.${c.key}')`).join(', ')})
      FROM import_change c WHERE c.batch_id = @batch AND c.action = 'update' AND c.entity_uid = e.${uid}`,
  };
}
const sqlCache = new WeakMap<AnyImporter, ReturnType<typeof undoSql>>();
const sqlFor = (importer: AnyImporter) => sqlCache.get(importer) ?? sqlCache.set(importer, undoSql(importer)).get(importer)!;

/** Reverses a whole import: records it created go, records it changed get their old values back. */
export function undoImport(ctx: ServiceContext, batchUid: string): ImportBatchInfo {
  const batch = ctx.db.select().from(importBatch).where(eq(importBatch.uid, batchUid)).get();
  if (!batch) throw new AppError('NOT_FOUND', { id: 'Impor tidak ditemukan.', en: 'Import not found.' });
  if (batch.status === 'undone') throw new AppError('CONFLICT', { id: 'Impor ini sudah dibatalkan.', en: 'This import was already undone.' });
  const importer = importers[batch.register as ImportRegister];
  const sql = sqlFor(importer);
  const params = { batch: batch.id, entity: importer.entity, deletedFields: sql.deletedFields };
  const undone = writeAudited(ctx, (scope) => {
    refuseIfBlocked(ctx, importer, sql, params);
    const changes = stmt(ctx.sqlite, 'SELECT count(*) FROM import_change WHERE batch_id = ?').pluck().get(batch.id) as number;
    scope.auditSelect(sql.auditOfDeletes, params);
    stmt(ctx.sqlite, sql.delete).run(params);
    scope.auditSelect(sql.auditOfRestores, params);
    stmt(ctx.sqlite, sql.restore).run(params);
    const after = scope.db.update(importBatch).set({ status: 'undone', undoneAt: ctx.now().toISOString() }).where(eq(importBatch.id, batch.id)).returning().get();
    scope.audit({ action: 'undo', entity: 'import_batch', entityUid: batch.uid, before: { status: batch.status }, after: { status: 'undone', changes } });
    return after;
  });
  return batchInfo(undone);
}

function refuseIfBlocked(ctx: ServiceContext, importer: AnyImporter, sql: ReturnType<typeof undoSql>, params: Record<string, unknown>) {
  const edited = stmt(ctx.sqlite, sql.editedAfter).pluck().all(params) as string[];
  const held = sql.heldByOthers ? (stmt(ctx.sqlite, sql.heldByOthers).pluck().all(params) as string[]) : [];
  const blocked = [
    ...edited.map((name) => ({ id: `"${name}" sudah diubah setelah impor`, en: `"${name}" was changed after the import` })),
    ...held.map((name) => ({ id: `"${name}" ${importer.undoBlocker!.reason.id}`, en: `"${name}" ${importer.undoBlocker!.reason.en}` })),
  ];
  if (blocked.length === 0) return;
  throw new AppError('CONFLICT', {
    id: `Impor tidak bisa dibatalkan karena ${blocked.length} data sudah diubah sesudahnya: ${blocked.slice(0, 5).map((b) => b.id).join('; ')}. Tidak ada yang berubah.`,
    en: `The import cannot be undone because ${blocked.length} records changed after it: ${blocked.slice(0, 5).map((b) => b.en).join('; ')}. Nothing was changed.`,
  }, { blocked: blocked.length });
}
