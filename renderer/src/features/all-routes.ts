import { accountRoutes } from './account-routes.tsx';
import type { AppRoute } from './app-route.ts';
import { backupRoutes } from './backup-routes.tsx';
import { contributionRoutes } from './contribution-routes.tsx';
import { coverageRoutes } from './coverage-routes.tsx';
import { coreRoutes } from './core-routes.tsx';
import { employerRoutes } from './employer-routes.tsx';
import { encryptionRoutes } from './encryption-routes.tsx';
import { homeRoutes } from './home-routes.tsx';
import { importRoutes } from './import-routes.tsx';
import { referenceRoutes } from './reference-routes.tsx';
import { workerRoutes } from './worker-routes.tsx';
import { programmeRoutes } from './programme-routes.tsx';

import { regulationRoutes } from './regulation-routes.tsx';
import { coverageInputRoutes } from './coverage-input-routes.tsx';
import { demoRoutes } from './demo-routes.tsx';
import { awardRoutes } from './award-routes.tsx';

export const allRoutes: AppRoute[] = [...homeRoutes, ...coreRoutes, ...coverageRoutes, ...employerRoutes, ...importRoutes, ...referenceRoutes, ...contributionRoutes, ...backupRoutes, ...encryptionRoutes, ...workerRoutes, ...programmeRoutes, ...regulationRoutes, ...coverageInputRoutes, ...awardRoutes, ...accountRoutes, ...demoRoutes];
