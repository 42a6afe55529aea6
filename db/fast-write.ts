import { getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from './open.ts';
import { stmt } from './statements.ts';

// drizzle prepares a new statement for every query it runs, which dominates a per-row
// loop (an import). These write one row through a cached prepared statement, using the
// drizzle table's own column names and value mapping, and return the row as drizzle would.

export function fromDriver<T extends SQLiteTable>(table: T, raw: Record<string, unknown>): InferSelectModel<T> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as InferSelectModel<T>;
}

function driverValues<T extends SQLiteTable>(table: T, values: Partial<InferInsertModel<T>>) {
  const columns = getTableColumns(table);
  const keys = Object.keys(values).filter((k) => (values as Record<string, unknown>)[k] !== undefined && k in columns);
  const params = keys.map((k) => {
    const value = (values as Record<string, unknown>)[k];
    return value === null ? null : columns[k]!.mapToDriverValue(value);
  });
  return { names: keys.map((k) => `"${columns[k]!.name}"`), params };
}

export function insertRow<T extends SQLiteTable>(sqlite: Sqlite, table: T, values: InferInsertModel<T>): InferSelectModel<T> {
  const { names, params } = driverValues(table, values);
  const sql = `INSERT INTO "${getTableName(table)}" (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) RETURNING *`;
  return fromDriver(table, stmt(sqlite, sql).get(...params) as Record<string, unknown>);
}

export function updateRowById<T extends SQLiteTable>(sqlite: Sqlite, table: T, id: number, values: Partial<InferInsertModel<T>>): InferSelectModel<T> {
  const { names, params } = driverValues(table, values);
  const sql = `UPDATE "${getTableName(table)}" SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE "id" = ? RETURNING *`;
  return fromDriver(table, stmt(sqlite, sql).get(...params, id) as Record<string, unknown>);
}

export function selectRowById<T extends SQLiteTable>(sqlite: Sqlite, table: T, id: number): InferSelectModel<T> | undefined {
  const raw = stmt(sqlite, `SELECT * FROM "${getTableName(table)}" WHERE "id" = ?`).get(id) as Record<string, unknown> | undefined;
  return raw ? fromDriver(table, raw) : undefined;
}
