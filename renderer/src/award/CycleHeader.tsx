import { Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../core/api/award.ts';
import { formatDay } from '../format.ts';
import { PageTitle } from '../components/PageTitle.tsx';

// A cycle's name, its state (approved or not), level and category, and its dates, with the
// actions of the head of office (approve, withdraw) and of the clerks (edit the cycle).

interface Props {
  cycle: CycleDetail;
  canWrite: boolean;
  canApprove: boolean;
  onEdit: () => void;
  onApprove: () => void;
  onWithdraw: () => void;
}

export function CycleHeader({ cycle, canWrite, canApprove, onEdit, onApprove, onWithdraw }: Props) {
  const { t } = useTranslation();
  const dates = [
    t('paritrana.cycle.period', { from: formatDay(cycle.periodStart), to: formatDay(cycle.periodEnd) }),
    cycle.submissionDeadline ? t('paritrana.cycle.deadline', { date: formatDay(cycle.submissionDeadline) }) : null,
    cycle.interviewDate ? t('paritrana.cycle.interview', { date: formatDay(cycle.interviewDate) }) : null,
    cycle.ceremonyDate ? t('paritrana.cycle.ceremony', { date: formatDay(cycle.ceremonyDate) }) : null,
    cycle.result ? t('paritrana.cycle.result', { result: cycle.result }) : null,
  ].filter(Boolean);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={4}>
        <Group gap="sm">
          <PageTitle data-testid="cycle-title">
            {cycle.edition}
          </PageTitle>
          {cycle.approval ? (
            <Badge color="green" size="lg" data-testid="cycle-state">
              {t('paritrana.cycle.approved')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" size="lg" data-testid="cycle-state">
              {t('paritrana.cycle.draft')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {[t(`paritrana.levels.${cycle.level}`), t(`paritrana.categories.${cycle.category}`), String(cycle.year)].join(' · ')}
        </Text>
        <Text size="sm" data-testid="cycle-dates">
          {dates.join(' · ')}
        </Text>
        {cycle.copiedFrom ? (
          <Text size="xs" c="dimmed">
            {t('paritrana.cycle.copiedFrom', { edition: cycle.copiedFrom.edition })}
          </Text>
        ) : null}
      </Stack>
      <Group gap="xs" wrap="nowrap">
        {canWrite ? (
          <Button variant="default" onClick={onEdit} data-testid="cycle-edit">
            {t('paritrana.cycle.edit')}
          </Button>
        ) : null}
        {cycle.approval ? (
          canApprove ? (
            <Button color="orange" variant="light" onClick={onWithdraw} data-testid="cycle-withdraw">
              {t('paritrana.withdraw.button')}
            </Button>
          ) : null
        ) : (
          <Tooltip label={t('paritrana.approve.noPermission')} disabled={canApprove}>
            <Button color="green" onClick={onApprove} disabled={!canApprove || cycle.aspects.length === 0} data-testid="cycle-approve">
              {t('paritrana.approve.button')}
            </Button>
          </Tooltip>
        )}
      </Group>
    </Group>
  );
}
