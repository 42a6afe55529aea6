import { columnsOf, pickColumns, quoteId, tableName } from '../../db/bulk-sql.ts';
import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { importBatch, importMapping } from '../../db/schema/index.ts';
import { AppError } from '../app-error.ts';
import { longTransaction } from '../audit/long-transaction.ts';
import type { WriteScope } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { dataVersion } from '../grid/ordered-ids.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { planFile } from './dry-run.ts';
import { batchInfo, committedBatch } from './import-batches.ts';
import type { AnyImporter, DryRunPlan } from './importers.ts';
import { stagedTable } from './plan-store.ts';
import { layoutSignature, toStoredMapping } from './remembered-mapping.ts';
import type { ImportTable } from './register-importer.ts';

// The commit of a dry run: one transaction for the whole file, all or nothing. The rows the
// dry run staged (plan-store.ts) are copied into the register's tables set-based, a chunk of
// rows per statement (UPDATE ... FROM, INSERT ... SELECT), parents before children. The batch
// has one audit row; each row it changed has an import_change row (what undo reverses and a
// record's history shows): an insert, or an update with the fields it changed. Between chunks
// the event loop runs, so progress and cancel work (long-transaction.ts).

const chunkRows = 2000;

/** The SQL of one table's part of a commit, built once from its drizzle table. */
function tableSql(importer: AnyImporter, table: ImportTable, index: number) {
  const t = quoteId(tableName(table.table));
  const staged = `plan.${stagedTable(index)}`;
  const all = new Set(columnsOf(table.table).map((c) => c.key));
  const [uid, createdAt, updatedAt] = pickColumns(table.table, ['uid', 'createdAt', 'updatedAt']).map((c) => quoteId(c.name));
  const writes = pickColumns(table.table, table.writes).map((c) => quoteId(c.name));
  const batchColumn = all.has('importBatchId') ? pickColumns(table.table, ['importBatchId'])[0]!.name : null;
  const parent = table.parent ? { column: quoteId(pickColumns(table.table, [table.parent.column])[0]!.name), table: quoteId(tableName(importer.tables.find((p) => p.key === table.parent!.table)!.table)) } : null;
  const chunk = 's.rowid BETWEEN @lo AND @hi';
  const insertColumns = [uid, ...writes, ...(parent ? [parent.column] : []), createdAt, updatedAt, ...(batchColumn ? [quoteId(batchColumn)] : [])];
  const insertValues = ['s.uid', ...writes.map((c) => `s.${c}`), ...(parent ? [`(SELECT p.id FROM ${parent.table} p WHERE p.uid = s.parent_uid)`] : []), '@now', '@now', ...(batchColumn ? ['@batch'] : [])];
  return {
    hiOfChunk: `SELECT max(rowid) FROM (SELECT rowid FROM ${staged} WHERE rowid > ? ORDER BY rowid LIMIT ?)`,
    changesOfUpdates: `INSERT INTO import_change (batch_id, entity, table_name, row_id, action, changes)
      SELECT @batch, '${table.entity}', '${tableName(table.table)}', s.target_id, 'update', json_set(s.changes, '$.updatedAt', json_array(e.${updatedAt}, @now))
      FROM ${staged} s JOIN ${t} e ON e.id = s.target_id WHERE s.target_id IS NOT NULL AND ${chunk} ORDER BY s.rowid`,
    update: `UPDATE ${t} AS e SET (${writes.join(', ')}) = (${writes.map((c) => `s.${c}`).join(', ')}), ${updatedAt} = @now
      FROM ${staged} AS s WHERE s.target_id = e.id AND ${chunk}`,
    lastId: `SELECT coalesce(max(id), 0) FROM ${t}`,
    insert: `INSERT INTO ${t} (${insertColumns.join(', ')})
      SELECT ${insertValues.join(', ')} FROM ${staged} s WHERE s.target_id IS NULL AND ${chunk} ORDER BY s.rowid`,
    // New rows got ids above the largest before the statement (AUTOINCREMENT; the write lock is ours).
    changesOfInserts: `INSERT INTO import_change (batch_id, entity, table_name, row_id, action)
      SELECT @batch, '${table.entity}', '${tableName(table.table)}', id, 'insert' FROM ${t} WHERE id > @lastId ORDER BY id`,
  };
}
type TableSql = ReturnType<typeof tableSql>;
const sqlCache = new WeakMap<AnyImporter, TableSql[]>();
const sqlFor = (importer: AnyImporter) => sqlCache.get(importer) ?? sqlCache.set(importer, importer.tables.map((t, i) => tableSql(importer, t, i))).get(importer)!;

export async function commitPlan(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan, job: JobHandle) {
  const previous = committedBatch(ctx, plan.register, plan.fileHash);
  if (previous) {
    throw new AppError('CONFLICT', {
      id: `Berkas yang sama sudah diimpor pada ${previous.createdAt.slice(0, 10)}; tidak ada yang diubah.`,
      en: `The same file was already imported on ${previous.createdAt.slice(0, 10)}; nothing was changed.`,
    }, { batchUid: previous.uid });
  }
  // The register changed since the dry run (a record saved meanwhile): every row is planned
  // again from the file, and a row that became invalid stops the import before anything is
  // written. The router's gate keeps this app's other writes out from here to the COMMIT.
  const current = dataVersion(ctx.sqlite) === plan.dataVersion ? plan : await replan(ctx, importer, plan, job);
  const { sqlite } = ctx;
  // ATTACH cannot run inside a transaction.
  stmt(sqlite, 'ATTACH DATABASE ? AS plan').run(current.store.path);
  try {
    const version = dataVersion(sqlite);
    return await longTransaction(ctx, async (scope, pause) => {
      // Another program may have written between the check above and our write lock.
      if (dataVersion(sqlite) !== version) throw changedMeanwhile();
      return writeWhole(ctx, importer, current, scope, job, pause);
    });
  } finally {
    sqlite.exec('DETACH DATABASE plan');
    if (current !== plan) current.store.remove();
  }
}

const changedMeanwhile = () =>
  new AppError('CONFLICT', {
    id: 'Register diubah program lain saat impor dimulai; tidak ada yang berubah. Periksa berkasnya lagi, lalu simpan.',
    en: 'Another program changed the register as the import started; nothing was changed. Check the file again, then save.',
  });

/**
 * The dry run again, on the register as it is now. A row the dry run found new stays new; a
 * row that cannot be written now (a number someone saved meanwhile) stops the whole import.
 */
async function replan(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan, job: JobHandle): Promise<DryRunPlan> {
  job.progress('recheck', 0, null);
  const again = await planFile(ctx, importer, plan.input, job, null, plan.store.newRows());
  const wasInvalid = new Set(plan.shown.filter((r) => r.status === 'invalid').map((r) => r.rowNumber));
  const first = again.summary.invalid > plan.summary.invalid ? again.shown.find((r) => r.status === 'invalid' && !wasInvalid.has(r.rowNumber)) : undefined;
  if (again.summary.invalid > plan.summary.invalid) {
    again.store.remove();
    const problem = first?.problems.find((p) => p.severity === 'error');
    throw new AppError('CONFLICT', {
      id: `Baris ${first?.rowNumber ?? '?'}: ${problem?.message.id ?? 'Register berubah sejak pemeriksaan.'} Impor dibatalkan seluruhnya.`,
      en: `Row ${first?.rowNumber ?? '?'}: ${problem?.message.en ?? 'The register changed since the check.'} The whole import was rolled back.`,
    });
  }
  return again;
}

async function writeWhole(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan, scope: WriteScope, job: JobHandle, pause: () => Promise<void>) {
  const { sqlite } = ctx;
  const now = ctx.now().toISOString();
  const staged = plan.store.stagedCounts();
  const total = staged.reduce((n, t) => n + t.inserts + t.updates, 0);
  const batch = ctx.db
    .insert(importBatch)
    .values({
      uid: newUid(), register: plan.register, kind: 'import', fileName: plan.fileName, fileHash: plan.fileHash, fileBytes: plan.fileBytes, sheet: plan.sheet,
      headerRow: plan.headerRow, mapping: JSON.stringify(plan.mapping), status: 'committed', inserted: staged[0]?.inserts ?? 0, updated: staged[0]?.updates ?? 0,
      unchanged: plan.summary.unchanged, invalid: plan.summary.invalid, actorName: ctx.actor.name, createdAt: now,
    })
    .returning()
    .get();
  // One audit row for the whole import; the rows it changes are in import_change.
  scope.audit({
    action: 'import', entity: 'import_batch', entityUid: batch.uid, label: plan.fileName, before: null,
    after: { register: plan.register, fileName: plan.fileName, fileHash: plan.fileHash, sheet: plan.sheet, rows: plan.summary.total, inserted: batch.inserted, updated: batch.updated, invalid: plan.summary.invalid },
  });
  let done = 0;
  for (const sql of sqlFor(importer)) {
    let lo = 0;
    for (;;) {
      if (job.signal.aborted) throw new CancelledError();
      const hi = stmt(sqlite, sql.hiOfChunk).pluck().get(lo, chunkRows) as number | null;
      if (hi === null) break;
      const range = { batch: batch.id, now, lo: lo + 1, hi };
      stmt(sqlite, sql.changesOfUpdates).run(range);
      done += stmt(sqlite, sql.update).run(range).changes;
      const lastId = stmt(sqlite, sql.lastId).pluck().get() as number;
      done += stmt(sqlite, sql.insert).run(range).changes;
      stmt(sqlite, sql.changesOfInserts).run({ batch: batch.id, lastId });
      job.progress('commit', done, total);
      lo = hi;
      await pause();
    }
  }
  rememberMapping(ctx, plan, scope);
  return { result: { batch: batchInfo(batch) } };
}

function rememberMapping(ctx: ServiceContext, plan: DryRunPlan, scope: WriteScope) {
  const signature = layoutSignature(plan.register, plan.headers);
  const values = {
    signature, register: plan.register, mapping: JSON.stringify(toStoredMapping(plan.mapping, plan.headers)), valueMap: JSON.stringify(plan.input.values ?? {}), updatedAt: ctx.now().toISOString(),
  };
  ctx.db.insert(importMapping).values(values).onConflictDoUpdate({ target: importMapping.signature, set: values }).run();
  scope.audit({ action: 'update', entity: 'import_mapping', entityUid: signature.slice(0, 16), label: plan.fileName, before: null, after: { register: plan.register, mapping: plan.mapping, values: plan.input.values ?? {} } });
}
