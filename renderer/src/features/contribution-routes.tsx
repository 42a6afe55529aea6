import { CalculatorPage } from '../pages/contributions/CalculatorPage.tsx';
import { ListsPage } from '../pages/contributions/ListsPage.tsx';
import { RulesPage } from '../pages/contributions/RulesPage.tsx';
import type { AppRoute } from './app-route.ts';

// Screens of this feature; App.tsx and the navigation read this list.
export const contributionRoutes: AppRoute[] = [
  { path: 'referensi/kalkulator', element: <CalculatorPage />, nav: { labelKey: 'contributions.nav.calculator', group: 'reference', order: 30 } },
  { path: 'referensi/aturan-iuran', element: <RulesPage />, nav: { labelKey: 'contributions.nav.rules', group: 'reference', order: 40 } },
  { path: 'referensi/daftar', element: <ListsPage />, nav: { labelKey: 'contributions.nav.lists', group: 'reference', order: 50 } },
];
