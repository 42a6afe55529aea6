import type { Role } from '../../../core/api/accounts.ts';
import { newSession, type Session } from '../../../core/accounts/session.ts';
import type { Router } from '../../../core/router.ts';
import type { Sqlite } from '../../../db/open.ts';

// Accounts for tests: one put straight into the table (no hashing, no audit row: a test's
// audit counts stay as they were), or the first administrator made through the router.

export const testPassword = 'sandi-uji-rahasia';

/** A hash no password matches: for accounts a test only calls as, never signs in with. */
const noPassword = '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function seedAccount(sqlite: Sqlite, account: { uid: string; username: string; displayName: string; role: Role; passwordHash?: string }): Session {
  const at = '2026-01-01T00:00:00.000Z';
  sqlite
    .prepare(
      `INSERT INTO user_account (uid, username, username_folded, display_name, role, state, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'aktif', ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(account.uid, account.username, account.username.toLowerCase(), account.displayName, account.role, account.passwordHash ?? noPassword, at, at);
  // The account of that name, also one made earlier (e.g. by `lindung accounts create-admin`).
  const uid = sqlite.prepare('SELECT uid FROM user_account WHERE username_folded = ?').pluck().get(account.username.toLowerCase()) as string;
  return newSession(uid);
}

/** The first administrator, made and signed in through the router as the app's first start does. */
export async function signInFirstAdmin(router: Router, username = 'admin', displayName = 'Petugas Uji'): Promise<Session> {
  const session = newSession();
  const result = await router.call('auth.createFirstAdmin', { username, displayName, password: testPassword }, session);
  if (!result.ok) throw new Error(`auth.createFirstAdmin failed: ${result.error.message}`);
  return session;
}
