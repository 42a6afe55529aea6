import { columnsOf, pickColumns, quoteId, tableName } from '../../db/bulk-sql.ts';
import { newUid } from '../../db/ids.ts';
import type { importBatch } from '../../db/schema/index.ts';
import { runWriteProgram } from '../../db/write-in-worker.ts';
import { ProgramGuardFailed, ProgramStopped, type WriteProgram } from '../../db/write-program.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { auditProgramStatements } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { bumpGeneration } from '../grid/ordered-ids.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { auditMark, auditMarkSql } from './audit-mark.ts';
import { planFile } from './dry-run.ts';
import { parkSpareParseWorker } from './read/read-in-worker.ts';
import { derivedRebuild } from './derived-rebuild.ts';
import { indexRebuild } from './index-rebuild.ts';
import { searchRebuild } from './search-rebuild.ts';
import { batchInfo, batchRowSql, committedBatch } from './import-batches.ts';
import type { AnyImporter, DryRunPlan } from './importers.ts';
import { stagedTable, stagedValue } from './plan-store.ts';
import { layoutSignature, toStoredMapping } from './remembered-mapping.ts';
import type { ImportTable } from './register-importer.ts';

// The commit of a dry run: one transaction for the whole file, all or nothing. The rows the
// dry run staged (plan-store.ts) are copied into the register's tables set-based, a chunk of
// rows per statement (UPDATE ... FROM, INSERT ... SELECT), parents before children. The batch
// has one audit row; each row it changed has an import_change row (what undo reverses and a
// record's history shows): an insert, or an update with the fields it changed. It runs as a
// write program on a worker thread (db/write-in-worker.ts), so the screens never wait for it.

const chunkRows = 2000;
/** From this many rows written, a commit's write worker keeps a larger page cache. */
const largeCommit = 500_000;

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
  // The staged columns in the plan store's order (pickColumns of the same writes).
  const stagedWrites = writes.map((_, i) => stagedValue('s', i));
  const insertValues = ['s.uid', ...stagedWrites, ...(parent ? [`(SELECT p.id FROM ${parent.table} p WHERE p.uid = s.parent_uid)`] : []), '@now', '@now', ...(batchColumn ? ['@batch'] : [])];
  return {
    hiOfChunk: `SELECT max(rowid) FROM (SELECT rowid FROM ${staged} WHERE rowid > @after ORDER BY rowid LIMIT @n)`,
    changesOfUpdates: `INSERT INTO import_change (batch_id, entity, table_name, row_id, action, changes)
      SELECT @batch, '${table.entity}', '${tableName(table.table)}', s.target_id, 'update', json_set(s.changes, '$.updatedAt', json_array(e.${updatedAt}, @now))
      FROM ${staged} s JOIN ${t} e ON e.id = s.target_id WHERE s.target_id IS NOT NULL AND ${chunk} ORDER BY s.rowid`,
    update: `UPDATE ${t} AS e SET (${writes.join(', ')}) = (${stagedWrites.join(', ')}), ${updatedAt} = @now
      FROM ${staged} AS s WHERE s.target_id = e.id AND ${chunk}`,
    // Where the next ids start: after the largest id, or after the largest ever given (AUTOINCREMENT
    // does not give again the ids of rows removed since, e.g. by an undo).
    lastId: `SELECT max(coalesce((SELECT max(id) FROM ${t}), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = '${tableName(table.table)}'), 0))`,
    insert: `INSERT INTO ${t} (${insertColumns.join(', ')})
      SELECT ${insertValues.join(', ')} FROM ${staged} s WHERE s.target_id IS NULL AND ${chunk} ORDER BY s.rowid`,
    // New rows got the ids after the largest before the first chunk, one after another
    // (AUTOINCREMENT; the write lock is ours), so the trail is that range, counted out after the
    // last chunk without reading the table. "FROM t WHERE id > @lastId" after each chunk was
    // planned from the table's statistics, which say how big it was before the import (a few
    // rows: a scan), and scanned the growing table once per chunk.
    lastIdAfter: `SELECT coalesce(max(id), 0) FROM ${t}`,
    changesOfInserts: `INSERT INTO import_change (batch_id, entity, table_name, row_id, action)
      SELECT @batch, '${table.entity}', '${tableName(table.table)}', id, 'insert'
      FROM (WITH RECURSIVE ids(id) AS (SELECT @lastId + 1 UNION ALL SELECT id + 1 FROM ids WHERE id < @lastIdAfter) SELECT id FROM ids)
      WHERE @lastIdAfter > @lastId`,
  };
}
type TableSql = ReturnType<typeof tableSql>;
const sqlCache = new WeakMap<AnyImporter, TableSql[]>();
const sqlFor = (importer: AnyImporter) => sqlCache.get(importer) ?? sqlCache.set(importer, importer.tables.map((t, i) => tableSql(importer, t, i))).get(importer)!;

export async function commitPlan(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan, job: JobHandle) {
  const previous = committedBatch(ctx, plan.register, plan.fileHash);
  if (previous) {
    throw new AppError('CONFLICT', msg('imports.alreadyImported', { date: previous.createdAt.slice(0, 10) }), { batchUid: previous.uid });
  }
  // The register changed since the dry run (a record saved meanwhile): every row is planned
  // again from the file, and a row that became invalid stops the import before anything is
  // written. The router's gate keeps this app's other writes out from here to the COMMIT; the
  // program checks under its write lock that no other program wrote in between.
  let current = plan;
  // No idle parse worker beside the commit (read-in-worker.ts): it comes back afterwards.
  const releaseSpare = parkSpareParseWorker();
  try {
    for (let attempt = 0; ; attempt += 1) {
      if (auditMark(ctx) !== current.auditMark) {
        const again = await replan(ctx, importer, plan, job);
        if (current !== plan) current.store.remove();
        current = again;
      }
      try {
        const outcome = await runWriteProgram(ctx.sqlite, commitProgram(ctx, importer, current), { signal: job.signal, progress: job.progress });
        bumpGeneration(ctx.sqlite);
        // `replanned`: the rows written are a new check's, not the plan's the user saw (its error file would name others).
        return { result: { batch: batchInfo(outcome.results.batch as typeof importBatch.$inferSelect) }, replanned: current !== plan };
      } catch (error) {
        if (error instanceof ProgramStopped) throw new CancelledError();
        if (!(error instanceof ProgramGuardFailed)) throw error;
        if (attempt >= 2) throw changedMeanwhile();
      }
    }
  } finally {
    releaseSpare();
    if (current !== plan) current.store.remove();
  }
}

const changedMeanwhile = () =>
  new AppError('CONFLICT', msg('imports.changedMeanwhile'));

/**
 * The dry run again, on the register as it is now. A row the dry run found new stays new; a
 * row that cannot be written now (a number someone saved meanwhile) stops the whole import,
 * even when another row became writable meanwhile (the counts alone would not tell). A row that
 * became writable (its head office registered meanwhile) is written: the register now allows it.
 */
async function replan(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan, job: JobHandle): Promise<DryRunPlan> {
  job.progress('recheck', 0, null);
  const again = await planFile(ctx, importer, plan.input, job, null, plan.store.newRows());
  const wasInvalid = new Set(plan.store.invalidRowNumbers());
  const newlyInvalid = again.store.invalidRowNumbers().find((row) => !wasInvalid.has(row));
  if (newlyInvalid !== undefined) {
    const problem = again.store.invalidRow(newlyInvalid)?.problems.find((p) => p.severity === 'error');
    again.store.remove();
    throw new AppError('CONFLICT', msg('imports.rowRolledBack', { row: newlyInvalid, problem: problem?.said ?? msg('imports.registerChanged') }));
  }
  return again;
}

/** The whole commit as one write program (db/write-program.ts): run off the screens' thread. */
function commitProgram(ctx: ServiceContext, importer: AnyImporter, plan: DryRunPlan): WriteProgram {
  const now = ctx.now().toISOString();
  const staged = plan.store.stagedCounts();
  const total = staged.reduce((n, t) => n + t.inserts + t.updates, 0);
  const batchUid = newUid();
  const inserted = staged[0]?.inserts ?? 0;
  // A record whose own row is unchanged but whose rows (a person's periods) changed is updated too.
  const updated = (staged[0]?.updates ?? 0) + (plan.summary.changedThroughRows ?? 0);
  // Rows held for a reviewer (an identity conflict): named in the audit row beside the counts.
  const review = plan.summary.review;
  // One audit row for the whole import; the rows it changes are in import_change.
  const audit = auditProgramStatements(ctx, {
    action: 'import', entity: 'import_batch', entityUid: batchUid, label: plan.fileName, before: null,
    after: { register: plan.register, fileName: plan.fileName, fileHash: plan.fileHash, sheet: plan.sheet, rows: plan.summary.total, inserted, updated, invalid: plan.summary.invalid, ...(review ? { review } : {}) },
  });
  const mapping = rememberedMapping(ctx, plan);
  return {
    attach: [{ alias: 'plan', path: plan.store.path }],
    guard: { sql: auditMarkSql, expect: plan.auditMark },
    chunkRows,
    checkpoint: total > 50_000,
    // A million-row commit ran 15 s faster with 64 MB of cache than with 16 (45 s against 60 s,
    // bench/million.ts); 100,000 rows, no faster, and 75 MB heavier at the peak. Indexes built
    // anew after the rows sort in 16 MB runs all the same, which is faster (index-rebuild.ts).
    cacheMib: total >= largeCommit ? 64 : 16,
    params: {
      ...audit.params,
      ...mapping.params,
      now,
      batchUid,
      register: plan.register,
      fileName: plan.fileName,
      fileHash: plan.fileHash,
      fileBytes: plan.fileBytes,
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      mapping: JSON.stringify(plan.mapping),
      inserted,
      updated,
      unchanged: plan.summary.unchanged,
      invalid: plan.summary.invalid,
      actorName: ctx.actor.name,
    },
    steps: [
      {
        kind: 'once',
        sql: `INSERT INTO import_batch (uid, register, kind, file_name, file_hash, file_bytes, sheet, header_row, mapping, status, inserted, updated, unchanged, invalid, actor_name, created_at)
          VALUES (@batchUid, @register, 'import', @fileName, @fileHash, @fileBytes, @sheet, @headerRow, @mapping, 'committed', @inserted, @updated, @unchanged, @invalid, @actorName, @now) RETURNING id`,
        bind: 'batch',
      },
      ...audit.statements.map((a) => ({ kind: 'once' as const, ...a })),
      ...sqlFor(importer).flatMap((sql, index) => {
        const name = tableName(importer.tables[index]!.table);
        const { inserts = 0, updates = 0 } = staged[index] ?? {};
        const rebuilt = indexRebuild(ctx, name, inserts, 'import');
        const derived = derivedRebuild(ctx, importer.tables[index], name, inserts);
        const search = searchRebuild(ctx, name, inserts, 'import');
        return [
          ...derived.before,
          ...search.before,
          ...rebuilt.before,
          ...(inserts ? [{ kind: 'once' as const, sql: sql.lastId, bind: 'lastId' }] : []),
          {
            kind: 'chunks' as const,
            phase: 'commit',
            total,
            next: sql.hiOfChunk,
            // Only what the file has: a statement with no rows to write still reads every staged row of its chunk.
            statements: [
              ...(updates ? [{ sql: sql.changesOfUpdates }, { sql: sql.update, count: 'written' }] : []),
              ...(inserts ? [{ sql: sql.insert, count: 'written' }] : []),
            ],
          },
          ...(inserts ? [{ kind: 'once' as const, sql: sql.lastIdAfter, bind: 'lastIdAfter' }, { kind: 'once' as const, sql: sql.changesOfInserts }] : []),
          ...rebuilt.after,
          ...search.after,
          ...derived.after,
        ];
      }),
      ...mapping.statements.map((a) => ({ kind: 'once' as const, ...a })),
    ],
    results: { batch: batchRowSql },
  };
}

/** The column and value mapping, remembered for the file's layout (the next file from the source maps itself), with its audit row. */
function rememberedMapping(ctx: ServiceContext, plan: DryRunPlan) {
  const signature = layoutSignature(plan.register, plan.headers);
  const audit = auditProgramStatements(ctx, {
    action: 'update', entity: 'import_mapping', entityUid: signature.slice(0, 16), label: plan.fileName, before: null,
    after: { register: plan.register, mapping: plan.mapping, values: plan.input.values ?? {}, constants: plan.input.constants ?? {} },
  });
  // Its own parameter names: the import's audit row uses the same statements.
  const rename = (sql: string) => sql.replaceAll('@audit', '@mappingAudit');
  return {
    statements: [
      {
        sql: `INSERT INTO import_mapping (signature, register, mapping, value_map, updated_at) VALUES (@mappingSignature, @register, @mappingStored, @mappingValues, @now)
          ON CONFLICT (signature) DO UPDATE SET register = excluded.register, mapping = excluded.mapping, value_map = excluded.value_map, updated_at = excluded.updated_at`,
      },
      ...audit.statements.map((a) => ({ sql: rename(a.sql) })),
    ],
    params: {
      mappingSignature: signature,
      mappingStored: JSON.stringify(toStoredMapping(plan.mapping, plan.headers, plan.input.constants)),
      mappingValues: JSON.stringify(plan.input.values ?? {}),
      ...Object.fromEntries(Object.entries(audit.params).map(([k, v]) => [k.replace(/^audit/, 'mappingAudit'), v])),
    },
  };
}
