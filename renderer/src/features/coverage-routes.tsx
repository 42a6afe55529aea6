import '../coverage/messages.ts';
import { CoveragePage } from '../coverage/CoveragePage.tsx';
import type { AppRoute } from './app-route.ts';

// The coverage dashboard (Cakupan), first in the navigation's Cakupan group (its inputs follow).
export const coverageRoutes: AppRoute[] = [{ path: 'cakupan', element: <CoveragePage />, nav: { labelKey: 'cakupan.nav', group: 'coverage', order: 5 } }];
