import { NikCheckPage } from '../pages/reference/NikCheckPage.tsx';
import { RegionsPage } from '../pages/reference/RegionsPage.tsx';
import type { AppRoute } from './app-route.ts';

// Screens of this feature; App.tsx and the navigation read this list.
export const referenceRoutes: AppRoute[] = [
  { path: 'referensi/wilayah', element: <RegionsPage />, nav: { labelKey: 'reference.nav.regions', group: 'reference', order: 10 } },
  { path: 'referensi/cek-nik', element: <NikCheckPage />, nav: { labelKey: 'reference.nav.nikCheck', group: 'reference', order: 20 } },
];
