import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegionChildren, useSetupStatus } from '../api/queries.ts';
import { useRegion } from '../components/region-queries.ts';

// The lists' area filter: the office's province or one of its kabupaten/kota (rows of the areas
// inside it are shown too); empty shows every area.

export function AreaFilter({ value, onChange }: { value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const province = useSetupStatus().data?.area?.code.slice(0, 2) ?? null;
  const provinceItem = useRegion(province);
  const regencies = useRegionChildren(province, province !== null);
  const data = [
    ...(provinceItem.data ? [{ value: provinceItem.data.code, label: provinceItem.data.name }] : []),
    ...(regencies.data ?? []).filter((r) => r.level === 2).map((r) => ({ value: r.code, label: r.name })),
  ];
  return (
    <Select
      label={t('cakupanInput.common.areaFilter')}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      searchable
      placeholder={t('cakupanInput.common.allAreas')}
      w={280}
      size="sm"
      data-testid="coverage-area-filter"
    />
  );
}
