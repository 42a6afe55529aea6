import { Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../api/auth.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatNumber, formatTimestamp } from '../format.ts';
import { actorWords } from '../pages/audit/words.ts';
import { importedRegisters, importHistoryPath } from './import-screens.ts';
import { useRecentImports } from './queries.ts';
import { HomeCard } from './HomeCard.tsx';

// The latest file imports of every register: which register, the file, when, who, and its rows;
// each opens its register's import history, where it is listed (and can be undone), for those
// whose role may open the import screens.

export function RecentImportsCard() {
  const { t } = useTranslation();
  const canImport = useCan('records.import');
  const zone = useOfficeZone();
  const recent = useRecentImports();
  return (
    <HomeCard title={t('beranda.imports.heading')} testId="home-imports">
      {recent.isError ? (
        <Text size="sm" c="red">
          {t('beranda.loadFailed')}
        </Text>
      ) : recent.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : recent.data.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="home-imports-none">
          {t('beranda.imports.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {recent.data.map((b) => {
            const register = importedRegisters[b.register];
            const registerName = register ? t(register.label) : b.register;
            return (
              <li key={b.uid} data-testid="home-import-row" data-batch={b.uid}>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Badge size="sm" variant="light" tt="none" style={{ flexShrink: 0 }}>
                    {registerName}
                  </Badge>
                  {register && canImport ? (
                    <Anchor component={Link} to={importHistoryPath(register.screen)} size="sm" lineClamp={1} aria-label={t('beranda.imports.open', { file: b.fileName, register: registerName })}>
                      {b.fileName}
                    </Anchor>
                  ) : (
                    <Text size="sm" lineClamp={1}>
                      {b.fileName}
                    </Text>
                  )}
                  {b.status === 'undone' ? (
                    <Badge size="sm" color="gray" variant="light" tt="none" style={{ flexShrink: 0 }}>
                      {t('beranda.imports.undone')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {formatTimestamp(b.createdAt, zone)} · {actorWords(t, b.actorName)} ·{' '}
                  {t('beranda.imports.rows', { inserted: formatNumber(b.inserted), updated: formatNumber(b.updated), invalid: formatNumber(b.invalid) })}
                </Text>
              </li>
            );
          })}
        </Stack>
      )}
    </HomeCard>
  );
}
