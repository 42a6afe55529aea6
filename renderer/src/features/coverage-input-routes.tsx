import '../coverage-inputs/messages.ts';
import { AggregatesPage } from '../coverage-inputs/AggregatesPage.tsx';
import { aggregateImport, denominatorImport } from '../coverage-inputs/coverage-input-imports.ts';
import { DenominatorsPage } from '../coverage-inputs/DenominatorsPage.tsx';
import { TargetsPage } from '../coverage-inputs/TargetsPage.tsx';
import { importRoute } from '../pages/imports/import-route.tsx';
import type { AppRoute } from './app-route.ts';

// Screens of the coverage inputs in the Cakupan group of the navigation (the dashboard is
// /cakupan); their imports open from the lists' buttons.
export const coverageInputRoutes: AppRoute[] = [
  { path: 'cakupan/penyebut', element: <DenominatorsPage />, nav: { labelKey: 'cakupanInput.nav.denominators', group: 'coverage', order: 10 } },
  { ...importRoute(denominatorImport), nav: null },
  { path: 'cakupan/agregat', element: <AggregatesPage />, nav: { labelKey: 'cakupanInput.nav.aggregates', group: 'coverage', order: 20 } },
  { ...importRoute(aggregateImport), nav: null },
  { path: 'cakupan/target', element: <TargetsPage />, nav: { labelKey: 'cakupanInput.nav.targets', group: 'coverage', order: 30 } },
];
