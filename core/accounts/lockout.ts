import { cachesPerOwner } from '../../db/bounded-cache.ts';

// Wrong passwords: the fifth in a row locks the account, 5 minutes the first time, twice as
// long each time after (up to an hour), until a sign-in succeeds or an administrator resets it.

export const maxFailedAttempts = 5;

export const lockoutMinutes = (previousLockouts: number): number => Math.min(5 * 2 ** Math.max(0, previousLockouts), 60);

/** Whole minutes still to wait (at least 1), or 0 when the account is not locked now. */
export function minutesLeft(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0;
  const ms = Date.parse(lockedUntil) - now.getTime();
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}

interface Tries {
  failures: number;
  lockouts: number;
  lockedUntil: string | null;
}

/** Names kept per host: enough for any office, bounded against a script typing random names. */
const unknownNamesKept = 1000;
const unknownTriesOf = cachesPerOwner<Tries>(unknownNamesKept);

/**
 * A wrong password for a name no account has, counted as an account's would be (in memory, per
 * host): the fifth says "locked" too, so the answers never tell which names are accounts.
 * Returns the minutes to wait when the name is locked now or locks with this try, else 0.
 */
export function unknownNameTry(host: object, username: string, now: Date): { waiting: number } | { locked: number } | null {
  const names = unknownTriesOf(host);
  const key = username.trim().toLowerCase();
  const tries = names.get(key) ?? { failures: 0, lockouts: 0, lockedUntil: null };
  const waiting = minutesLeft(tries.lockedUntil, now);
  if (waiting > 0) return { waiting };
  const failures = tries.failures + 1;
  if (failures < maxFailedAttempts) {
    names.set(key, { ...tries, failures });
    return null;
  }
  const minutes = lockoutMinutes(tries.lockouts);
  names.set(key, { failures: 0, lockouts: tries.lockouts + 1, lockedUntil: new Date(now.getTime() + minutes * 60_000).toISOString() });
  return { locked: minutes };
}
