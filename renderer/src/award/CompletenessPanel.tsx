import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CycleDetail, EvidenceItem } from '../../../core/api/award.ts';
import { formatDay } from '../format.ts';
import { CompletenessBar } from './CompletenessBar.tsx';

// The cycle's completeness overall and per aspect (items ready of items, indicators still
// without evidence), and the list of overdue items, each opening its form.

export function CompletenessPanel({ cycle, onOpen }: { cycle: CycleDetail; onOpen: (indicatorUid: string, item: EvidenceItem) => void }) {
  const { t } = useTranslation();
  const overdue = cycle.aspects.flatMap((a) => a.indicators.flatMap((i) => i.items.filter((x) => x.overdue).map((item) => ({ item, indicator: i }))));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md" component="section" aria-label={t('paritrana.completeness.title')} data-testid="completeness-panel">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('paritrana.completeness.title')}</Title>
          <CompletenessBar value={cycle.completeness} label={t('paritrana.completeness.overall')} size="lg" testId="completeness-overall" />
          {cycle.aspects.map((a) => (
            <CompletenessBar key={a.uid} value={a.completeness} label={`${a.code}. ${a.title}`} size="sm" />
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-label={t('paritrana.completeness.overdueTitle')} data-testid="overdue-panel">
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={2} size="h4">{t('paritrana.completeness.overdueTitle')}</Title>
            <Text c={overdue.length ? 'red' : 'dimmed'} fw={600}>
              {overdue.length}
            </Text>
          </Group>
          {overdue.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('paritrana.completeness.overdueNone')}
            </Text>
          ) : (
            <Stack gap={4}>
              {overdue.map(({ item, indicator }) => (
                <Anchor key={item.uid} component="button" type="button" size="sm" ta="left" onClick={() => onOpen(indicator.uid, item)}>
                  {t('paritrana.completeness.overdueItem', { title: item.title, indicator: indicator.code, date: formatDay(item.dueDate), owner: item.owner || t('paritrana.completeness.noOwner') })}
                </Anchor>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
