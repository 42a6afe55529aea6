import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema/index.ts';
import type { Sqlite } from './sqlite-connection.ts';

export { DatabaseCorruptError, DatabaseKeyError, openSqlite, type Sqlite } from './sqlite-connection.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };

export function wrapDrizzle(sqlite: Sqlite): Db {
  return drizzle({ client: sqlite, schema }) as Db;
}
