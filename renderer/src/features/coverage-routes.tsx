import '../coverage/messages.ts';
import { CoveragePage } from '../coverage/CoveragePage.tsx';
import type { AppRoute } from './app-route.ts';

// The coverage dashboard (Cakupan), at the top of the navigation beside the registers.
export const coverageRoutes: AppRoute[] = [{ path: 'cakupan', element: <CoveragePage />, nav: { labelKey: 'cakupan.nav', group: 'top', order: 10 } }];
