import '../pages/regulations/messages.ts';
import { importRoute } from '../pages/imports/import-route.tsx';
import { RegulationPage } from '../pages/regulations/RegulationPage.tsx';
import { RegulationsPage } from '../pages/regulations/RegulationsPage.tsx';
import { regulationImport } from '../pages/regulations/regulation-import.ts';
import type { AppRoute } from './app-route.ts';

// Screens of the regulation register (Regulasi); App.tsx and the navigation read this list.
export const regulationRoutes: AppRoute[] = [
  { path: 'register/regulasi', element: <RegulationsPage />, nav: { labelKey: 'regulasi.nav.register', group: 'registers', order: 40 } },
  importRoute(regulationImport),
  { path: 'register/regulasi/:uid', element: <RegulationPage />, nav: null },
];
