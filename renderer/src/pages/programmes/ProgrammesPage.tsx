import { Anchor, Badge, Button, Group, Loader, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../api/auth.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber, formatRupiah } from '../../format.ts';
import './messages.ts';
import { ProgrammeFormModal } from './ProgrammeFormModal.tsx';
import { programmePath } from './programme-path.ts';
import { useProgrammes } from './queries.ts';

// Program pekerja rentan: every programme with its year, funding, package, target and enrolled
// people, newest first; ended programmes last. A programme opens its own page.


export function ProgrammesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('records.write');
  const programmes = useProgrammes();
  const [adding, setAdding] = useState(false);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('program.list.title')}</Title>
          <Text c="dimmed" maw={800}>
            {t('program.list.intro')}
          </Text>
        </div>
        {canWrite ? <Button onClick={() => setAdding(true)}>{t('program.list.add')}</Button> : null}
      </Group>
      {programmes.isPending ? <Loader aria-label={t('common.loading')} /> : null}
      {programmes.error ? <ErrorAlert error={programmes.error} /> : null}
      {programmes.data?.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('program.list.empty')}</Text>
        </Paper>
      ) : null}
      {programmes.data?.length ? (
        <Paper withBorder>
          <Table striped highlightOnHover data-testid="programme-list">
            <Table.Thead>
              <Table.Tr>
                {['name', 'year', 'funding', 'package', 'monthlyContribution', 'budget', 'progress', 'status'].map((f) => (
                  <Table.Th key={f}>{t(`program.fields.${f}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.data.map((p) => (
                <Table.Tr key={p.uid} style={{ cursor: 'pointer' }} onClick={() => void navigate(programmePath(p.uid))}>
                  <Table.Td>
                    <Anchor component={Link} to={programmePath(p.uid)} fw={500} onClick={(e) => e.stopPropagation()}>
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.year}</Table.Td>
                  <Table.Td>{p.fundingLabel}</Table.Td>
                  <Table.Td>{p.package.join(' + ')}</Table.Td>
                  <Table.Td>{formatRupiah(p.monthlyContribution)}</Table.Td>
                  <Table.Td>{formatRupiah(p.budget)}</Table.Td>
                  <Table.Td miw={200}>
                    <Text size="sm">{t('program.page.enrolledOfTarget', { enrolled: formatNumber(p.enrolled), target: formatNumber(p.target) })}</Text>
                    <Progress value={p.target ? Math.min(100, (100 * p.enrolled) / p.target) : 0} size="sm" mt={4} aria-hidden />
                  </Table.Td>
                  <Table.Td miw={120}>
                    <Badge color={p.status === 'aktif' ? 'green' : 'gray'} variant="light" style={{ overflow: 'visible' }}>
                      {t(`program.status.${p.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
      <ProgrammeFormModal
        opened={adding}
        uid={null}
        onClose={() => setAdding(false)}
        onSaved={(saved) => {
          setAdding(false);
          void navigate(programmePath(saved.uid));
        }}
      />
    </Stack>
  );
}
