import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

// SQL text for set-based writes (an import's commit and undo), derived from a drizzle table
// so it follows the schema: column names, and rows as JSON in the shape drizzle returns them
// (camelCase keys in table order), which is the shape audit rows and undo snapshots keep.

export interface ColumnRef {
  /** The drizzle key: camelCase, as in the select model and in JSON snapshots. */
  key: string;
  /** The SQL column name. */
  name: string;
  /** Its declared type ("text", "integer"...): a copy of the column needs the same affinity. */
  sqlType: string;
}

export const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every column of `table`, in definition order. */
export function columnsOf(table: SQLiteTable): ColumnRef[] {
  return Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, name: column.name, sqlType: column.getSQLType() }));
}

export const tableName = (table: SQLiteTable) => getTableName(table);

/** The columns for `keys`, in the order asked; an unknown key is a programming error. */
export function pickColumns(table: SQLiteTable, keys: readonly string[]): ColumnRef[] {
  const all = columnsOf(table);
  return keys.map((key) => {
    const column = all.find((c) => c.key === key);
    if (!column) throw new Error(`${tableName(table)} has no column ${key}`);
    return column;
  });
}

/** How one column's value is written into JSON so it equals JSON.stringify of drizzle's value. */
function jsonValue(table: SQLiteTable, key: string, expression: string): string {
  const column = getTableColumns(table)[key]!;
  switch (column.columnType) {
    case 'SQLiteText':
    case 'SQLiteInteger':
    case 'SQLiteReal':
      return expression;
    case 'SQLiteBoolean':
      return `CASE WHEN ${expression} IS NULL THEN NULL WHEN ${expression} THEN json('true') ELSE json('false') END`;
    case 'SQLiteTextJson':
      return `json(${expression})`;
    default:
      // Timestamps and blobs do not come out of SQLite as drizzle maps them; add them here when needed.
      throw new Error(`rowJson cannot write ${tableName(table)}.${key} (${column.columnType})`);
  }
}

/**
 * `json_object(...)` of a row: every column except `omit`, each value taken from
 * `source(column)` (by default `alias.column`), keys in table order.
 */
export function rowJson(table: SQLiteTable, alias: string, options: { omit?: readonly string[]; source?: (column: ColumnRef) => string } = {}): string {
  const omit = new Set(options.omit ?? []);
  const source = options.source ?? ((c: ColumnRef) => `${alias}.${quoteId(c.name)}`);
  const parts = columnsOf(table)
    .filter((c) => !omit.has(c.key))
    .map((c) => `'${c.key}', ${jsonValue(table, c.key, source(c))}`);
  return `json_object(${parts.join(', ')})`;
}
