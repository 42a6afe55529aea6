import { Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../core/api/contract.ts';
import { formatNumber } from '../format.ts';
import { formatPercent } from '../coverage/coverage-format.ts';
import { FigureNumbers, FigureSourceButton } from '../coverage/FigureCell.tsx';
import '../coverage/messages.ts';
import { useCoverageReport } from '../coverage/queries.ts';
import { TargetsPanel } from '../coverage/TargetsPanel.tsx';
import { HomeCard } from './HomeCard.tsx';

// Coverage of the office's area today, as the coverage page counts it (coverage.report, without
// its breakdowns): the percent, participants of the denominator with the figure's source, and
// this year's targets with their progress, as the page's own targets panel shows them.

const today: InputOf<'coverage.report'> = { by: [] };

export function CoverageCard() {
  const { t } = useTranslation();
  const report = useCoverageReport(today);
  const data = report.data;
  return (
    <HomeCard
      title={data ? t('beranda.coverage.heading', { area: data.area.name }) : t('beranda.coverage.headingPlain')}
      testId="home-coverage"
      link={{ to: '/cakupan', label: t('beranda.coverage.open') }}
    >
      {report.isError ? (
        <Text size="sm" c="red">
          {t('beranda.loadFailed')}
        </Text>
      ) : !data ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <>
          {data.recounting > 0 ? (
            <Text size="xs" c="yellow.9">
              {t('cakupan.page.recounting', { count: formatNumber(data.recounting) })}
            </Text>
          ) : null}
          <Group gap="md" align="flex-end" wrap="nowrap">
            <Text fz={32} fw={700} lh={1.1} c="blue.8" data-testid="home-coverage-percent">
              {formatPercent(data.total.percent)}
            </Text>
            <Stack gap={0}>
              <span data-testid="home-coverage-numbers">
                <FigureNumbers figure={data.total} />
              </span>
              <Text size="xs" c="dimmed">
                {t('beranda.coverage.participants')}
              </Text>
            </Stack>
          </Group>
          <FigureSourceButton figure={data.total} whole />
          <Text size="sm" fw={600} mt="xs">
            {t('beranda.coverage.target', { year: data.at.slice(0, 4) })}
          </Text>
          <TargetsPanel targets={data.targets} year={Number(data.at.slice(0, 4))} areaCode={data.area.code} />
        </>
      )}
    </HomeCard>
  );
}
