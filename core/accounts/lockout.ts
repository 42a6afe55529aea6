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
