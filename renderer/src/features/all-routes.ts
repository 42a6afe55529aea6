import { accountRoutes } from './account-routes.tsx';
import type { AppRoute } from './app-route.ts';
import { contributionRoutes } from './contribution-routes.tsx';
import { coreRoutes } from './core-routes.tsx';
import { employerRoutes } from './employer-routes.tsx';
import { importRoutes } from './import-routes.tsx';
import { referenceRoutes } from './reference-routes.tsx';

export const allRoutes: AppRoute[] = [...coreRoutes, ...employerRoutes, ...importRoutes, ...referenceRoutes, ...contributionRoutes, ...accountRoutes];
