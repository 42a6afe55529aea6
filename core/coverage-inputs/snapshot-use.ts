import { stmt } from '../../db/statements.ts';
import type { ServiceContext } from '../context.ts';

// Whether a frozen month names a denominator or an aggregate row. The snapshots are the
// coverage engine's tables (coverage_snapshot*); this looks them up by name so the inputs do
// not depend on their shape: any column of such a table whose name holds the input's kind and
// ends in _uid (or _id) is read, and one ending in _uids (a JSON list or a comma list of uids)
// is searched for the uid (uids are long random words: a match is the uid). Without such
// tables nothing is frozen yet.

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
type By = 'uid' | 'id' | 'uids';

function referencingColumns(ctx: ServiceContext, kind: 'denominator' | 'aggregate'): { table: string; column: string; by: By }[] {
  const tables = stmt(ctx.sqlite, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'coverage\\_snapshot%' ESCAPE '\\'").pluck().all() as string[];
  const found: { table: string; column: string; by: By }[] = [];
  for (const table of tables) {
    const columns = ctx.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    for (const column of columns) {
      if (!column.includes(kind)) continue;
      if (column.endsWith('_uids')) found.push({ table, column, by: 'uids' });
      else if (column.endsWith('_uid')) found.push({ table, column, by: 'uid' });
      else if (column.endsWith('_id')) found.push({ table, column, by: 'id' });
    }
  }
  return found;
}

/** True when a snapshot names the row (by its uid or id). */
export function usedBySnapshot(ctx: ServiceContext, kind: 'denominator' | 'aggregate', row: { id: number; uid: string }): boolean {
  return referencingColumns(ctx, kind).some(({ table, column, by }) => {
    const where = by === 'uids' ? `instr(${quote(column)}, ?) > 0` : `${quote(column)} = ?`;
    return ctx.sqlite.prepare(`SELECT 1 FROM ${quote(table)} WHERE ${where} LIMIT 1`).get(by === 'id' ? row.id : row.uid) !== undefined;
  });
}

/** The ids of rows of `kind` that snapshots name, for a list (one query per referencing column). */
export function idsUsedBySnapshots(ctx: ServiceContext, kind: 'denominator' | 'aggregate'): Set<number> {
  const own = kind === 'denominator' ? 'coverage_denominator' : 'coverage_aggregate';
  const ids = new Set<number>();
  for (const { table, column, by } of referencingColumns(ctx, kind)) {
    const sql =
      by === 'uid'
        ? `SELECT o.id FROM ${own} o WHERE o.uid IN (SELECT ${quote(column)} FROM ${quote(table)})`
        : by === 'uids'
          ? `SELECT o.id FROM ${own} o WHERE EXISTS (SELECT 1 FROM ${quote(table)} s WHERE instr(s.${quote(column)}, o.uid) > 0)`
          : `SELECT DISTINCT ${quote(column)} FROM ${quote(table)} WHERE ${quote(column)} IS NOT NULL`;
    for (const id of ctx.sqlite.prepare(sql).pluck().all() as number[]) ids.add(id);
  }
  return ids;
}
