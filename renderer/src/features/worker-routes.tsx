import '../pages/workers/messages.ts';
import { importRoute } from '../pages/imports/import-route.tsx';
import { PersonPage } from '../pages/workers/PersonPage.tsx';
import { IdentityReviewPage } from '../pages/workers/review/IdentityReviewPage.tsx';
import { DuplicateReviewPage } from '../pages/workers/review/DuplicateReviewPage.tsx';
import '../pages/workers/review/duplicate-messages.ts';
import { WorkersPage } from '../pages/workers/WorkersPage.tsx';
import { workerImport } from '../pages/workers/worker-import.ts';
import type { AppRoute } from './app-route.ts';

// Screens of the worker register (Pekerja); App.tsx and the navigation read this list.
export const workerRoutes: AppRoute[] = [
  { path: 'register/pekerja', element: <WorkersPage />, nav: { labelKey: 'pekerja.nav.register', group: 'registers', order: 30 } },
  importRoute(workerImport),
  // Before ':uid', so the review is not read as a person's uid.
  { path: 'register/pekerja/tinjauan-impor', element: <IdentityReviewPage />, nav: null },
  { path: 'register/pekerja/tinjauan-duplikat', element: <DuplicateReviewPage />, nav: { labelKey: 'duplikat.nav', group: 'registers', order: 31 } },
  { path: 'register/pekerja/:uid', element: <PersonPage />, nav: null },
];
