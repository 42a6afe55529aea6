import '../pages/accounts/messages.ts';
import { AccountsPage } from '../pages/accounts/AccountsPage.tsx';
import type { AppRoute } from './app-route.ts';

// The administrator's accounts page; signing in, the lock and one's own password live in
// pages/accounts (AuthGate, the header's user menu), not as routes.
export const accountRoutes: AppRoute[] = [
  { path: 'pengaturan/akun', element: <AccountsPage />, nav: { labelKey: 'accounts.page.nav', group: 'settings', order: 20 }, permission: 'accounts.manage' },
];
