import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { pickColumns, quoteId, tableName } from '../../db/bulk-sql.ts';
import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { importBatch } from '../../db/schema/index.ts';
import type { ImportBatchInfo } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { utcOffsetMinutesOf } from '../api/office-profile.ts';
import { invalidInput } from '../app-error.ts';
import { longTransaction } from '../audit/long-transaction.ts';
import type { ServiceContext } from '../context.ts';
import { describeFilter, valueWords } from '../grid/filter-words.ts';
import { whereOf, type ParsedGridRequest } from '../grid/query-grid.ts';
import { batchInfo } from '../imports/import-batches.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { msg } from '../messages.ts';
import { officeSettings } from '../settings/office-profile-service.ts';

// Many records given one status at once from the register's filter (removed, say, after a
// wrong import was edited): one transaction, one audit row with the reason and the filter in
// words, and each record's change in import_change, so the batch's undo gives every record
// its old status back (undo-import.ts) and each record's history shows it.

const chunkRows = 2000;

export interface BulkStatusInput extends Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'> {
  register: string;
  status: string;
  reason: string;
}

export function startBulkStatus(ctx: ServiceContext, input: BulkStatusInput): JobState {
  const definition = ctx.runtime.registers.get(input.register);
  const status = definition.recordStatus;
  if (!status || !status.bulk.includes(input.status)) throw invalidInput(msg('registers.bulkNotAllowed', { status: input.status }));
  const spec = ctx.runtime.registers.gridSpec(input.register);
  const offset = utcOffsetMinutesOf[officeSettings(ctx).timeZone];
  const where = whereOf(spec, { startRow: 0, endRow: 1, sortModel: [], ...input }, offset); // checks the columns before the job starts
  const regionName = (code: string) => stmt(ctx.sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined;
  const statusWords = valueWords(definition.columns.find((c) => c.id === status.gridColumn), input.status, regionName);
  const filterWords = describeFilter(definition.columns, input, regionName);
  const table = definition.recordTable;
  const t = quoteId(tableName(table));
  const [column, reasonColumn, dateColumn, updatedAt] = pickColumns(table, [status.column, status.reasonColumn, status.dateColumn, 'updatedAt']).map((c) => quoteId(c.name));
  const pk = spec.primaryKey;
  const alias = pk.split('.')[0];
  // The records of the view not already in that status, a chunk at a time by id.
  const chunkIds = `SELECT ${pk} FROM ${spec.countFrom ?? spec.from} ${where.sql ? `${where.sql} AND` : 'WHERE'} ${pk} > ? AND ${alias}.${column} IS NOT ? ORDER BY ${pk} LIMIT ${chunkRows}`;
  const changes = `json_object('${status.column}', json_array(e.${column}, @status), '${status.reasonColumn}', json_array(e.${reasonColumn}, @reason), '${status.dateColumn}', json_array(e.${dateColumn}, @date), 'updatedAt', json_array(e.${updatedAt}, @now))`;

  return ctx.runtime.jobs.start('registers.bulkStatus', (job) =>
    ctx.runtime.gate.run(async () => {
      const now = ctx.now().toISOString();
      const date = now.slice(0, 10); // the status date, as a single status change writes it
      const batch = await longTransaction(ctx, async (scope, pause) => {
        const created = ctx.db
          .insert(importBatch)
          .values({
            uid: newUid(), register: input.register, kind: 'bulk', fileName: `${statusWords}: ${filterWords}`.slice(0, 500), fileHash: '', fileBytes: 0, headerRow: 0,
            mapping: '{}', note: input.reason, status: 'committed', actorName: ctx.actor.name, createdAt: now,
          })
          .returning()
          .get();
        let after = 0;
        let changed = 0;
        for (;;) {
          if (job.signal.aborted) throw new CancelledError();
          const ids = stmt(ctx.sqlite, chunkIds).pluck().all(...where.params, after, input.status) as number[];
          if (ids.length === 0) break;
          const list = JSON.stringify(ids);
          stmt(ctx.sqlite, `INSERT INTO import_change (batch_id, entity, table_name, row_id, action, changes)
            SELECT @batch, '${definition.entity}', '${tableName(table)}', e.id, 'update', ${changes} FROM ${t} e WHERE e.id IN (SELECT value FROM json_each(@ids))`).run({ batch: created.id, status: input.status, reason: input.reason, date, now, ids: list });
          changed += stmt(ctx.sqlite, `UPDATE ${t} SET ${column} = @status, ${reasonColumn} = @reason, ${dateColumn} = @date, ${updatedAt} = @now WHERE id IN (SELECT value FROM json_each(@ids))`).run({ status: input.status, reason: input.reason, date, now, ids: list }).changes;
          after = ids.at(-1)!;
          job.progress('bulk', changed, null);
          await pause();
        }
        const done = ctx.db.update(importBatch).set({ updated: changed }).where(eq(importBatch.id, created.id)).returning().get();
        scope.audit({
          action: 'bulk', entity: 'import_batch', entityUid: created.uid, label: created.fileName, before: null,
          after: { register: input.register, status: input.status, reason: input.reason, filter: filterWords, records: changed },
        });
        return done;
      });
      await yieldToLoop();
      return { result: { batch: batchInfo(batch) satisfies ImportBatchInfo } };
    }),
  );
}
