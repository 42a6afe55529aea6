import { EncryptionPage } from '../pages/settings/EncryptionPage.tsx';
import '../pages/settings/messages.ts';
import type { AppRoute } from './app-route.ts';

// Encryption at rest: the administrator's settings page (permission backups.manage).
export const encryptionRoutes: AppRoute[] = [{ path: 'pengaturan/enkripsi', element: <EncryptionPage />, nav: { labelKey: 'encryption.nav', group: 'settings', order: 30 }, permission: 'backups.manage' }];
