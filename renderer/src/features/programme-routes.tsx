import '../pages/programmes/messages.ts';
import { ProgrammePage } from '../pages/programmes/ProgrammePage.tsx';
import { ProgrammesPage } from '../pages/programmes/ProgrammesPage.tsx';
import type { AppRoute } from './app-route.ts';

// Screens of the vulnerable-worker programmes, next to the worker register in the navigation.
export const programmeRoutes: AppRoute[] = [
  { path: 'program-rentan', element: <ProgrammesPage />, nav: { labelKey: 'program.nav.list', group: 'registers', order: 38 } },
  { path: 'program-rentan/:uid', element: <ProgrammePage />, nav: null },
];
