import type { AppRoute } from '../../features/app-route.ts';
import type { ImportScreenConfig } from './import-screen-config.ts';
import { ImportPage } from './ImportPage.tsx';

/** A register's import screen as a route of the app, in the Register group of the navigation. */
export const importRoute = (config: ImportScreenConfig): AppRoute => ({
  path: config.path,
  element: <ImportPage key={config.register} config={config} />,
  nav: { labelKey: config.labels.title, group: 'registers', order: config.navOrder },
  permission: 'records.import',
});
