import { quoteId } from '../../db/bulk-sql.ts';
import type { ProgramStep } from '../../db/write-program.ts';
import type { ServiceContext } from '../context.ts';
import type { ImportTable } from './register-importer.ts';
import { isLargeWrite, rebuildFrom, sortCacheMib } from './index-rebuild.ts';

// Rows a table's triggers keep beside it (a person's name words, for the quick search) are
// refilled once for a write of many rows instead of row by row: the triggers are dropped before
// the write and created again after it, with the table's own refill between (the register
// declares both: ImportTable.derivedRows). A row at a time, a million people's words were
// millions of inserts in word order and, on undo, as many deletes.

/** The steps around a write of `rows` rows to `table`: none unless the write is large. */
export function derivedRebuild(ctx: Pick<ServiceContext, 'sqlite'>, table: ImportTable | undefined, tableName: string, rows: number, from = rebuildFrom): { before: ProgramStep[]; after: ProgramStep[] } {
  const derived = table?.derivedRows;
  if (!derived || !isLargeWrite(ctx, tableName, rows, from)) return { before: [], after: [] };
  const read = ctx.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck();
  const triggers = derived.triggers.map((name) => ({ name, sql: read.get(name) as string | undefined }));
  const missing = triggers.find((t) => !t.sql);
  if (missing) throw new Error(`derived rows of ${tableName}: no trigger ${missing.name}`);
  return {
    before: triggers.map((t): ProgramStep => ({ kind: 'once', sql: `DROP TRIGGER ${quoteId(t.name)}`, plain: true })),
    after: [...derived.refill.map((sql): ProgramStep => ({ kind: 'once', sql, plain: true, cacheMib: sortCacheMib })), ...triggers.map((t): ProgramStep => ({ kind: 'once', sql: t.sql!, plain: true }))],
  };
}
