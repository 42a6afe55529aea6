import { AboutPage } from '../pages/AboutPage.tsx';
import { AuditLogPage } from '../pages/AuditLogPage.tsx';
import { OfficeProfilePage } from '../pages/OfficeProfilePage.tsx';
import type { AppRoute } from './app-route.ts';

export const coreRoutes: AppRoute[] = [
  { path: 'pengaturan/profil', element: <OfficeProfilePage />, nav: { labelKey: 'nav.officeProfile', group: 'settings', order: 10 }, permission: 'settings.write' },
  { path: 'pengaturan/tentang', element: <AboutPage />, nav: { labelKey: 'nav.about', group: 'settings', order: 90 }, permission: 'app' },
  { path: 'riwayat', element: <AuditLogPage />, nav: { labelKey: 'nav.auditLog', group: 'top', order: 90 } },
];
