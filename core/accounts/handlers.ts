import type { accountChannels } from '../api/channels/accounts.ts';
import type { HandlersOf } from '../handler-types.ts';
import { createAccount, listAccounts, resetPassword, savePolicy, updateAccount } from './account-service.ts';
import { authStatus, changeOwnPassword, createFirstAdmin, lock, signIn, signOut, unlock } from './auth-service.ts';

export const accountHandlers: HandlersOf<typeof accountChannels> = {
  'auth.status': (ctx) => authStatus(ctx),
  'auth.createFirstAdmin': (ctx, input) => createFirstAdmin(ctx, input),
  'auth.signIn': (ctx, input) => signIn(ctx, input),
  'auth.signOut': (ctx) => signOut(ctx),
  'auth.unlock': (ctx, input) => unlock(ctx, input.password),
  'auth.lock': (ctx) => lock(ctx),
  'auth.changePassword': (ctx, input) => changeOwnPassword(ctx, input),
  'accounts.list': (ctx) => listAccounts(ctx),
  'accounts.create': (ctx, input) => createAccount(ctx, input),
  'accounts.update': (ctx, input) => updateAccount(ctx, input),
  'accounts.resetPassword': (ctx, input) => resetPassword(ctx, input.uid, input.password),
  'accounts.policy.save': (ctx, input) => savePolicy(ctx, input),
};
