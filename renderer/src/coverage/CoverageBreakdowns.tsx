import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../../core/api/coverage.ts';
import { CoverageSection } from './CoverageSection.tsx';
import { desaRows, noDesaPercent } from './desa-order.ts';
import { FigureTable } from './FigureTable.tsx';
import { KecamatanChart } from './KecamatanChart.tsx';

// The report's breakdowns: kecamatan (a bar chart and its table), desa (by kecamatan, colour-scaled), then
// segment and category splits, sector, funding and programme, each figure with its source.

export function CoverageBreakdowns({ report }: { report: CoverageReport }) {
  const { t } = useTranslation();
  const b = report.breakdowns;
  // The bar chart's line: the area's own percent target of the year shown, if any.
  const desa = desaRows(b.desa, b.kecamatan);
  const kecamatanOf = new Map(desa.map((r) => [r.figure.key, r.kecamatan]));
  const target = report.targets.find((x) => x.kind === 'persen' && x.areaCode === report.area.code && !x.segment && !x.category && !x.programmeUid && String(x.year) === report.at.slice(0, 4));
  return (
    <Stack gap="md">
      <CoverageSection title={t('cakupan.sections.kecamatan')} testId="coverage-kecamatan">
        <Stack gap="sm">
          {b.kecamatan.length > 0 ? <KecamatanChart figures={b.kecamatan} targetPercent={target?.value ?? null} /> : null}
          <FigureTable figures={b.kecamatan} testId="coverage-kecamatan-table" />
        </Stack>
      </CoverageSection>
      <CoverageSection title={t('cakupan.sections.desa')} hint={t(noDesaPercent(b.desa) ? 'cakupan.sections.desaNoDenominator' : 'cakupan.sections.desaHint')} testId="coverage-desa">
        <FigureTable figures={desa.map((r) => r.figure)} colourScale kecamatanOf={(f) => kecamatanOf.get(f.key) ?? null} testId="coverage-desa-table" />
      </CoverageSection>
      <SimpleGrid cols={{ base: 1, lg: 2 }} className="coverage-grid">
        <CoverageSection title={t('cakupan.sections.segment')} testId="coverage-segment">
          <FigureTable figures={b.segment} bars testId="coverage-segment-table" />
        </CoverageSection>
        <CoverageSection title={t('cakupan.sections.category')} testId="coverage-category">
          <FigureTable figures={b.category} bars testId="coverage-category-table" />
        </CoverageSection>
        <CoverageSection title={t('cakupan.sections.sector')} testId="coverage-sector">
          <FigureTable figures={b.sector} bars testId="coverage-sector-table" />
        </CoverageSection>
        <CoverageSection title={t('cakupan.sections.funding')} testId="coverage-funding">
          <FigureTable figures={b.funding} bars testId="coverage-funding-table" />
        </CoverageSection>
      </SimpleGrid>
      <CoverageSection title={t('cakupan.sections.programme')} testId="coverage-programme">
        <FigureTable figures={b.programme} bars testId="coverage-programme-table" />
      </CoverageSection>
    </Stack>
  );
}
