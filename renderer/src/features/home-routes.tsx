import { HomePage } from '../home/HomePage.tsx';
import { homePath } from '../home/paths.ts';
import type { AppRoute } from './app-route.ts';

// Beranda, first in the navigation; the app opens on it (App.tsx, SetupWizard.tsx).

export const homeRoutes: AppRoute[] = [{ path: homePath, element: <HomePage />, nav: { labelKey: 'beranda.nav', group: 'home', order: 0 } }];
