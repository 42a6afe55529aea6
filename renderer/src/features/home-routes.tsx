import { HomePage } from '../home/HomePage.tsx';
import type { AppRoute } from './app-route.ts';

/** Where Beranda lives: the app opens on it after sign-in (App.tsx), first in the navigation. */
export const homePath = 'beranda';

export const homeRoutes: AppRoute[] = [{ path: homePath, element: <HomePage />, nav: { labelKey: 'beranda.nav', group: 'home', order: 0 } }];
