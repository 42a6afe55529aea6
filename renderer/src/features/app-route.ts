import type { ReactNode } from 'react';

/** One screen: its path, its element and where it sits in the navigation. */
export interface AppRoute {
  path: string; // without a leading slash, e.g. 'referensi/wilayah'
  element: ReactNode;
  nav: { labelKey: string; group: NavGroup; order: number } | null;
}

export type NavGroup = 'registers' | 'reference' | 'settings' | 'top';

export const navGroupLabels: Record<Exclude<NavGroup, 'top'>, string> = {
  registers: 'nav.registers',
  reference: 'nav.reference',
  settings: 'nav.settings',
};
