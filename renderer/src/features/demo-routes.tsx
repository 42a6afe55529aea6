import { DemoOfficePage } from '../demo/DemoOfficePage.tsx';
import type { AppRoute } from './app-route.ts';

// The demo office: reached from the first start ("Coba dengan kantor contoh") and the About page.
export const demoRoutes: AppRoute[] = [{ path: 'contoh', element: <DemoOfficePage />, nav: null, permission: 'settings.write' }];
