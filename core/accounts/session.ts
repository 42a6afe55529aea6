import type { Role } from '../api/accounts.ts';

// A host's sign-in: one per Electron window, per `lindung serve` session cookie, per CLI run.
// The router reads the account again on every call (a role changed or an account deactivated
// takes effect at once); the session only says who signed in and whether the screen is locked.

export interface Session {
  /** The signed-in account's uid; null: no one. */
  userUid: string | null;
  /** Locked by idle time or "lock now": only the password (or signing out) opens it. */
  locked: boolean;
}

export const newSession = (userUid: string | null = null): Session => ({ userUid, locked: false });

/** The account behind a session, as the router checks it. */
export interface SessionUser {
  uid: string;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
}
