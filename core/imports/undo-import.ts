import { eq } from 'drizzle-orm';
import { columnsOf, pickColumns, quoteId, tableName } from '../../db/bulk-sql.ts';
import { stmt } from '../../db/statements.ts';
import { importBatch } from '../../db/schema/index.ts';
import type { ImportBatchInfo, UndoCheck, UndoConflict } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import { inBoth, msg } from '../messages.ts';
import { changeDescriber, internal, type ChangeDescriber } from '../audit/describe-changes.ts';
import { runWriteProgram } from '../../db/write-in-worker.ts';
import { ProgramGuardFailed, ProgramStopped, type WriteProgram } from '../../db/write-program.ts';
import { auditProgramStatements } from '../audit/write.ts';
import { bumpGeneration } from '../grid/ordered-ids.ts';
import type { ServiceContext } from '../context.ts';
import { actorCan } from '../accounts/roles.ts';
import { CancelledError, type JobHandle } from '../jobs/job-registry.ts';
import { batchInfo, batchRowSql } from './import-batches.ts';
import { importerOf, type AnyImporter } from './importers.ts';
import { derivedRebuild } from './derived-rebuild.ts';
import { indexRebuild } from './index-rebuild.ts';
import { searchRebuild } from './search-rebuild.ts';
import type { ImportTable } from './register-importer.ts';
import { parkSpareParseWorker } from './read/read-in-worker.ts';

// Undo of a whole batch (an import, or a bulk change), set-based like its commit and, like it,
// a write program on a worker thread (db/write-in-worker.ts): rows it
// added go, rows it changed get the changed fields' old values back (import_change). First a
// check says what stands in the way: records changed after the batch (the user chooses: keep
// them as they are now, or reverse them too) and records others hold (follow-ups, branches:
// always kept). Then the undo runs as one transaction, in chunks, with progress and cancel.

type Batch = typeof importBatch.$inferSelect;
const chunkRows = 2000;
const conflictsShown = 200;

/** The SQL of one table's part of an undo, built once from its drizzle table. */
function tableSql(importer: AnyImporter, table: ImportTable) {
  const t = quoteId(tableName(table.table));
  const name = tableName(table.table);
  const [uid, updatedAt, label] = pickColumns(table.table, ['uid', 'updatedAt', table.label]).map((c) => quoteId(c.name));
  const ofBatch = `FROM import_change c JOIN ${t} e ON e.id = c.row_id WHERE c.batch_id = @batch AND c.table_name = '${name}'`;
  const edited = `e.${updatedAt} <> coalesce(c.after_updated_at, @batchAt)`;
  const blocker = importer.undoBlocker?.table === table.key ? importer.undoBlocker.sql : null;
  // Held: added by the batch and held by others (undoBlocker), or held whatever the batch did
  // (undoHolds). A held record stays whatever the clerk chose: it counts as held, not edited.
  const holds = [...(blocker ? [`c.action = 'insert' AND (${blocker})`] : []), ...(importer.undoHolds ?? []).filter((h) => h.table === table.key).map((h) => h.sql)];
  const held = holds.length ? `(${holds.map((h) => `(${h})`).join(' OR ')})` : null;
  const restorable = columnsOf(table.table).filter((c) => !['id', 'uid', 'createdAt', 'updatedAt'].includes(c.key));
  // A child row is named with its parent's name first ("Ni Luh Putu Sukerti · BPU"): its own label alone says little.
  const parent = table.parent ? importer.tables.find((p) => p.key === table.parent!.table) : undefined;
  const named = parent
    ? `coalesce((SELECT p.${quoteId(pickColumns(parent.table, [parent.label])[0]!.name)} FROM ${quoteId(tableName(parent.table))} p WHERE p.id = e.${quoteId(pickColumns(table.table, [table.parent!.column])[0]!.name)}) || ' · ', '') || e.${label}`
    : `e.${label}`;
  const chunk = 'c.id BETWEEN @lo AND @hi';
  const notKept = `NOT EXISTS (SELECT 1 FROM temp.undo_keep k WHERE k.table_name = '${name}' AND k.row_id = c.row_id)`;
  return {
    name,
    conflictsOf: `SELECT e.${uid} AS uid, ${named} AS name, CASE WHEN ${held ?? '0'} THEN 'held' ELSE 'edited' END AS reason ${ofBatch}
      AND (${edited}${held ? ` OR ${held}` : ''}) ORDER BY c.id LIMIT ${conflictsShown}`,
    countEdited: `SELECT count(*) ${ofBatch} AND ${edited}${held ? ` AND NOT ${held}` : ''}`,
    countHeld: held ? `SELECT count(*) ${ofBatch} AND ${held}` : null,
    keepEdited: `INSERT OR IGNORE INTO temp.undo_keep (table_name, row_id) SELECT '${name}', e.id ${ofBatch} AND ${edited}`,
    keepHeld: held ? `INSERT OR IGNORE INTO temp.undo_keep (table_name, row_id) SELECT '${name}', e.id ${ofBatch} AND ${held}` : null,
    // A kept child keeps the parent this batch added (it would point at nothing).
    keepParents: table.parent
      ? `INSERT OR IGNORE INTO temp.undo_keep (table_name, row_id) SELECT '${tableName(importer.tables.find((p) => p.key === table.parent!.table)!.table)}', e.${quoteId(pickColumns(table.table, [table.parent.column])[0]!.name)}
         FROM temp.undo_keep k JOIN ${t} e ON e.id = k.row_id WHERE k.table_name = '${name}'`
      : null,
    hiOfChunk: `SELECT max(id) FROM (SELECT id FROM import_change WHERE batch_id = @batch AND table_name = '${name}' AND id > @after ORDER BY id LIMIT @n)`,
    delete: `DELETE FROM ${t} WHERE id IN (SELECT c.row_id FROM import_change c WHERE c.batch_id = @batch AND c.table_name = '${name}' AND c.action = 'insert' AND ${chunk} AND ${notKept})`,
    restore: `UPDATE ${t} AS e SET ${restorable
      .map((col) => `${quoteId(col.name)} = CASE WHEN json_type(c.changes, '$.${col.key}') IS NOT NULL THEN json_extract(c.changes, '$.${col.key}[0]') ELSE e.${quoteId(col.name)} END`)
      .join(', ')},
      -- Untouched since: back to its time before the batch (an earlier batch's undo then finds it as that batch left it).
      ${updatedAt} = CASE WHEN e.${updatedAt} = coalesce(c.after_updated_at, @batchAt) THEN coalesce(json_extract(c.changes, '$.updatedAt[0]'), @now) ELSE @now END
      FROM import_change c WHERE c.batch_id = @batch AND c.table_name = '${name}' AND c.action = 'update' AND c.row_id = e.id AND ${chunk} AND ${notKept}`,
  };
}
type TableSql = ReturnType<typeof tableSql>;
const sqlCache = new WeakMap<AnyImporter, TableSql[]>();
const sqlFor = (importer: AnyImporter) => sqlCache.get(importer) ?? sqlCache.set(importer, importer.tables.map((t) => tableSql(importer, t))).get(importer)!;

const alreadyUndone = () => new AppError('CONFLICT', msg('imports.alreadyUndone'));

function findBatch(ctx: ServiceContext, batchUid: string): Batch {
  const batch = ctx.db.select().from(importBatch).where(eq(importBatch.uid, batchUid)).get();
  if (!batch) throw new AppError('NOT_FOUND', msg('imports.batchNotFound'));
  if (batch.status === 'undone') throw alreadyUndone();
  mayUndo(ctx, batch);
  return batch;
}

/**
 * An import (or a bulk change) is undone by whoever made it, or by a kepala bidang and up
 * ('imports.undoAny'): one operator's click must not remove another's 300 people. Who made it is
 * the actor of the batch's own audit row (import_batch keeps only the name).
 */
function mayUndo(ctx: ServiceContext, batch: Batch): void {
  if (actorMayUndo(ctx, batch.uid)) return;
  throw new AppError('FORBIDDEN', msg('imports.undoNotYours', { name: batch.actorName }), { permission: 'imports.undoAny' });
}

/** The rule of mayUndo, as a yes or no (the import history offers Batalkan by it). */
export function actorMayUndo(ctx: Pick<ServiceContext, 'sqlite' | 'actor'>, batchUid: string): boolean {
  if (!actorCan(ctx.actor, 'records.import')) return false;
  if (actorCan(ctx.actor, 'imports.undoAny')) return true;
  const madeBy = stmt(ctx.sqlite, "SELECT actor_id FROM audit_log WHERE entity = 'import_batch' AND entity_uid = ? AND action IN ('import', 'bulk') ORDER BY id LIMIT 1").pluck().get(batchUid) as string | undefined;
  return madeBy === ctx.actor.id;
}

/** Change ids counted per turn of the event loop: the table name is read from each row, a million-row batch at once froze the screens ~0.6 s. */
const countSlice = 50_000;

/** How many changes (inserts and updates) the batch has in each table. */
interface TableChanges {
  inserts: number;
  updates: number;
}

/** How many changes the batch has in each table, counted a slice of ids at a time. */
async function changesPerTable(ctx: ServiceContext, batchId: number): Promise<Map<string, TableChanges>> {
  const range = stmt(ctx.sqlite, 'SELECT min(id) AS lo, max(id) AS hi FROM import_change WHERE batch_id = ?').get(batchId) as { lo: number | null; hi: number | null };
  const perTable = new Map<string, TableChanges>();
  if (range.lo === null || range.hi === null) return perTable;
  const slice = stmt(ctx.sqlite, "SELECT table_name AS name, action = 'insert' AS inserted, count(*) AS n FROM import_change WHERE batch_id = ? AND id BETWEEN ? AND ? GROUP BY 1, 2");
  for (let lo = range.lo; lo <= range.hi; lo += countSlice) {
    for (const r of slice.all(batchId, lo, lo + countSlice - 1) as { name: string; inserted: number; n: number }[]) {
      const counts = perTable.get(r.name) ?? { inserts: 0, updates: 0 };
      counts[r.inserted ? 'inserts' : 'updates'] += r.n;
      perTable.set(r.name, counts);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return perTable;
}

/** What an undo would meet: a job (a million-row batch takes seconds to check). */
export function startUndoCheck(ctx: ServiceContext, batchUid: string): JobState {
  const batch = findBatch(ctx, batchUid);
  const importer = importerOf(ctx, batch.register);
  return ctx.runtime.jobs.start('import.undoCheck', async (job) => {
    const params = { batch: batch.id, batchAt: batch.createdAt };
    const conflicts: UndoConflict[] = [];
    // Per table (a table is one kind of record): records changed since, records others hold.
    const standing = new Map<string, { edited: number; held: number }>();
    for (const [i, sql] of sqlFor(importer).entries()) {
      if (job.signal.aborted) throw new CancelledError();
      standing.set(tableName(importer.tables[i]!.table), {
        edited: stmt(ctx.sqlite, sql.countEdited).pluck().get(params) as number,
        held: sql.countHeld ? (stmt(ctx.sqlite, sql.countHeld).pluck().get(params) as number) : 0,
      });
      const entity = importer.tables[i]!.entity;
      const describer = changeDescriber(ctx, entity);
      for (const row of stmt(ctx.sqlite, sql.conflictsOf).all(params) as { uid: string; name: string; reason: UndoConflict['reason'] }[]) {
        if (conflicts.length >= conflictsShown) break;
        conflicts.push({ ...row, ...lastChange(ctx, describer, entity, row.uid, batch.createdAt) });
      }
      job.progress('check', i + 1, importer.tables.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const perTable = await changesPerTable(ctx, batch.id);
    if (job.signal.aborted) throw new CancelledError();
    const byEntity = importer.tables
      .map((t) => ({ entity: t.entity, changes: perTable.get(tableName(t.table)), standing: standing.get(tableName(t.table)) ?? { edited: 0, held: 0 } }))
      .filter((t) => t.changes && t.changes.inserts + t.changes.updates > 0)
      .map((t) => ({ entity: t.entity, added: t.changes!.inserts, updated: t.changes!.updates, ...t.standing }));
    const edited = [...standing.values()].reduce((n, s) => n + s.edited, 0);
    const held = [...standing.values()].reduce((n, s) => n + s.held, 0);
    // The total from the same count (every change of the batch, read once).
    const total = [...perTable.values()].reduce((n, c) => n + c.inserts + c.updates, 0);
    const result: UndoCheck = { batch: batchInfo(batch), total, byEntity, edited, held, conflicts };
    return { result };
  });
}

/**
 * Who last changed a record after the batch, when, and which fields (from the audit log), the
 * fields in the register's own words (a person's "Nama", not the employer's "Nama perusahaan").
 */
function lastChange(ctx: ServiceContext, describer: ChangeDescriber, entity: string, uid: string, after: string): Pick<UndoConflict, 'changedAt' | 'changedBy' | 'fields' | 'fieldWords'> {
  const row = stmt(ctx.sqlite, 'SELECT at, actor_name AS actorName, changed_fields AS fields FROM audit_log WHERE entity = ? AND entity_uid = ? AND at > ? ORDER BY id DESC LIMIT 1').get(entity, uid, after) as
    | { at: string; actorName: string; fields: string | null }
    | undefined;
  const fields = row?.fields ? row.fields.split(', ') : [];
  const labels = fields.filter((f) => !internal.has(f)).map((f) => describer.label(f));
  const fieldWords = labels.length ? inBoth((language) => labels.map((l) => l[language]).join(', ')) : null;
  return { changedAt: row?.at ?? null, changedBy: row?.actorName ?? null, fields, fieldWords };
}

/**
 * Starts the undo of a whole batch as a job (a million-row import takes a while to reverse).
 * `edited`: records changed after the batch are kept as they are now ('keep'), or reversed too
 * ('revert'). Records others hold are always kept. One transaction; cancel rolls it all back.
 */
export function startUndo(ctx: ServiceContext, input: { batchUid: string; edited: 'keep' | 'revert' }): JobState {
  const batch = findBatch(ctx, input.batchUid);
  const importer = importerOf(ctx, batch.register);
  // The router's gate keeps every other write out until COMMIT or ROLLBACK.
  return ctx.runtime.jobs.start('import.undo', (job) => ctx.runtime.gate.run(async () => ({ result: { batch: await undoBatch(ctx, importer, batch, input.edited, job) } })));
}

async function undoBatch(ctx: ServiceContext, importer: AnyImporter, batch: Batch, choice: 'keep' | 'revert', job: JobHandle): Promise<ImportBatchInfo> {
  const sql = sqlFor(importer);
  const now = ctx.now().toISOString();
  const perTable = await changesPerTable(ctx, batch.id);
  const audit = auditProgramStatements(
    ctx,
    { action: 'undo', entity: 'import_batch', entityUid: batch.uid, label: batch.fileName, before: { status: batch.status }, after: { status: 'undone', reversed: 0, kept: 0, edited: choice } },
    "json_object('status', 'undone', 'reversed', @reversed, 'kept', @kept, 'edited', @edited)",
  );
  const keep = (statement: string | null) => (statement ? [{ kind: 'once' as const, sql: statement }] : []);
  const program: WriteProgram = {
    before: 'CREATE TEMP TABLE IF NOT EXISTS undo_keep (table_name TEXT NOT NULL, row_id INTEGER NOT NULL, PRIMARY KEY (table_name, row_id)) WITHOUT ROWID; DELETE FROM temp.undo_keep;',
    // Another undo of it may have finished while this one waited at the gate.
    guard: { sql: `SELECT status FROM import_batch WHERE id = ${batch.id}`, expect: 'committed' },
    chunkRows,
    checkpoint: [...perTable.values()].reduce((n, t) => n + t.inserts + t.updates, 0) > 50_000,
    // reversed: 0 for a batch with no changes (no statement counts it then).
    params: { ...audit.params, batch: batch.id, batchAt: batch.createdAt, now, edited: choice, reversed: 0 },
    steps: [
      // What stays: records changed since (if the clerk keeps them), records others hold, and
      // the parents of kept children.
      ...sql.flatMap((table) => [...keep(choice === 'keep' ? table.keepEdited : null), ...keep(table.keepHeld)]),
      ...[...sql].reverse().flatMap((table) => keep(table.keepParents)),
      // Of this batch's records: a kept child's parent may be another's (a period a merge moved).
      {
        kind: 'once',
        sql: 'SELECT count(*) FROM temp.undo_keep k WHERE EXISTS (SELECT 1 FROM import_change c WHERE c.table_name = k.table_name AND c.row_id = k.row_id AND c.batch_id = @batch)',
        bind: 'kept',
      },
      // Children before parents: a parent goes only once nothing of this batch points at it.
      ...[...sql].reverse().flatMap((table) => {
        const changes = perTable.get(table.name) ?? { inserts: 0, updates: 0 };
        // Only the statements the batch needs here: a restore over a million inserts found
        // nothing to restore and still cost a third of the undo.
        const statements = [...(changes.inserts ? [{ sql: table.delete, count: 'reversed' }] : []), ...(changes.updates ? [{ sql: table.restore, count: 'reversed' }] : [])];
        if (!statements.length) return [];
        const rebuilt = indexRebuild(ctx, table.name, changes.inserts + changes.updates, 'undo');
        const search = searchRebuild(ctx, table.name, changes.inserts, 'undo');
        const derived = derivedRebuild(ctx, importer.tables.find((t) => tableName(t.table) === table.name), table.name, changes.inserts + changes.updates);
        return [
          ...derived.before,
          ...search.before,
          ...rebuilt.before,
          { kind: 'chunks' as const, phase: 'undo', total: changes.inserts + changes.updates, next: table.hiOfChunk, statements },
          ...rebuilt.after,
          ...search.after,
          ...derived.after,
        ];
      }),
      { kind: 'once', sql: "UPDATE import_batch SET status = 'undone', undone_at = @now, kept = @kept WHERE id = @batch" },
      ...audit.statements.map((a) => ({ kind: 'once' as const, ...a })),
    ],
    results: { batch: batchRowSql },
  };
  // No idle parse worker beside a long write (read-in-worker.ts): it comes back afterwards.
  const releaseSpare = parkSpareParseWorker();
  try {
    const outcome = await runWriteProgram(ctx.sqlite, program, { signal: job.signal, progress: job.progress });
    bumpGeneration(ctx.sqlite);
    return batchInfo(outcome.results.batch as Batch);
  } catch (error) {
    if (error instanceof ProgramStopped) throw new CancelledError();
    if (error instanceof ProgramGuardFailed) throw alreadyUndone();
    throw error;
  } finally {
    releaseSpare();
  }
}
