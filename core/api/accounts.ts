import { z } from 'zod';
import { systemActorName } from './audit.ts';
import type { Permission } from './channel.ts';
import { passwordLength, passwordProblem } from './password-rule.ts';

// Local accounts: who may sign in, with which role. The role table (what each role may do)
// is in core/accounts/roles.ts; the renderer gets the signed-in user's permissions from
// auth.status, never the table itself.

export const roles = ['pemantau', 'operator', 'kepala_bidang', 'kepala_dinas', 'administrator'] as const;
export type Role = (typeof roles)[number];

export const accountStates = ['aktif', 'nonaktif'] as const;
export type AccountState = (typeof accountStates)[number];

/** An account as screens show it: never its password hash. */
export interface Account {
  uid: string;
  username: string;
  displayName: string;
  nip: string | null;
  role: Role;
  state: AccountState;
  mustChangePassword: boolean;
  /** Set while a lockout after wrong passwords lasts (UTC ISO). */
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AuthStatus {
  /** No account exists yet: the first start asks for the administrator. */
  needsFirstAdmin: boolean;
  user: Pick<Account, 'uid' | 'username' | 'displayName' | 'role' | 'mustChangePassword'> | null;
  /** What the signed-in user may do (empty when no one is signed in). */
  permissions: Permission[];
  /** The screen is locked (idle or "lock now"): the password is asked again. */
  locked: boolean;
  /** Idle time before the screen locks (an office setting). */
  idleLockSeconds: number;
}

const username = z
  .string()
  .trim()
  .min(3, 'validation.usernameShape')
  .max(32, 'validation.usernameShape')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'validation.usernameShape');
/** The shortest password an account may have (the rule: password-rule.ts). */
export const minPasswordLength = passwordLength.min;
/** A new password: the rule without the account's names (the services check those, knowing them). */
export const passwordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `validation.${problem}` });
});
// The app's own name in the change log is not a person's: an account named so would read as the app.
const displayName = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(100, 'validation.tooLong')
  .refine((s) => s.toLowerCase() !== systemActorName.toLowerCase(), 'validation.reservedName');
// NIP as on a decree ("19700512 199803 1 007") or run together; stored as 18 digits, empty: none.
const nip = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ''))
  .refine((s) => /^(\d{18})?$/.test(s), 'validation.nip')
  .transform((s) => s || null)
  .nullable();

export const firstAdminInput = z.object({ username, displayName, nip: nip.optional().default(null), password: passwordSchema }).strict();
export const signInInput = z.object({ username: z.string().max(100), password: z.string().max(200) }).strict();
export const unlockInput = z.object({ password: z.string().max(200) }).strict();
export const changePasswordInput = z.object({ oldPassword: z.string().max(200), newPassword: passwordSchema }).strict();

export const accountCreateInput = z
  .object({ username, displayName, nip: nip.optional().default(null), role: z.enum(roles), password: passwordSchema })
  .strict();
export type AccountCreateInput = z.input<typeof accountCreateInput>;
export const accountUpdateInput = z
  .object({ uid: z.string().min(1).max(64), displayName, nip: nip.optional().default(null), role: z.enum(roles), state: z.enum(accountStates) })
  .strict();
export type AccountUpdateInput = z.input<typeof accountUpdateInput>;
export const passwordResetInput = z.object({ uid: z.string().min(1).max(64), password: passwordSchema }).strict();

/** Shortest and longest idle time an administrator may set (seconds). */
export const idleLockBounds = { min: 15, max: 8 * 3600, default: 15 * 60 } as const;
export const accountPolicyInput = z.object({ idleLockSeconds: z.number().int().min(idleLockBounds.min).max(idleLockBounds.max) }).strict();
export interface AccountPolicy {
  idleLockSeconds: number;
}
