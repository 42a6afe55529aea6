import { AppShell, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { languages, setLanguage, type Language } from '../i18n/index.ts';
import { useOfficeProfile } from '../api/queries.ts';

// Navigation lists only screens that work; registers join it as they land.
const links = [
  { to: '/pengaturan/profil', label: 'nav.officeProfile', group: 'nav.settings' },
  { to: '/riwayat', label: 'nav.auditLog', group: null },
] as const;

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const profile = useOfficeProfile();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={3} c="blue.8">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {profile.data?.officeName || t('app.tagline')}
            </Text>
          </Group>
          <SegmentedControl
            aria-label={t('nav.language')}
            size="xs"
            value={i18n.language}
            onChange={(value) => setLanguage(value as Language)}
            data={languages.map((l) => ({ value: l.code, label: l.code.toUpperCase() }))}
          />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Navigasi">
        <NavLink label={t('nav.settings')} defaultOpened childrenOffset={12}>
          {links
            .filter((l) => l.group)
            .map((l) => (
              <NavLink key={l.to} component={RouterLink} to={l.to} label={t(l.label)} active={location.pathname === l.to} />
            ))}
        </NavLink>
        {links
          .filter((l) => !l.group)
          .map((l) => (
            <NavLink key={l.to} component={RouterLink} to={l.to} label={t(l.label)} active={location.pathname === l.to} />
          ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
