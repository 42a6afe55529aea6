import { Alert, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../core/api/contract.ts';
import { useErrorText } from '../api/error-text.ts';
import { formatNumber } from '../format.ts';
import { useLocalized } from '../pages/imports/shared.ts';
import { CoverageActions } from './CoverageActions.tsx';
import { CoverageBreakdowns } from './CoverageBreakdowns.tsx';
import { CoverageControls } from './CoverageControls.tsx';
import './coverage-print.css';
import { FreezeMonthModal } from './FreezeMonthModal.tsx';
import './messages.ts';
import { useCoverageReport, useSnapshots } from './queries.ts';
import { SnapshotPanel } from './SnapshotPanel.tsx';
import { TargetsPanel } from './TargetsPanel.tsx';
import { TotalCard } from './TotalCard.tsx';
import { CoverageSection } from './CoverageSection.tsx';
import { CoverageTrend } from './CoverageTrend.tsx';
import { useCoverageView } from './use-coverage-view.ts';
import { ShownViewContext } from './shown-view.ts';
import { PageTitle } from '../components/PageTitle.tsx';

// Cakupan: the office's area at a day (or from a frozen month): the total with its source, the
// trend by month, targets, and the breakdowns by kecamatan, desa, segment, category, sector,
// funding and programme, each figure with its denominator, source and data date.

export function CoveragePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const localized = useLocalized();
  const [view, setView] = useCoverageView();
  const [freezing, setFreezing] = useState(false);
  const input: InputOf<'coverage.report'> = view.snapshotUid ? { snapshotUid: view.snapshotUid } : { ...(view.at ? { at: view.at } : {}), ...(view.denominatorUid ? { denominatorUid: view.denominatorUid } : {}) };
  const report = useCoverageReport(input);
  const snapshots = useSnapshots();
  const data = report.data;
  const snapshot = data?.snapshot ?? null;

  return (
    <Stack gap="md" maw={1300} className="coverage-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <PageTitle>{t('cakupan.page.title')}</PageTitle>
          <Text size="sm" c="dimmed" maw={720}>
            {t('cakupan.page.intro')}
          </Text>
          {data ? (
            <Text size="sm" fw={600} data-testid="coverage-area">
              {t('cakupan.page.area', { name: data.area.nameText ? localized(data.area.nameText) : data.area.name })}
            </Text>
          ) : null}
        </div>
        <CoverageActions view={input} onFreeze={() => setFreezing(true)} />
      </Group>
      <CoverageControls view={view} shownAt={data?.at ?? ''} areaCode={data?.area.code ?? null} snapshots={snapshots.data ?? []} onChange={setView} />
      {report.isError ? (
        <Alert color="red" title={t('cakupan.page.loadFailed')}>
          {errorText(report.error)}
        </Alert>
      ) : !data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <ShownViewContext.Provider value={{ snapshot, past: data.at < data.countedOn }}>
          {data.recounting > 0 ? (
            <Alert color="yellow" data-testid="coverage-recounting">
              {t('cakupan.page.recounting', { count: formatNumber(data.recounting) })}
            </Alert>
          ) : null}
          {snapshot ? <SnapshotPanel snapshot={snapshot} compare={view.compare} onCompare={(compare) => setView({ compare })} /> : null}
          {data.at < data.countedOn ? (
            <Text size="xs" c="dimmed" maw={900} data-testid="coverage-past-note">
              {t('cakupan.past.note')}
            </Text>
          ) : null}
          <TotalCard figure={data.total} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} className="coverage-grid">
            <CoverageTrend at={data.at} areaCode={data.area.code} />
            <CoverageSection title={t('cakupan.sections.targets')} testId="coverage-targets-section">
              <TargetsPanel targets={data.targets} year={Number(data.at.slice(0, 4))} areaCode={data.area.code} />
            </CoverageSection>
          </SimpleGrid>
          <CoverageBreakdowns report={data} />
        </ShownViewContext.Provider>
      )}
      {data ? <FreezeMonthModal key={String(freezing)} opened={freezing} onClose={() => setFreezing(false)} today={data.at} areaCode={data.area.code} /> : null}
    </Stack>
  );
}
