import { eq } from 'drizzle-orm';
import { idleLockBounds, type Account, type AccountPolicy } from '../api/accounts.ts';
import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import { accountPolicy, userAccount } from '../../db/schema/index.ts';
import type { CoreContext } from '../context.ts';
import type { SessionUser } from './session.ts';

// Reading accounts: the row as stored, the account as screens see it, and what the audit log
// may keep of it (never the password hash).

export type AccountRow = typeof userAccount.$inferSelect;

export const foldUsername = (username: string): string => username.trim().toLowerCase();

export function toAccount(row: AccountRow): Account {
  return {
    uid: row.uid,
    username: row.username,
    displayName: row.displayName,
    nip: row.nip,
    role: row.role,
    state: row.state,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What an audit row keeps of an account: who it is and what it may do, no secret. */
export function auditView(row: AccountRow): Record<string, unknown> {
  const { username, displayName, nip, role, state, mustChangePassword, failedAttempts, lockedUntil } = row;
  return { username, displayName, nip, role, state, mustChangePassword, failedAttempts, lockedUntil };
}

export const findByUid = (ctx: Pick<CoreContext, 'db'>, uid: string): AccountRow | undefined =>
  ctx.db.select().from(userAccount).where(eq(userAccount.uid, uid)).get();

export const findByUsername = (ctx: Pick<CoreContext, 'db'>, username: string): AccountRow | undefined =>
  ctx.db.select().from(userAccount).where(eq(userAccount.usernameFolded, foldUsername(username))).get();

export const accountCount = (sqlite: Sqlite): number => (stmt(sqlite, 'SELECT count(*) AS n FROM user_account').get() as { n: number }).n;

/** The active account behind a uid, as the router checks it on every call; null when gone or deactivated. */
export function activeUser(sqlite: Sqlite, uid: string | null): SessionUser | null {
  if (uid === null) return null;
  const row = stmt(
    sqlite,
    "SELECT uid, username, display_name AS displayName, role, must_change_password AS mustChange FROM user_account WHERE uid = ? AND state = 'aktif'",
  ).get(uid) as { uid: string; username: string; displayName: string; role: SessionUser['role']; mustChange: number } | undefined;
  return row ? { uid: row.uid, username: row.username, displayName: row.displayName, role: row.role, mustChangePassword: row.mustChange === 1 } : null;
}

export function readPolicy(ctx: Pick<CoreContext, 'db'>): AccountPolicy {
  const row = ctx.db.select().from(accountPolicy).where(eq(accountPolicy.id, 1)).get();
  return { idleLockSeconds: row?.idleLockSeconds ?? idleLockBounds.default };
}
