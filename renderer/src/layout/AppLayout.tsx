import { AppShell, Group, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import './skip-to-content.css';
import './toasts.css';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { useOfficeProfile, useSetupStatus } from '../api/queries.ts';
import { allRoutes } from '../features/all-routes.ts';
import { navGroupLabels, routesFor, type AppRoute, type NavGroup } from '../features/app-route.ts';
import { usePermissionCheck } from '../api/auth.ts';
import { UserMenu } from '../pages/accounts/UserMenu.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useFocusRescue } from './focus-rescue.ts';

// Navigation lists only screens that exist (features/*-routes.tsx), grouped.
const groupOrder: NavGroup[] = ['home', 'registers', 'coverage', 'reference', 'top', 'settings'];
const byOrder = (a: AppRoute, b: AppRoute) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0);

/**
 * The one menu entry for a page: the longest menu path the page's path starts with, so the
 * import screen (register/perusahaan/impor) lights "Impor perusahaan" only, and a record
 * (register/perusahaan/<uid>) lights "Perusahaan".
 */
function activeNavPath(pathname: string, navPaths: string[]): string | null {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  const matches = navPaths.filter((p) => path === p || path.startsWith(`${p}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * The sidebar's scroll position, kept for the window's session: the layout is mounted again after
 * a sign-in (and the window after a reload), and its sidebar would start at the top again, with
 * the open page's entry out of sight below.
 */
const sidebarScrollKey = 'lindung.sidebarScroll';
const savedSidebarScroll = (): number => {
  try {
    return Number(window.sessionStorage.getItem(sidebarScrollKey)) || 0;
  } catch {
    return 0;
  }
};
const saveSidebarScroll = (top: number) => {
  try {
    window.sessionStorage.setItem(sidebarScrollKey, String(Math.round(top)));
  } catch {
    // No session storage: the sidebar then starts at the top, as before.
  }
};

/**
 * Brings the open page's entry into the sidebar's view when none of it shows (the sidebar put back
 * where it was, but the page is another: a sign-in of someone else, a reload on a page low in the
 * list), scrolling no further than that; an entry in sight, even in part, leaves it where it is.
 */
function showActiveEntry(viewport: HTMLElement) {
  const entry = viewport.querySelector<HTMLElement>('[aria-current="page"]');
  if (!entry) return;
  const view = viewport.getBoundingClientRect();
  const box = entry.getBoundingClientRect();
  if (box.bottom <= view.top) viewport.scrollTop -= view.top - box.top;
  else if (box.top >= view.bottom) viewport.scrollTop += box.bottom - view.bottom;
}

const without = <T,>(set: ReadonlySet<T>, item: T): Set<T> => new Set([...set].filter((x) => x !== item));

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const profile = useOfficeProfile();
  const area = useSetupStatus().data?.area;
  // Only the screens the signed-in user's role may open are listed.
  const routes = routesFor(allRoutes, usePermissionCheck());
  const navPaths = routes.filter((r) => r.nav).map((r) => r.path);

  const active = activeNavPath(location.pathname, navPaths);
  // A focus whose element went away comes back to the page, not to the document's body.
  useFocusRescue();
  // A toast belongs to the page it was shown on.
  useEffect(() => notifications.clean(), [location.pathname]);

  // The sidebar stays where the user scrolled it across pages, and is put back there when the
  // layout is mounted again (a sign-in, a reload), with the open page's entry in sight.
  const sidebar = useRef<HTMLDivElement>(null);
  const [folded, setFolded] = useState<ReadonlySet<NavGroup>>(new Set());
  useLayoutEffect(() => {
    if (!sidebar.current) return;
    sidebar.current.scrollTop = savedSidebarScroll();
    showActiveEntry(sidebar.current);
  }, []);

  const link = (r: AppRoute) => (
    <NavLink
      key={r.path}
      component={RouterLink}
      to={`/${r.path}`}
      label={t(r.nav?.labelKey ?? '')}
      active={r.path === active}
      aria-current={r.path === active ? 'page' : undefined}
      // The entry of the page already open reads it again, as a browser's reload would: the
      // register may have been changed meanwhile by the CLI or another window.
      onClick={() => {
        if (location.pathname === `/${r.path}`) void queryClient.invalidateQueries();
      }}
    />
  );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm' }} padding="md">
      {/* The first Tab stop: past the header and the thirty links of the sidebar to the page itself. */}
      <UnstyledButton className="skip-to-content" onClick={() => document.getElementById('page-content')?.focus()} data-testid="skip-to-content">
        {t('nav.skipToContent')}
      </UnstyledButton>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {/* The app's name, in a heading's look but no heading: each page's one h1 is its own title (PageTitle). */}
            <Text fz="h3" lh="h3" fw={700} ff="heading" c="blue.8">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm" truncate>
              {profile.data?.officeName || t('app.tagline')}
              {area ? ` · ${area.name}` : ''}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
          <UserMenu />
          <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Navigasi">
        {/* Scrolls on its own: at 1366×768 the settings group ends below the window. */}
        <AppShell.Section grow component={ScrollArea} viewportRef={sidebar} onScrollPositionChange={({ y }: { y: number }) => saveSidebarScroll(y)}>
          {groupOrder.map((group) => {
            const inGroup = routes.filter((r) => r.nav?.group === group).sort(byOrder);
            if (inGroup.length === 0) return null;
            if (group === 'home' || group === 'top') return inGroup.map(link);
            return (
              // A button, so the keyboard reaches the group and folds it too (walk 33); it says whether it is open.
              <NavLink
                key={group}
                component="button"
                type="button"
                label={t(navGroupLabels[group])}
                opened={!folded.has(group)}
                onChange={(opened) => setFolded((before) => (opened ? without(before, group) : new Set(before).add(group)))}
                aria-expanded={!folded.has(group)}
                childrenOffset={12}
              >
                {inGroup.map(link)}
              </NavLink>
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="page-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
