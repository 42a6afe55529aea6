import { hash, verify } from '@node-rs/argon2';
import { passwordLength, passwordProblem } from '../api/password-rule.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';

// argon2id (memory-hard) through @node-rs/argon2: N-API prebuilds, no compiler needed.
// 19 MiB, 2 passes, 1 lane: OWASP's minimum for argon2id, some 30 ms on an office PC.
// Hashing runs on libuv's thread pool, outside the database transaction.
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, options);

/** False for a wrong password and for a hash that cannot be read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash to check against when the username is unknown, so the answer takes as long either way.
let dummy: Promise<string> | null = null;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword('lindung-no-such-user'));

/**
 * The password rule with the account's names (core/api/password-rule.ts); the schema has checked
 * the rest already. Refuses on the form's field `path`, in words for the CLI.
 */
export function refuseWeakPassword(password: string, names: { username: string; displayName: string }, path: string): void {
  const problem = passwordProblem(password, names);
  if (problem) throw new AppError('INVALID_INPUT', msg(`auth.${problem}`, { ...passwordLength }), { issues: [{ path, messageKey: `validation.${problem}` }] });
}
