import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../api/auth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDay } from '../format.ts';
import { useRegisterKeys } from '../registers/use-register-keys.ts';
import { CompletenessBar } from './CompletenessBar.tsx';
import { CycleFormModal } from './CycleFormModal.tsx';
import './messages.ts';
import { cyclePath } from './paths.ts';
import { useCycles } from './queries.ts';
import { PageTitle } from '../components/PageTitle.tsx';

// /paritrana: the office's cycles, newest first, each with its completeness, approval and what
// is overdue; "Siklus baru" (Ctrl+N) opens the form and then the new cycle's page.

// A badge's words whole: its column is as wide as they are (Mantine's label would end in "…").
const whole = { root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } } as const;

export function CyclesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('records.write');
  const cycles = useCycles();
  const [adding, setAdding] = useState(false);
  useRegisterKeys({ enabled: canWrite && !adding, onNew: () => setAdding(true) });
  const rows = [...(cycles.data ?? [])].sort((a, b) => b.year - a.year || b.periodEnd.localeCompare(a.periodEnd));

  return (
    <Stack maw={1400}>
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>{t('paritrana.list.title')}</PageTitle>
          <Text c="dimmed" size="sm" maw={900}>
            {t('paritrana.list.intro')}
          </Text>
        </div>
        {canWrite ? (
          <Button onClick={() => setAdding(true)} data-testid="cycle-add">
            {t('paritrana.list.add')}
          </Button>
        ) : null}
      </Group>
      {cycles.isPending ? <Loader aria-label={t('common.loading')} /> : null}
      <ErrorAlert error={cycles.error} />
      {cycles.data && rows.length === 0 ? (
        <Paper withBorder p="lg" data-testid="cycles-empty">
          <Title order={2} size="h4">{t('paritrana.list.emptyTitle')}</Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('paritrana.list.emptyIntro')}
          </Text>
          {canWrite ? (
            <Button mt="md" onClick={() => setAdding(true)}>
              {t('paritrana.list.add')}
            </Button>
          ) : null}
        </Paper>
      ) : null}
      {rows.length > 0 ? (
        <Paper withBorder>
          {/* Fits 1280 px with the sidebar: level and category share a cell, so do the year and its period. */}
          <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover data-testid="cycle-list">
            <Table.Thead>
              <Table.Tr>
                {(['edition', 'levelCategory', 'yearPeriod', 'deadline', 'completeness', 'state', 'overdue'] as const).map((key) => (
                  <Table.Th key={key}>{t(`paritrana.list.${key}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.uid} data-testid="cycle-row">
                  <Table.Td miw={150}>
                    <Anchor component={Link} to={cyclePath(c.uid)} fw={600} aria-label={t('paritrana.list.open', { edition: c.edition })}>
                      {c.edition}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`paritrana.levels.${c.level}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`paritrana.categories.${c.category}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.year}</Text>
                    <Text size="xs" c="dimmed">
                      <span style={{ whiteSpace: 'nowrap' }}>{formatDay(c.periodStart)} –</span> <span style={{ whiteSpace: 'nowrap' }}>{formatDay(c.periodEnd)}</span>
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(c.submissionDeadline)}</Table.Td>
                  <Table.Td miw={140} maw={220}>
                    <CompletenessBar value={c.completeness} size="sm" testId="cycle-row-completeness" />
                  </Table.Td>
                  <Table.Td>
                    {c.approval ? (
                      <Badge color="green" styles={whole} data-testid="cycle-row-state">
                        {t('paritrana.list.approved')}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light" styles={whole} data-testid="cycle-row-state">
                        {t('paritrana.list.notApproved')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="cycle-row-overdue">
                    {c.completeness.overdue > 0 ? (
                      <Badge color="red" variant="light" styles={whole}>
                        {t('paritrana.list.overdueCount', { count: c.completeness.overdue })}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('paritrana.list.noneOverdue')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <CycleFormModal
        opened={adding}
        editing={null}
        onClose={() => setAdding(false)}
        onSaved={(cycle) => {
          setAdding(false);
          void navigate(cyclePath(cycle.uid));
        }}
      />
    </Stack>
  );
}
