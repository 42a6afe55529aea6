import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { accountPolicy, userAccount } from '../../db/schema/index.ts';
import type { Account, AccountPolicy, accountCreateInput, accountUpdateInput } from '../api/accounts.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { auditView, findByUid, findByUsername, foldUsername, readPolicy, toAccount, type AccountRow } from './account-store.ts';
import { hashPassword, refuseWeakPassword } from './password.ts';

// The administrator's work on accounts: create, change role or state, reset a password, and
// the office's idle-lock time. Each is an audited write by the signed-in administrator.

const accountNotFound = (uid: string) => notFound(msg('auth.account'), { uid });

export function listAccounts(ctx: ServiceContext): Account[] {
  return ctx.db.select().from(userAccount).orderBy(asc(userAccount.usernameFolded)).all().map(toAccount);
}

export async function createAccount(ctx: ServiceContext, input: z.output<typeof accountCreateInput>): Promise<Account> {
  if (findByUsername(ctx, input.username)) throw usernameTaken(input.username);
  refuseWeakPassword(input.password, input, 'password');
  const passwordHash = await hashPassword(input.password);
  const at = ctx.now().toISOString();
  const row: AccountRow = {
    uid: newUid(),
    username: input.username,
    usernameFolded: foldUsername(input.username),
    displayName: input.displayName,
    nip: input.nip,
    role: input.role,
    state: 'aktif',
    passwordHash,
    failedAttempts: 0,
    lockouts: 0,
    lockedUntil: null,
    // The administrator chose this password: its owner replaces it at the first sign-in.
    mustChangePassword: true,
    createdAt: at,
    updatedAt: at,
  };
  writeAudited(ctx, ({ db, audit }) => {
    if (findByUsername(ctx, input.username)) throw usernameTaken(input.username);
    db.insert(userAccount).values(row).run();
    audit({ action: 'create', entity: 'user_account', entityUid: row.uid, label: row.username, before: null, after: auditView(row) });
  });
  return toAccount(row);
}

const usernameTaken = (username: string) =>
  new AppError('CONFLICT', msg('auth.usernameTaken', { username }), { issues: [{ path: 'username', messageKey: 'validation.duplicate' }] });

const activeAdmins = (ctx: ServiceContext): number =>
  (stmt(ctx.sqlite, "SELECT count(*) AS n FROM user_account WHERE role = 'administrator' AND state = 'aktif'").get() as { n: number }).n;

export function updateAccount(ctx: ServiceContext, input: z.output<typeof accountUpdateInput>): Account {
  return writeAudited(ctx, ({ db, audit }) => {
    const before = findByUid(ctx, input.uid);
    if (!before) throw accountNotFound(input.uid);
    const stopsBeingAdmin = before.role === 'administrator' && before.state === 'aktif' && (input.role !== 'administrator' || input.state !== 'aktif');
    // The office must keep someone who can manage accounts.
    if (stopsBeingAdmin && activeAdmins(ctx) <= 1) throw new AppError('CONFLICT', msg('auth.lastAdmin'));
    // Deactivating or demoting oneself locks oneself out (the next sign-in fails): another administrator does it.
    if (ctx.actor.id === before.uid && (input.state !== before.state || input.role !== before.role)) throw new AppError('CONFLICT', msg('auth.selfDeactivate'));
    const after: AccountRow = { ...before, displayName: input.displayName, nip: input.nip, role: input.role, state: input.state, updatedAt: ctx.now().toISOString() };
    db.update(userAccount).set({ displayName: after.displayName, nip: after.nip, role: after.role, state: after.state, updatedAt: after.updatedAt }).where(eq(userAccount.uid, input.uid)).run();
    audit({ action: 'update', entity: 'user_account', entityUid: before.uid, label: before.username, before: auditView(before), after: auditView(after) });
    return toAccount(after);
  });
}

/** A new password chosen by the administrator: the lockout is lifted and the user must change it at the next sign-in. */
export async function resetPassword(ctx: ServiceContext, uid: string, password: string): Promise<Account> {
  const account = findByUid(ctx, uid);
  if (!account) throw accountNotFound(uid);
  refuseWeakPassword(password, account, 'password');
  const passwordHash = await hashPassword(password);
  return writeAudited(ctx, ({ db, audit }) => {
    const before = findByUid(ctx, uid);
    if (!before) throw accountNotFound(uid);
    const after: AccountRow = { ...before, passwordHash, mustChangePassword: true, failedAttempts: 0, lockouts: 0, lockedUntil: null, updatedAt: ctx.now().toISOString() };
    db.update(userAccount)
      .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockouts: 0, lockedUntil: null, updatedAt: after.updatedAt })
      .where(eq(userAccount.uid, uid))
      .run();
    audit({ action: 'password_reset', entity: 'user_account', entityUid: uid, label: before.username, before: auditView(before), after: auditView(after) });
    return toAccount(after);
  });
}

export function savePolicy(ctx: ServiceContext, policy: AccountPolicy): AccountPolicy {
  return writeAudited(ctx, ({ db, audit }) => {
    const before = readPolicy(ctx);
    const values = { id: 1, idleLockSeconds: policy.idleLockSeconds, updatedAt: ctx.now().toISOString() };
    db.insert(accountPolicy).values(values).onConflictDoUpdate({ target: accountPolicy.id, set: values }).run();
    audit({ action: 'update', entity: 'account_policy', entityUid: null, before: { ...before }, after: { ...policy } });
    return { idleLockSeconds: policy.idleLockSeconds };
  });
}
