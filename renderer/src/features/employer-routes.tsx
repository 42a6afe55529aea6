import '../pages/employers/messages.ts';
import { CompliancePage } from '../pages/employers/CompliancePage.tsx';
import '../pages/employers/compliance-messages.ts';
import { EmployerDetailPage } from '../pages/employers/EmployerDetailPage.tsx';
import { FollowUpsDuePage } from '../pages/employers/FollowUpsDuePage.tsx';
import { RegisterPage } from '../pages/employers/RegisterPage.tsx';
import type { AppRoute } from './app-route.ts';

// Screens of the employer register; App.tsx and the navigation read this list.
export const employerRoutes: AppRoute[] = [
  { path: 'register/perusahaan', element: <RegisterPage />, nav: { labelKey: 'employers.nav.register', group: 'registers', order: 10 } },
  { path: 'register/perusahaan/:uid', element: <EmployerDetailPage />, nav: null },
  { path: 'register/tindak-lanjut', element: <FollowUpsDuePage />, nav: { labelKey: 'employers.nav.due', group: 'registers', order: 20 } },
  { path: 'register/kepatuhan', element: <CompliancePage />, nav: { labelKey: 'kepatuhan.nav', group: 'registers', order: 25 } },
];
