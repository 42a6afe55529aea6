import { Anchor, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client.ts';
import { useReferenceSources } from '../api/queries.ts';
import { formatNumber } from '../format.ts';
import { ProblemReportCard } from './ProblemReportCard.tsx';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle.tsx';
import '../demo/messages.ts';

// Version, data folder and the public datasets behind the reference tables, with the
// attribution their licences ask for (idn-area-data's data is ODbL).
export function AboutPage() {
  const { t } = useTranslation();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => request('app.info', {}) });
  const sources = useReferenceSources();
  if (info.isPending || sources.isPending) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack maw={900}>
      <PageTitle>{t('about.title')}</PageTitle>
      <Card withBorder>
        <Text>
          <b>Lindung</b> {info.data?.version} · {t('about.schema')} {info.data?.schemaVersion}
        </Text>
        <Text size="sm" c="dimmed">
          {t('about.dataDir')}: {info.data?.dataDir}
        </Text>
      </Card>
      <ProblemReportCard />
      <Card withBorder>
        <Text size="sm">
          {t('contoh.aboutHint')}{' '}
          <Anchor component={Link} to="/contoh">
            {t('contoh.title')}
          </Anchor>
        </Text>
      </Card>
      <Title order={2} size="h3">{t('about.sources')}</Title>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('about.dataset')}</Table.Th>
            <Table.Th>{t('about.version')}</Table.Th>
            <Table.Th>{t('about.rows')}</Table.Th>
            <Table.Th>{t('about.license')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(sources.data ?? []).map((s) => (
            <Table.Tr key={s.key}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.regulation}
                </Text>
                <Text size="xs">{s.attribution}</Text>
              </Table.Td>
              <Table.Td>{s.version}</Table.Td>
              <Table.Td>{formatNumber(s.rowCount)}</Table.Td>
              <Table.Td>{s.license || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {t('about.odbl')}{' '}
        <Anchor href="https://opendatacommons.org/licenses/odbl/1-0/" target="_blank" rel="noreferrer">
          ODbL 1.0
        </Anchor>
      </Text>
    </Stack>
  );
}
