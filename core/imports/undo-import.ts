import { eq } from 'drizzle-orm';
import { columnsOf, pickColumns, quoteId, rowJson, tableName } from '../../db/bulk-sql.ts';
import { stmt } from '../../db/statements.ts';
import { importBatch } from '../../db/schema/index.ts';
import type { ImportBatchInfo, ImportRegister } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import { longTransaction } from '../audit/long-transaction.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { CancelledError, type JobHandle } from '../jobs/job-registry.ts';
import { batchInfo } from './import-batches.ts';
import { importers, wholeRecordFields, type AnyImporter } from './importers.ts';

// Undo of a whole import, set-based like its commit: records it created go, records it
// changed get their snapshot back (import_change.before). Refused, with nothing changed,
// when any of them was edited after the import or has something hanging on it. A job, with
// progress and cancel, like the commit.

function undoSql(importer: AnyImporter) {
  const table = importer.table;
  const t = quoteId(tableName(table));
  const [uid, updatedAt, label] = pickColumns(table, ['uid', 'updatedAt', importer.labelKey]).map((c) => quoteId(c.name));
  const chunk = 'c.batch_id = @batch AND c.id BETWEEN @lo AND @hi';
  const ofBatch = (action: 'insert' | 'update') => `FROM import_change c JOIN ${t} e ON e.${uid} = c.entity_uid WHERE ${chunk} AND c.action = '${action}'`;
  const view = rowJson(table, 'e', { omit: importer.auditOmit });
  const restoredView = `json_remove(c.before, ${importer.auditOmit.map((k) => `'$.${k}'`).join(', ')})`;
  const restorable = columnsOf(table).filter((c) => !['id', 'uid', 'createdAt'].includes(c.key));
  return {
    deletedFields: wholeRecordFields(importer),
    hiOfChunk: 'SELECT max(id) FROM (SELECT id FROM import_change WHERE batch_id = ? AND id > ? ORDER BY id LIMIT ?)',
    present: `SELECT count(*) FROM import_change c JOIN ${t} e ON e.${uid} = c.entity_uid WHERE ${chunk}`,
    editedAfter: `SELECT e.${label} FROM import_change c JOIN ${t} e ON e.${uid} = c.entity_uid WHERE ${chunk} AND e.${updatedAt} <> c.after_updated_at`,
    heldByOthers: importer.undoBlocker ? `SELECT e.${label} ${ofBatch('insert')} AND e.${updatedAt} = c.after_updated_at AND (${importer.undoBlocker.sql})` : null,
    auditOfDeletes: `SELECT new_uid(), @at, @actorId, @actorName, 'undo-import', @entity, e.${uid}, @deletedFields, ${view}, NULL ${ofBatch('insert')}`,
    delete: `DELETE FROM ${t} WHERE id IN (SELECT e.id ${ofBatch('insert')})`,
    auditOfRestores: `SELECT new_uid(), @at, @actorId, @actorName, 'undo-import', @entity, e.${uid},
        (SELECT group_concat(a.key, ', ' ORDER BY a.key) FROM json_each(${view}) a JOIN json_each(${restoredView}) b ON b.key = a.key WHERE a.value IS NOT b.value),
        ${view}, ${restoredView} ${ofBatch('update')}`,
    restore: `UPDATE ${t} AS e SET (${restorable.map((c) => quoteId(c.name)).join(', ')}) = (${restorable.map((c) => `json_extract(c.before, '$.${c.key}')`).join(', ')})
      FROM import_change c WHERE ${chunk} AND c.action = 'update' AND c.entity_uid = e.${uid}`,
  };
}
type UndoSql = ReturnType<typeof undoSql>;
const sqlCache = new WeakMap<AnyImporter, UndoSql>();
const sqlFor = (importer: AnyImporter) => sqlCache.get(importer) ?? sqlCache.set(importer, undoSql(importer)).get(importer)!;

const chunkRows = 2000;

/** The import_change id ranges of a batch, `chunkRows` changes each. */
function* chunksOf(ctx: ServiceContext, sql: UndoSql, batchId: number): Generator<{ lo: number; hi: number }> {
  let after = 0;
  for (;;) {
    const hi = stmt(ctx.sqlite, sql.hiOfChunk).pluck().get(batchId, after, chunkRows) as number | null;
    if (hi === null) return;
    yield { lo: after + 1, hi };
    after = hi;
  }
}

const alreadyUndone = () => new AppError('CONFLICT', { id: 'Impor ini sudah dibatalkan.', en: 'This import was already undone.' });

/**
 * Starts the undo of a whole import as a job (a million-row import takes half a minute to
 * reverse): records it created go, records it changed get their old values back. One
 * transaction, written in chunks with progress between them; cancel rolls it all back.
 */
export function startUndo(ctx: ServiceContext, batchUid: string): JobState {
  const batch = ctx.db.select().from(importBatch).where(eq(importBatch.uid, batchUid)).get();
  if (!batch) throw new AppError('NOT_FOUND', { id: 'Impor tidak ditemukan.', en: 'Import not found.' });
  if (batch.status === 'undone') throw alreadyUndone();
  // The router's gate keeps every other write out until COMMIT or ROLLBACK.
  return ctx.runtime.jobs.start('import.undo', (job) => ctx.runtime.gate.run(async () => ({ result: { batch: await undoImport(ctx, batch, job) } })));
}

async function undoImport(ctx: ServiceContext, batch: typeof importBatch.$inferSelect, job: JobHandle): Promise<ImportBatchInfo> {
  const importer = importers[batch.register as ImportRegister];
  const sql = sqlFor(importer);
  const params = { batch: batch.id, entity: importer.entity, deletedFields: sql.deletedFields };
  const total = batch.inserted + batch.updated;
  const undone = await longTransaction(ctx, async (pause) => {
    // Re-read inside the transaction: another undo of it may have finished while this one waited at the gate.
    const current = ctx.db.select().from(importBatch).where(eq(importBatch.id, batch.id)).get();
    if (current?.status === 'undone') throw alreadyUndone();
    await refuseIfBlocked(ctx, importer, sql, batch.id, job, total, pause);
    let changes = 0;
    let done = 0;
    for (const range of chunksOf(ctx, sql, batch.id)) {
      if (job.signal.aborted) throw new CancelledError();
      const chunk = { ...params, ...range };
      if (stmt(ctx.sqlite, sql.present).pluck().get(chunk) !== 0) {
        writeAudited(ctx, (scope) => {
          changes += scope.auditSelect(sql.auditOfDeletes, chunk);
          stmt(ctx.sqlite, sql.delete).run(chunk);
          changes += scope.auditSelect(sql.auditOfRestores, chunk);
          stmt(ctx.sqlite, sql.restore).run(chunk);
        });
      } // else: nothing left to reverse here
      done = Math.min(total, done + chunkRows);
      job.progress('undo', done, total);
      await pause();
    }
    return writeAudited(ctx, (scope) => {
      const after = scope.db.update(importBatch).set({ status: 'undone', undoneAt: ctx.now().toISOString() }).where(eq(importBatch.id, batch.id)).returning().get();
      scope.audit({ action: 'undo', entity: 'import_batch', entityUid: batch.uid, before: { status: batch.status }, after: { status: 'undone', changes } });
      return after;
    });
  });
  return batchInfo(undone);
}

/** Refuses (before writing anything) when a record was edited after the import or is held by others. */
async function refuseIfBlocked(ctx: ServiceContext, importer: AnyImporter, sql: UndoSql, batchId: number, job: JobHandle, total: number, pause: () => Promise<void>) {
  const names = { edited: [] as string[], held: [] as string[] };
  let count = 0;
  let checked = 0;
  for (const range of chunksOf(ctx, sql, batchId)) {
    if (job.signal.aborted) throw new CancelledError();
    const chunk = { batch: batchId, ...range };
    const edited = stmt(ctx.sqlite, sql.editedAfter).pluck().all(chunk) as string[];
    const held = sql.heldByOthers ? (stmt(ctx.sqlite, sql.heldByOthers).pluck().all(chunk) as string[]) : [];
    count += edited.length + held.length;
    names.edited.push(...edited.slice(0, 5 - names.edited.length - names.held.length));
    names.held.push(...held.slice(0, 5 - names.edited.length - names.held.length));
    checked = Math.min(total, checked + chunkRows);
    job.progress('check', checked, total);
    await pause();
  }
  if (count === 0) return;
  const blocked = [
    ...names.edited.map((name) => ({ id: `"${name}" sudah diubah setelah impor`, en: `"${name}" was changed after the import` })),
    ...names.held.map((name) => ({ id: `"${name}" ${importer.undoBlocker!.reason.id}`, en: `"${name}" ${importer.undoBlocker!.reason.en}` })),
  ];
  throw new AppError('CONFLICT', {
    id: `Impor tidak bisa dibatalkan karena ${count} data sudah diubah sesudahnya: ${blocked.map((b) => b.id).join('; ')}. Tidak ada yang berubah.`,
    en: `The import cannot be undone because ${count} records changed after it: ${blocked.map((b) => b.en).join('; ')}. Nothing was changed.`,
  }, { blocked: count });
}
