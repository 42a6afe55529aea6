import { quoteId } from '../../db/bulk-sql.ts';
import type { ProgramStep } from '../../db/write-program.ts';
import type { ServiceContext } from '../context.ts';
import { isLargeWrite, rebuildFrom } from './index-rebuild.ts';

// An undo that removes most of a table rebuilds its full-text index once instead of deleting
// its rows from it one by one (a contentless index's per-row delete was ~40% of removing a
// person). Found from the table's own triggers, so no register names its index here: an AFTER
// DELETE trigger that only deletes the row from an FTS table, and the AFTER INSERT trigger that
// fills that table. The delete trigger is dropped for the write; after it, the FTS table is
// emptied ('delete-all') and filled again from the rows that stay, and the trigger comes back.

interface SearchIndex {
  fts: string;
  deleteTrigger: { name: string; sql: string };
  /** The INSERT trigger's columns and values, the values as the table's own columns. */
  columns: string;
  values: string;
}

const word = '[`"]?(\\w+)[`"]?';

function searchIndexesOf(ctx: Pick<ServiceContext, 'sqlite'>, table: string): SearchIndex[] {
  const triggers = ctx.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?").all(table) as { name: string; sql: string }[];
  const found: SearchIndex[] = [];
  for (const del of triggers) {
    const d = new RegExp(`AFTER DELETE ON\\s+${word}\\s+BEGIN\\s+DELETE FROM\\s+${word}\\s+WHERE\\s+rowid\\s*=\\s*old\\.id;\\s*END$`, 'is').exec(del.sql);
    if (!d) continue;
    const fts = d[2]!;
    for (const ins of triggers) {
      const i = new RegExp(`AFTER INSERT ON\\s+${word}\\s+BEGIN\\s+INSERT INTO\\s+${word}\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\((.*)\\);\\s*END$`, 'is').exec(ins.sql);
      if (!i || i[2] !== fts) continue;
      found.push({ fts, deleteTrigger: del, columns: i[3]!, values: i[4]!.replace(/\bnew\./gi, '') });
    }
  }
  return found;
}

/** The steps around an undo's `deletes` from `table`: none unless it removes many rows and at least half the table. */
export function searchRebuild(ctx: Pick<ServiceContext, 'sqlite'>, table: string, deletes: number, from = rebuildFrom): { before: ProgramStep[]; after: ProgramStep[] } {
  if (!isLargeWrite(ctx, table, deletes, from)) return { before: [], after: [] };
  const indexes = searchIndexesOf(ctx, table);
  return {
    before: indexes.map((s) => ({ kind: 'once', sql: `DROP TRIGGER ${quoteId(s.deleteTrigger.name)}`, plain: true })),
    after: indexes.flatMap((s): ProgramStep[] => [
      { kind: 'once', sql: `INSERT INTO ${quoteId(s.fts)} (${quoteId(s.fts)}) VALUES ('delete-all')`, plain: true },
      { kind: 'once', sql: `INSERT INTO ${quoteId(s.fts)} (${s.columns}) SELECT ${s.values} FROM ${quoteId(table)}`, plain: true },
      { kind: 'once', sql: s.deleteTrigger.sql, plain: true },
    ]),
  };
}
