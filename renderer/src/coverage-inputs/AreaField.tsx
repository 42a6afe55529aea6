import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegionChildren, useSetupStatus } from '../api/queries.ts';
import { RegionPicker } from '../components/RegionPicker.tsx';
import { useRegion } from '../components/region-queries.ts';

// The area a coverage input covers: the province or one of its kabupaten/kota (a Select), then,
// if wanted, a kecamatan and desa of it through the shared region picker. The value is the
// deepest code chosen ('51', '51.04', '51.04.01', '51.04.01.2001').

interface Props {
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  testId?: string;
}

const topOf = (code: string) => (code.length >= 5 ? code.slice(0, 5) : code);

export function AreaField({ value, onChange, error, testId }: Props) {
  const { t } = useTranslation();
  const setup = useSetupStatus();
  const province = (value || setup.data?.area?.code || '').slice(0, 2) || null;
  const provinceItem = useRegion(province);
  const regencies = useRegionChildren(province, province !== null);
  const chosen = useRegion(value || null);
  const top = value ? topOf(value) : null;
  const options = [
    ...(provinceItem.data ? [{ value: provinceItem.data.code, label: `${provinceItem.data.name} (${t('reference.kinds.provinsi')})` }] : []),
    ...(regencies.data ?? []).filter((r) => r.level === 2).map((r) => ({ value: r.code, label: `${r.name} · ${r.code}` })),
  ];
  return (
    <Stack gap={6}>
      <Select
        label={t('cakupanInput.area.level')}
        description={t('cakupanInput.area.levelHint')}
        withAsterisk
        data={options}
        value={top}
        onChange={(code) => onChange(code ?? '')}
        searchable
        placeholder={t('cakupanInput.common.choose')}
        error={error}
        data-testid={testId}
      />
      {top && top.length === 5 ? (
        <RegionPicker
          withinCode={top}
          value={{ kecamatan: value.length >= 8 ? value.slice(0, 8) : null, desa: value.length > 8 ? value : null }}
          onChange={(v) => onChange(v.desa ?? v.kecamatan ?? top)}
        />
      ) : null}
      {chosen.data ? (
        <Text size="xs" c="dimmed" data-testid={testId ? `${testId}-chosen` : undefined}>
          {t('cakupanInput.area.chosen', { name: chosen.data.name, code: chosen.data.code })}
        </Text>
      ) : null}
    </Stack>
  );
}
