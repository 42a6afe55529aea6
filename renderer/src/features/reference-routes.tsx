import type { AppRoute } from './app-route.ts';

// Screens of this feature; App.tsx and the navigation read this list.
export const referenceRoutes: AppRoute[] = [];
