import type { Sqlite } from '../../db/open.ts';

// Accounts never go back in time with a restore: the accounts and the account rules as they are
// now are read before the swap and written into the restored database (in the restore's own
// transaction). Otherwise a backup taken before the first administrator existed would, once
// restored, let anyone create one; and a password changed since the backup would come back.

const carried = ['user_account', 'account_policy'] as const;

export type CarriedAccounts = Record<(typeof carried)[number], Record<string, unknown>[]>;

export function readAccounts(sqlite: Sqlite): CarriedAccounts {
  return Object.fromEntries(carried.map((table) => [table, sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]])) as CarriedAccounts;
}

/** Replaces the restored database's accounts with the carried ones. Call inside a transaction. */
export function writeAccounts(sqlite: Sqlite, rows: CarriedAccounts): { accounts: number } {
  for (const table of carried) {
    sqlite.prepare(`DELETE FROM ${table}`).run();
    for (const row of rows[table]) {
      const columns = Object.keys(row);
      sqlite.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
    }
  }
  return { accounts: rows.user_account.length };
}
