import { BackupsPage } from '../pages/backups/BackupsPage.tsx';
import type { AppRoute } from './app-route.ts';

// The administrator's backups and restore, under settings.
export const backupRoutes: AppRoute[] = [{ path: 'pengaturan/cadangan', element: <BackupsPage />, nav: { labelKey: 'backups.nav', group: 'settings', order: 50 }, permission: 'backups.manage' }];
