import { Alert, Anchor, Group, Loader, Pagination, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Employer } from '../../../../core/api/employers.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../format.ts';
import { workerPath } from '../workers/worker-register.ts';
import { compliancePath } from './compliance-path.ts';
import './compliance-messages.ts';
import { useEmployerWorkers } from './queries.ts';
import { formatDate } from './shared.tsx';

// "Pekerja terdaftar (PU aktif)" on the employer's page: how many people have a PU period here
// today, set against the workforce the register records, and a page of them by name, each
// opening the person. The NIK is personal data: hidden until asked for, as in the register,
// and kept in one column so a masking rule has one place to apply.

const pageSize = 20;

export function EmployerWorkers({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [showNik, setShowNik] = useState(false);
  const workers = useEmployerWorkers(employer.uid, (page - 1) * pageSize, pageSize);
  const data = workers.data;
  const gap = data && employer.workersTotal !== null ? employer.workersTotal - data.total : null;

  return (
    <Paper withBorder p="md" data-testid="employer-workers">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">{t('kepatuhan.workers.title')}</Title>
        {data && data.total > 0 ? <Switch label={t('kepatuhan.workers.showNik')} checked={showNik} onChange={(e) => setShowNik(e.currentTarget.checked)} /> : null}
      </Group>
      {workers.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : workers.isError ? (
        <ErrorAlert error={workers.error} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" data-testid="employer-workers-count">
            {t('kepatuhan.workers.count', { n: formatNumber(data!.total), count: data!.total, date: formatDate(data!.date) })}
            {gap !== null && gap > 0 ? (
              <>
                {' '}
                <Text span c="orange.8" size="sm">
                  {t('kepatuhan.workers.versus', { reported: formatNumber(employer.workersTotal ?? 0), gap: formatNumber(gap) })}
                </Text>{' '}
                <Anchor component={Link} to={compliancePath} size="sm">
                  {t('kepatuhan.workers.toCompliance')}
                </Anchor>
              </>
            ) : null}
          </Text>
          {data!.total === 0 ? (
            <Alert color="gray">{t('kepatuhan.workers.none', { date: formatDate(data!.date) })}</Alert>
          ) : (
            <>
              <Table withTableBorder striped data-testid="employer-workers-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('kepatuhan.workers.name')}</Table.Th>
                    {showNik ? <Table.Th>{t('kepatuhan.workers.nik')}</Table.Th> : null}
                    <Table.Th>{t('kepatuhan.workers.kpj')}</Table.Th>
                    <Table.Th>{t('kepatuhan.workers.start')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data!.rows.map((w) => (
                    <Table.Tr key={w.uid}>
                      <Table.Td>
                        <Anchor component={Link} to={workerPath(w.uid)} size="sm">
                          {w.name}
                        </Anchor>
                      </Table.Td>
                      {showNik ? <Table.Td ff="monospace">{w.nik}</Table.Td> : null}
                      <Table.Td ff="monospace">{w.kpj ?? '—'}</Table.Td>
                      <Table.Td>{formatDate(w.startDate)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {data!.total > pageSize ? <Pagination size="sm" total={Math.ceil(data!.total / pageSize)} value={page} onChange={setPage} /> : null}
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}
