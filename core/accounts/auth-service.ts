import type { z } from 'zod';
import { newUid } from '../../db/ids.ts';
import { userAccount } from '../../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import type { AuthStatus, changePasswordInput, firstAdminInput, signInInput } from '../api/accounts.ts';
import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { accountCount, activeUser, auditView, findByUid, findByUsername, foldUsername, readPolicy, type AccountRow } from './account-store.ts';
import { lockoutMinutes, maxFailedAttempts, minutesLeft, unknownNameTry } from './lockout.ts';
import { dummyHash, hashPassword, refuseWeakPassword, verifyPassword } from './password.ts';
import { rolePermissions } from './roles.ts';
import type { Session } from './session.ts';

// Signing in and out, locking the screen, one's own password. Every change to an account is
// an audited write; a wrong password is one too (the count must survive a restart).

const unauthenticated = (key: 'auth.wrongCredentials' | 'auth.wrongPassword' | 'auth.inactive' | 'auth.signInFirst') => new AppError('UNAUTHENTICATED', msg(key));
const lockedOut = (minutes: number) => new AppError('UNAUTHENTICATED', msg('auth.lockedOut', { minutes }), { lockedMinutes: minutes });

export function sessionOf(ctx: ServiceContext): Session {
  if (!ctx.session) throw new Error('This channel needs a host session.');
  return ctx.session;
}

export const actorOf = (row: Pick<AccountRow, 'uid' | 'displayName'>): Actor => ({ id: row.uid, name: row.displayName });

export function authStatus(ctx: ServiceContext): AuthStatus {
  const session = sessionOf(ctx);
  const user = activeUser(ctx.sqlite, session.userUid);
  return {
    needsFirstAdmin: accountCount(ctx.sqlite) === 0,
    user,
    permissions: user ? [...rolePermissions[user.role]] : [],
    locked: user !== null && session.locked,
    idleLockSeconds: readPolicy(ctx).idleLockSeconds,
  };
}

export async function createFirstAdmin(ctx: ServiceContext, input: z.output<typeof firstAdminInput>): Promise<AuthStatus> {
  if (accountCount(ctx.sqlite) > 0) throw new AppError('CONFLICT', msg('auth.adminExists'));
  refuseWeakPassword(input.password, input, 'password');
  const passwordHash = await hashPassword(input.password);
  const at = ctx.now().toISOString();
  const uid = newUid();
  const row: AccountRow = {
    uid,
    username: input.username,
    usernameFolded: foldUsername(input.username),
    displayName: input.displayName,
    nip: input.nip,
    role: 'administrator',
    state: 'aktif',
    passwordHash,
    failedAttempts: 0,
    lockouts: 0,
    lockedUntil: null,
    mustChangePassword: false,
    createdAt: at,
    updatedAt: at,
  };
  writeAudited({ ...ctx, actor: actorOf(row) }, ({ db, audit }) => {
    // Checked again inside the transaction: two first starts at once make one administrator.
    if (accountCount(ctx.sqlite) > 0) throw new AppError('CONFLICT', msg('auth.adminExists'));
    db.insert(userAccount).values(row).run();
    audit({ action: 'create', entity: 'user_account', entityUid: uid, label: row.username, before: null, after: auditView(row) });
  });
  Object.assign(sessionOf(ctx), { userUid: uid, locked: false });
  return authStatus(ctx);
}

/**
 * Checks a password against an account, counting a wrong one (and locking at the fifth);
 * returns the account on success with its failures cleared. Throws the coded refusal.
 */
async function checkPassword(ctx: ServiceContext, row: AccountRow, password: string, wrong: AppError): Promise<AccountRow> {
  const now = ctx.now();
  const waiting = minutesLeft(row.lockedUntil, now);
  if (waiting > 0) throw lockedOut(waiting);
  const good = await verifyPassword(row.passwordHash, password);
  // A deactivated account says so only to whoever knows its password: a wrong one answers and
  // counts as for any account, so a stranger cannot tell which names exist (walk 35).
  if (good && row.state !== 'aktif') throw unauthenticated('auth.inactive');
  const actor = actorOf(row);
  if (good) {
    if (row.failedAttempts === 0 && row.lockouts === 0 && row.lockedUntil === null) return row;
    const after: AccountRow = { ...row, failedAttempts: 0, lockouts: 0, lockedUntil: null, updatedAt: now.toISOString() };
    writeAudited({ ...ctx, actor }, ({ db, audit }) => {
      db.update(userAccount).set({ failedAttempts: 0, lockouts: 0, lockedUntil: null, updatedAt: after.updatedAt }).where(eq(userAccount.uid, row.uid)).run();
      audit({ action: 'sign_in', entity: 'user_account', entityUid: row.uid, label: row.username, before: auditView(row), after: auditView(after) });
    });
    return after;
  }
  const failures = row.failedAttempts + 1;
  const locks = failures >= maxFailedAttempts;
  const minutes = lockoutMinutes(row.lockouts);
  const after: AccountRow = {
    ...row,
    failedAttempts: locks ? 0 : failures,
    lockouts: locks ? row.lockouts + 1 : row.lockouts,
    lockedUntil: locks ? new Date(now.getTime() + minutes * 60_000).toISOString() : null,
    updatedAt: now.toISOString(),
  };
  // Written by whoever typed (the caller: not signed in, or the locked screen's own user), never
  // in the name of the account a stranger typed at.
  writeAudited(ctx, ({ db, audit }) => {
    db.update(userAccount)
      .set({ failedAttempts: after.failedAttempts, lockouts: after.lockouts, lockedUntil: after.lockedUntil, updatedAt: after.updatedAt })
      .where(eq(userAccount.uid, row.uid))
      .run();
    audit({ action: locks ? 'lockout' : 'sign_in_failed', entity: 'user_account', entityUid: row.uid, label: row.username, before: auditView(row), after: auditView(after) });
  });
  throw locks ? lockedOut(minutes) : wrong;
}

export async function signIn(ctx: ServiceContext, input: z.output<typeof signInInput>): Promise<AuthStatus> {
  const session = sessionOf(ctx);
  const row = findByUsername(ctx, input.username);
  if (!row) {
    await verifyPassword(await dummyHash(), input.password);
    const counted = unknownNameTry(ctx.runtime, input.username, ctx.now());
    if (counted) throw lockedOut('waiting' in counted ? counted.waiting : counted.locked);
    throw unauthenticated('auth.wrongCredentials');
  }
  await checkPassword(ctx, row, input.password, unauthenticated('auth.wrongCredentials'));
  Object.assign(session, { userUid: row.uid, locked: false });
  return authStatus(ctx);
}

export function signOut(ctx: ServiceContext): AuthStatus {
  Object.assign(sessionOf(ctx), { userUid: null, locked: false });
  return authStatus(ctx);
}

export function lock(ctx: ServiceContext): AuthStatus {
  sessionOf(ctx).locked = true;
  return authStatus(ctx);
}

/** Opens a locked screen with the signed-in user's password; five wrong ones lock the account and sign out. */
export async function unlock(ctx: ServiceContext, password: string): Promise<AuthStatus> {
  const session = sessionOf(ctx);
  const row = session.userUid ? findByUid(ctx, session.userUid) : undefined;
  if (!row) throw unauthenticated('auth.signInFirst');
  try {
    await checkPassword(ctx, row, password, unauthenticated('auth.wrongPassword'));
  } catch (error) {
    if (error instanceof AppError && (error.details as { lockedMinutes?: number } | undefined)?.lockedMinutes) Object.assign(session, { userUid: null, locked: false });
    throw error;
  }
  session.locked = false;
  return authStatus(ctx);
}

export async function changeOwnPassword(ctx: ServiceContext, input: z.output<typeof changePasswordInput>): Promise<AuthStatus> {
  const session = sessionOf(ctx);
  const row = session.userUid ? findByUid(ctx, session.userUid) : undefined;
  if (!row) throw unauthenticated('auth.signInFirst');
  const checked = await checkPassword(ctx, row, input.oldPassword, new AppError('INVALID_INPUT', msg('auth.wrongPassword'), { issues: [{ path: 'oldPassword', messageKey: 'validation.wrongPassword' }] }));
  if (input.oldPassword === input.newPassword) {
    throw new AppError('INVALID_INPUT', msg('auth.samePassword'), { issues: [{ path: 'newPassword', messageKey: 'validation.samePassword' }] });
  }
  refuseWeakPassword(input.newPassword, row, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const after: AccountRow = { ...checked, passwordHash, mustChangePassword: false, updatedAt: ctx.now().toISOString() };
  writeAudited({ ...ctx, actor: actorOf(row) }, ({ db, audit }) => {
    db.update(userAccount).set({ passwordHash, mustChangePassword: false, updatedAt: after.updatedAt }).where(eq(userAccount.uid, row.uid)).run();
    audit({ action: 'password_change', entity: 'user_account', entityUid: row.uid, label: row.username, before: auditView(checked), after: auditView(after) });
  });
  return authStatus(ctx);
}
