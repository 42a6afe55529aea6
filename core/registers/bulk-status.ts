import { pickColumns, quoteId, tableName } from '../../db/bulk-sql.ts';
import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import type { importBatch } from '../../db/schema/index.ts';
import { runWriteProgram } from '../../db/write-in-worker.ts';
import { ProgramStopped, type WriteProgram } from '../../db/write-program.ts';
import type { ImportBatchInfo } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { dayInZone, utcOffsetMinutesOf } from '../api/office-profile.ts';
import { invalidInput } from '../app-error.ts';
import { dayMonthYear } from '../api/calendar-day.ts';
import { auditProgramStatements } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { describeFilter, valueWords } from '../grid/filter-words.ts';
import { bumpGeneration } from '../grid/ordered-ids.ts';
import { whereOf, type ParsedGridRequest } from '../grid/query-grid.ts';
import { batchInfo, batchRowSql } from '../imports/import-batches.ts';
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
  date?: string | undefined;
}

export function startBulkStatus(ctx: ServiceContext, input: BulkStatusInput): JobState {
  const definition = ctx.runtime.registers.get(input.register);
  const status = definition.recordStatus;
  if (!status || !status.bulk.includes(input.status)) throw invalidInput(msg('registers.bulkNotAllowed', { status: input.status }));
  // The day it happened, typed where the register asks it (a person's moving away), never after today; today otherwise.
  const today = dayInZone(officeSettings(ctx).timeZone, ctx.now());
  if (status.bulkDated?.includes(input.status) && !input.date) throw invalidInput(msg('registers.bulkDateRequired'), { issues: [{ path: 'date' }] });
  if (input.date && input.date > today) throw invalidInput(msg('registers.bulkDateAfterToday', { date: dayMonthYear(input.date), today: dayMonthYear(today) }), { issues: [{ path: 'date' }] });
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
    const changes = `json_object('${status.column}', json_array(e.${column}, @status), '${status.reasonColumn}', json_array(e.${reasonColumn}, @reason), '${status.dateColumn}', json_array(e.${dateColumn}, @date), 'updatedAt', json_array(e.${updatedAt}, @now))`;

  return ctx.runtime.jobs.start('registers.bulkStatus', (job) =>
    ctx.runtime.gate.run(async () => {
      const now = ctx.now().toISOString();
      const batchUid = newUid();
      const description = `${statusWords}: ${filterWords}`.slice(0, 500);
      const audit = auditProgramStatements(
        ctx,
        { action: 'bulk', entity: 'import_batch', entityUid: batchUid, label: description, before: null, after: { register: input.register, status: input.status, reason: input.reason, filter: filterWords, records: 0 } },
        "json_object('register', @register, 'status', @status, 'reason', @reason, 'filter', @filterWords, 'records', @changed)",
      );
      const filter = named(where.params);
      const program: WriteProgram = {
        before: 'CREATE TEMP TABLE IF NOT EXISTS bulk_ids (id INTEGER PRIMARY KEY); DELETE FROM temp.bulk_ids;',
        chunkRows,
        params: { ...audit.params, ...filter.params, bulkFrom: JSON.stringify(status.bulkFrom ?? []), batchUid, register: input.register, status: input.status, reason: input.reason, date: input.date ?? today, now, filterWords, description, actorName: ctx.actor.name },
        steps: [
          {
            kind: 'once',
            sql: `INSERT INTO import_batch (uid, register, kind, file_name, file_hash, file_bytes, sheet, header_row, mapping, note, status, actor_name, created_at)
              VALUES (@batchUid, @register, 'bulk', @description, '', 0, '', 0, '{}', @reason, 'committed', @actorName, @now) RETURNING id`,
            bind: 'batch',
          },
          // The records of the view not already in that status (and in one it may move them from).
          {
            kind: 'once',
            sql: `INSERT INTO temp.bulk_ids (id) SELECT ${pk} FROM ${spec.countFrom ?? spec.from} ${filter.sql(where.sql)} ${where.sql ? 'AND' : 'WHERE'} ${alias}.${column} IS NOT @status${status.bulkFrom ? ` AND ${alias}.${column} IN (SELECT value FROM json_each(@bulkFrom))` : ''}`,
          },
          {
            kind: 'chunks',
            phase: 'bulk',
            total: null,
            next: 'SELECT max(id) FROM (SELECT id FROM temp.bulk_ids WHERE id > @after ORDER BY id LIMIT @n)',
            statements: [
              { sql: `INSERT INTO import_change (batch_id, entity, table_name, row_id, action, changes) SELECT @batch, '${definition.entity}', '${tableName(table)}', e.id, 'update', ${changes} FROM ${t} e WHERE e.id IN (SELECT id FROM temp.bulk_ids WHERE id BETWEEN @lo AND @hi)` },
              { sql: `UPDATE ${t} SET ${column} = @status, ${reasonColumn} = @reason, ${dateColumn} = @date, ${updatedAt} = @now WHERE id IN (SELECT id FROM temp.bulk_ids WHERE id BETWEEN @lo AND @hi)`, count: 'changed' },
            ],
          },
          { kind: 'once', sql: 'UPDATE import_batch SET updated = @changed WHERE id = @batch' },
          ...audit.statements.map((a) => ({ kind: 'once' as const, ...a })),
        ],
        results: { batch: batchRowSql },
      };
      try {
        const outcome = await runWriteProgram(ctx.sqlite, program, { signal: job.signal, progress: job.progress });
        bumpGeneration(ctx.sqlite);
        return { result: { batch: batchInfo(outcome.results.batch as typeof importBatch.$inferSelect) satisfies ImportBatchInfo } };
      } catch (error) {
        if (error instanceof ProgramStopped) throw new CancelledError();
        throw error;
      }
    }),
  );
}

/** A filter's positional parameters as named ones (a write program binds by name): @f0, @f1... */
function named(params: unknown[]) {
  return {
    params: Object.fromEntries(params.map((value, i) => [`f${i}`, value])),
    /** The WHERE clause with each `?` (outside quoted text) as its named parameter. */
    sql: (where: string) => {
      let i = 0;
      return where.replace(/'(?:[^']|'')*'|\?/g, (token) => (token === '?' ? `@f${i++}` : token));
    },
  };
}
