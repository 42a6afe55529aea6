import type { ReactNode } from 'react';
import type { Permission } from '../../../core/api/channel.ts';

/** One screen: its path, its element and where it sits in the navigation. */
export interface AppRoute {
  path: string; // without a leading slash, e.g. 'referensi/wilayah'
  element: ReactNode;
  nav: { labelKey: string; group: NavGroup; order: number } | null;
  /** Who may open it (default 'records.read'): others see neither the entry nor the page. */
  permission?: Permission;
}

/** The screens the signed-in user may open. */
export const routesFor = (routes: AppRoute[], can: (p: Permission) => boolean) => routes.filter((r) => can(r.permission ?? 'records.read'));

/** 'home' and 'top' are entries of their own (no group heading): 'home' first, 'top' after the groups. */
export type NavGroup = 'home' | 'registers' | 'coverage' | 'reference' | 'settings' | 'top';

export const navGroupLabels: Record<Exclude<NavGroup, 'home' | 'top'>, string> = {
  registers: 'nav.registers',
  coverage: 'nav.coverage',
  reference: 'nav.reference',
  settings: 'nav.settings',
};
