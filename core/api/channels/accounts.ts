import { z } from 'zod';
import { control, read, write } from '../channel.ts';
import {
  accountCreateInput,
  accountPolicyInput,
  accountUpdateInput,
  changePasswordInput,
  firstAdminInput,
  passwordResetInput,
  signInInput,
  unlockInput,
  type Account,
  type AccountPolicy,
  type AuthStatus,
} from '../accounts.ts';

// Signing in (public: asked before anyone is signed in) and the administrator's accounts.

const noInput = z.object({}).strict();

export const accountChannels = {
  'auth.status': read(noInput, 'public')<AuthStatus>(),
  'auth.createFirstAdmin': write(firstAdminInput, 'public')<AuthStatus>(),
  'auth.signIn': write(signInInput, 'public')<AuthStatus>(),
  'auth.signOut': control(noInput, 'public')<AuthStatus>(),
  'auth.unlock': write(unlockInput, 'public')<AuthStatus>(),
  'auth.lock': control(noInput, 'app')<AuthStatus>(),
  'auth.changePassword': write(changePasswordInput, 'app')<AuthStatus>(),
  'accounts.list': read(noInput, 'accounts.manage')<Account[]>(),
  'accounts.create': write(accountCreateInput, 'accounts.manage')<Account>(),
  'accounts.update': write(accountUpdateInput, 'accounts.manage')<Account>(),
  'accounts.resetPassword': write(passwordResetInput, 'accounts.manage')<Account>(),
  'accounts.policy.save': write(accountPolicyInput, 'settings.write')<AccountPolicy>(),
} as const;
