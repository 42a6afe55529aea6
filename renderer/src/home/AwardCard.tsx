import { Anchor, Badge, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../format.ts';
import { CompletenessBar } from '../award/CompletenessBar.tsx';
import '../award/messages.ts';
import { cyclePath, paritranaPath } from '../award/paths.ts';
import { useCycles } from '../award/queries.ts';
import { HomeCard } from './HomeCard.tsx';

// The current Paritrana Award cycle (the one the cycles list shows first: the newest year, the
// latest period): its state, deadline, completeness and overdue items, as that list shows them.

export function AwardCard() {
  const { t } = useTranslation();
  const cycles = useCycles();
  const current = [...(cycles.data ?? [])].sort((a, b) => b.year - a.year || b.periodEnd.localeCompare(a.periodEnd))[0];
  return (
    <HomeCard title={t('beranda.award.heading')} testId="home-award" link={{ to: paritranaPath, label: t('beranda.award.all') }}>
      {cycles.isError ? (
        <Text size="sm" c="red">
          {t('beranda.loadFailed')}
        </Text>
      ) : cycles.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : !current ? (
        <Text size="sm" c="dimmed" data-testid="home-award-none">
          {t('beranda.award.none')}
        </Text>
      ) : (
        <>
          <Anchor component={Link} to={cyclePath(current.uid)} fw={600} aria-label={t('paritrana.list.open', { edition: current.edition })} data-testid="home-award-cycle">
            {current.edition}
          </Anchor>
          <Group gap="xs">
            {current.approval ? (
              <Badge color="green" tt="none">
                {t('paritrana.list.approved')}
              </Badge>
            ) : (
              <Badge color="gray" variant="light" tt="none">
                {t('paritrana.list.notApproved')}
              </Badge>
            )}
            {current.completeness.overdue > 0 ? (
              <Badge color="red" variant="light" tt="none">
                {t('paritrana.list.overdueCount', { count: current.completeness.overdue })}
              </Badge>
            ) : null}
          </Group>
          {current.submissionDeadline ? (
            <Text size="sm" c="dimmed">
              {t('paritrana.list.deadline')}: {formatDay(current.submissionDeadline)}
            </Text>
          ) : null}
          <CompletenessBar value={current.completeness} label={t('paritrana.list.completeness')} testId="home-award-completeness" />
        </>
      )}
    </HomeCard>
  );
}
