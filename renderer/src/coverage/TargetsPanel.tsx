import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetProgress } from '../../../core/api/coverage.ts';
import { coverageInputPaths } from '../coverage-inputs/paths.ts';
import { useTargets } from '../coverage-inputs/queries.ts';
import { formatNumber } from '../format.ts';
import { formatPercent } from './coverage-format.ts';
import { FigureNumbers, FigureSourceButton } from './FigureCell.tsx';
import { latestTargetElsewhere } from './target-elsewhere.ts';

// Targets of the area with progress bars: the target (a percent or a number of people, a year,
// maybe a segment), the figure measured against it with its source, and how far along.

export function TargetsPanel({ targets, year, areaCode }: { targets: TargetProgress[]; year: number; areaCode: string }) {
  const { t } = useTranslation();
  if (targets.length === 0) return <NoTargetThisYear year={year} areaCode={areaCode} />;
  return (
    <Stack gap="md" data-testid="coverage-targets">
      {targets.map((target) => {
        const value = target.kind === 'persen' ? formatPercent(target.value) : formatNumber(target.value);
        const progress = target.progressPercent;
        return (
          <Stack key={target.uid} gap={2} data-testid="coverage-target">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>
                {t(`cakupan.targets.${target.kind}`, { value, year: target.year })} · {target.areaName}
                {target.segment ? ` · ${t('cakupan.targets.scope', { segment: target.segment })}` : ''}
              </Text>
              <Text size="sm" data-testid="coverage-target-progress">
                {t('cakupan.targets.progress', { percent: formatPercent(progress) })}
              </Text>
            </Group>
            <Progress value={Math.min(progress ?? 0, 100)} size="lg" color={progress !== null && progress >= 100 ? 'green' : 'blue'} aria-label={t('cakupan.targets.progress', { percent: formatPercent(progress) })} />
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="xs" c="dimmed">
                <FigureNumbers figure={target.figure} /> · {formatPercent(target.figure.percent)} · {t('cakupan.targets.source', { source: target.source })}
              </Text>
              <FigureSourceButton figure={target.figure} whole />
            </Group>
          </Stack>
        );
      })}
    </Stack>
  );
}

/** No target for the year shown: says so, and names the latest other year's target of the area if there is one. */
function NoTargetThisYear({ year, areaCode }: { year: number; areaCode: string }) {
  const { t } = useTranslation();
  const all = useTargets(areaCode || null);
  const latest = latestTargetElsewhere(all.data ?? [], year, areaCode);
  const value = latest ? (latest.kind === 'persen' ? formatPercent(latest.value) : formatNumber(latest.value)) : '';
  return (
    <Stack gap={4} data-testid="coverage-targets-none">
      <Text size="sm" c="dimmed">
        {latest
          ? t('cakupan.targets.noneThisYear', { year, target: t(`cakupan.targets.${latest.kind}`, { value, year: latest.year }), area: latest.areaName })
          : t('cakupan.targets.none')}
      </Text>
      <Anchor component={Link} to={coverageInputPaths.targets} size="sm" className="coverage-no-print">
        {t('cakupan.targets.add')}
      </Anchor>
    </Stack>
  );
}
