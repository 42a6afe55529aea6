import '../pages/imports/messages.ts';
import { ImportPage } from '../pages/imports/ImportPage.tsx';
import type { AppRoute } from './app-route.ts';

// The import screen; App.tsx and the navigation read this list.
export const importRoutes: AppRoute[] = [
  { path: 'register/perusahaan/impor', element: <ImportPage />, nav: { labelKey: 'imports.nav.employers', group: 'registers', order: 15 } },
];
