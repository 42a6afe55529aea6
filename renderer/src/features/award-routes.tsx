import '../award/messages.ts';
import { CyclePage } from '../award/CyclePage.tsx';
import { CyclesPage } from '../award/CyclesPage.tsx';
import type { AppRoute } from './app-route.ts';

// The Paritrana Award: the cycles list in the navigation's top group, and one cycle's page.
export const awardRoutes: AppRoute[] = [
  { path: 'paritrana', element: <CyclesPage />, nav: { labelKey: 'paritrana.nav', group: 'top', order: 50 } },
  { path: 'paritrana/:uid', element: <CyclePage />, nav: null },
];
