import { eq } from 'drizzle-orm';
import { pickColumns, quoteId, rowJson, tableName } from '../../db/bulk-sql.ts';
import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { importBatch, importMapping } from '../../db/schema/index.ts';
import { AppError } from '../app-error.ts';
import { longTransaction } from '../audit/long-transaction.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { dataVersion } from '../grid/ordered-ids.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { batchInfo, committedBatch } from './import-batches.ts';
import { layoutSignature, toStoredMapping } from './remembered-mapping.ts';
import { wholeRecordFields, type AnyImporter, type DryRunPlan } from './importers.ts';

// The commit of a dry run: one transaction for the whole file, all or nothing. The rows
// the dry run staged (plan-store.ts) are copied into the register set-based, a chunk of
// rows per statement (INSERT ... SELECT, UPDATE ... FROM), with their audit rows and
// undo snapshots written the same way. Row by row, a statement per row made FTS5 flush
// its index each time: 20,000 rows took 3.4 s; set-based they take a seventh of that.
// Between chunks the event loop runs, so progress and cancel work (long-transaction.ts).

const chunkRows = 2000;

/** The SQL for one register, built once from its drizzle table. */
function commitSql(importer: AnyImporter) {
  const table = importer.table;
  const t = quoteId(tableName(importer.table));
  const [uid, createdAt, updatedAt, batchColumn] = pickColumns(table, ['uid', 'createdAt', 'updatedAt', 'importBatchId']).map((c) => quoteId(c.name));
  const writes = pickColumns(table, importer.writes).map((c) => quoteId(c.name));
  const written = new Set(importer.writes);
  const range = 's.row_number BETWEEN @lo AND @hi';
  const auditView = (alias: string) => rowJson(table, alias, { omit: importer.auditOmit });
  // An update's audit row is written before the UPDATE: its "after" is the staged values
  // over the record's other columns.
  const updatedView = rowJson(table, 'e', { omit: importer.auditOmit, source: (c) => `${written.has(c.key) ? 's' : 'e'}.${quoteId(c.name)}` });
  const changeColumns = 'INSERT INTO import_change (batch_id, entity_uid, action, before, after_updated_at)';
  return {
    createdFields: wholeRecordFields(importer),
    hiOfChunk: 'SELECT max(row_number) FROM (SELECT row_number FROM plan.staged WHERE row_number > ? ORDER BY row_number LIMIT ?)',
    changesOfUpdates: `${changeColumns} SELECT @batch, e.${uid}, 'update', ${rowJson(table, 'e')}, @now
      FROM plan.staged s JOIN ${t} e ON e.id = s.target_id WHERE ${range} ORDER BY s.row_number`,
    auditOfUpdates: `SELECT new_uid(), @at, @actorId, @actorName, 'import-update', @entity, e.${uid}, s.changed_fields, ${auditView('e')}, ${updatedView}
      FROM plan.staged s JOIN ${t} e ON e.id = s.target_id WHERE ${range} ORDER BY s.row_number`,
    update: `UPDATE ${t} AS e SET (${writes.join(', ')}) = (${writes.map((c) => `s.${c}`).join(', ')}), ${updatedAt} = @now
      FROM plan.staged AS s WHERE s.target_id = e.id AND ${range}`,
    insert: `INSERT INTO ${t} (${uid}, ${writes.join(', ')}, ${createdAt}, ${updatedAt}, ${batchColumn})
      SELECT s.uid, ${writes.map((c) => `s.${c}`).join(', ')}, @now, @now, @batch FROM plan.staged s WHERE s.target_id IS NULL AND ${range} ORDER BY s.row_number`,
    changesOfInserts: `${changeColumns} SELECT @batch, s.uid, 'insert', NULL, @now FROM plan.staged s WHERE s.target_id IS NULL AND ${range} ORDER BY s.row_number`,
    auditOfInserts: `SELECT new_uid(), @at, @actorId, @actorName, 'import-create', @entity, e.${uid}, @createdFields, NULL, ${auditView('e')}
      FROM plan.staged s JOIN ${t} e ON e.${uid} = s.uid WHERE s.target_id IS NULL AND ${range} ORDER BY s.row_number`,
    replanRows: `SELECT row_number, target_id, uid, provided, ${pickColumns(table, importer.writes).map((c) => `${quoteId(c.name)} AS ${quoteId(c.key)}`).join(', ')}
      FROM plan.staged WHERE row_number > ? ORDER BY row_number LIMIT ?`,
    restage: `UPDATE plan.staged SET target_id = @targetId, uid = @uid, changed_fields = @changedFields, ${writes.map((c, i) => `${c} = @c${i}`).join(', ')} WHERE row_number = @rowNumber`,
    unstage: 'DELETE FROM plan.staged WHERE row_number = ?',
  };
}
type CommitSql = ReturnType<typeof commitSql>;
const sqlCache = new WeakMap<AnyImporter, CommitSql>();
const sqlFor = (importer: AnyImporter) => sqlCache.get(importer) ?? sqlCache.set(importer, commitSql(importer)).get(importer)!;

export async function commitPlan(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan, officeArea: string | null, job: JobHandle) {
  const previous = committedBatch(ctx, plan.register, plan.fileHash);
  if (previous) {
    throw new AppError('CONFLICT', {
      id: `Berkas yang sama sudah diimpor pada ${previous.createdAt.slice(0, 10)}; tidak ada yang diubah.`,
      en: `The same file was already imported on ${previous.createdAt.slice(0, 10)}; nothing was changed.`,
    }, { batchUid: previous.uid });
  }
  const sql = sqlFor(importer);
  const { sqlite } = ctx;
  // ATTACH cannot run inside a transaction. The scratch file gets a rollback journal in
  // memory: a re-check below rewrites staged rows, and a rollback must undo that too.
  stmt(sqlite, 'ATTACH DATABASE ? AS plan').run(plan.store.path);
  try {
    sqlite.pragma('plan.journal_mode = MEMORY');
    return await longTransaction(ctx, (pause) => writeWhole(ctx, importer, plan, sql, officeArea, job, pause));
  } finally {
    sqlite.exec('DETACH DATABASE plan');
  }
}

async function writeWhole(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan, sql: CommitSql, officeArea: string | null, job: JobHandle, pause: () => Promise<void>) {
  const now = ctx.now().toISOString();
  const batch = ctx.db
    .insert(importBatch)
    .values({
      uid: newUid(), register: plan.register, fileName: plan.fileName, fileHash: plan.fileHash, fileBytes: plan.fileBytes, sheet: plan.sheet,
      headerRow: plan.headerRow, mapping: JSON.stringify(plan.mapping), status: 'committed', inserted: 0, updated: 0,
      unchanged: plan.summary.unchanged, invalid: plan.summary.invalid, actorName: ctx.actor.name, createdAt: now,
    })
    .returning()
    .get();
  // Nothing written since the dry run: its checks still hold, and its counts. Otherwise check
  // each row again (which may drop rows that no longer change anything).
  const rechecked = dataVersion(ctx.sqlite) !== plan.dataVersion;
  if (rechecked) await recheck(ctx, importer, sql, officeArea, job, pause);
  const total = rechecked ? (stmt(ctx.sqlite, 'SELECT count(*) FROM plan.staged').pluck().get() as number) : plan.summary.new + plan.summary.changed;
  const params = { batch: batch.id, now, entity: importer.entity, createdFields: sql.createdFields };
  let inserted = 0;
  let updated = 0;
  let lo = 0;
  for (;;) {
    if (job.signal.aborted) throw new CancelledError();
    const hi = stmt(ctx.sqlite, sql.hiOfChunk).pluck().get(lo, chunkRows) as number | null;
    if (hi === null) break;
    const range = { ...params, lo: lo + 1, hi };
    writeAudited(ctx, (scope) => {
      if (lo === 0) scope.audit({ action: 'import', entity: 'import_batch', entityUid: batch.uid, before: null, after: { fileName: plan.fileName, fileHash: plan.fileHash, rows: total } });
      stmt(ctx.sqlite, sql.changesOfUpdates).run(range);
      scope.auditSelect(sql.auditOfUpdates, range);
      updated += stmt(ctx.sqlite, sql.update).run(range).changes;
      inserted += stmt(ctx.sqlite, sql.insert).run(range).changes;
      stmt(ctx.sqlite, sql.changesOfInserts).run(range);
      scope.auditSelect(sql.auditOfInserts, range);
    });
    job.progress('commit', inserted + updated, total);
    lo = hi;
    await pause();
  }
  if (total === 0) {
    writeAudited(ctx, ({ audit }) => audit({ action: 'import', entity: 'import_batch', entityUid: batch.uid, before: null, after: { fileName: plan.fileName, fileHash: plan.fileHash, rows: 0 } }));
  }
  const finished = ctx.db.update(importBatch).set({ inserted, updated }).where(eq(importBatch.id, batch.id)).returning().get();
  rememberMapping(ctx, plan);
  return { result: { batch: batchInfo(finished) } };
}

/** The register changed after the dry run: every staged row is matched and checked again. */
async function recheck(ctx: ServiceContext, importer: AnyImporter, sql: CommitSql, officeArea: string | null, job: JobHandle, pause: () => Promise<void>) {
  const writes = importer.writes;
  const session = importer.session(ctx, officeArea);
  let after = 0;
  for (;;) {
    const rows = stmt(ctx.sqlite, sql.replanRows).all(after, chunkRows) as ({ row_number: number; target_id: number | null; uid: string; provided: string } & Record<string, unknown>)[];
    if (rows.length === 0) return;
    for (const row of rows) {
      // The staged columns give back the values: for a changed row, the file's values over
      // the record as it was, so the provided fields still win over the record as it is now.
      const values = session.valuesOf(row);
      // A new row stays new: if its number is now taken, the check below refuses it.
      const existing = row.target_id === null ? undefined : (session.match([values])[0] as { id: number; uid: string } | undefined);
      try {
        const planned = session.plan(values, new Set(JSON.parse(row.provided) as string[]), existing);
        if (existing && planned.changed.length === 0) {
          stmt(ctx.sqlite, sql.unstage).run(row.row_number);
          continue;
        }
        const columns = Object.fromEntries(writes.map((key, i) => [`c${i}`, planned.columns[key] ?? null]));
        stmt(ctx.sqlite, sql.restage).run({
          rowNumber: row.row_number,
          targetId: existing?.id ?? null,
          uid: existing?.uid ?? (row.target_id === null ? row.uid : newUid()),
          changedFields: [...planned.changed].sort().join(', '),
          ...columns,
        });
      } catch (error) {
        if (error instanceof AppError) {
          throw new AppError(error.code, { id: `Baris ${row.row_number}: ${error.message} Impor dibatalkan seluruhnya.`, en: `Row ${row.row_number}: ${error.messageEn} The whole import was rolled back.` }, error.details);
        }
        throw error;
      }
    }
    after = rows.at(-1)!.row_number;
    if (job.signal.aborted) throw new CancelledError();
    await pause();
  }
}

function rememberMapping(ctx: ServiceContext, plan: DryRunPlan) {
  const signature = layoutSignature(plan.register, plan.headers);
  const values = { signature, register: plan.register, mapping: JSON.stringify(toStoredMapping(plan.mapping, plan.headers)), updatedAt: ctx.now().toISOString() };
  writeAudited(ctx, ({ db, audit }) => {
    db.insert(importMapping).values(values).onConflictDoUpdate({ target: importMapping.signature, set: values }).run();
    audit({ action: 'update', entity: 'import_mapping', entityUid: signature.slice(0, 16), before: null, after: { register: plan.register, mapping: plan.mapping } });
  });
}
