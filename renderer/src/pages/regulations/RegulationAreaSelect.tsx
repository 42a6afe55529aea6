import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionItem } from '../../../../core/api/reference.ts';
import { useRegionChildren, useSetupStatus } from '../../api/queries.ts';
import { RegionOption, regionOptionsFilter } from '../../components/RegionPicker.tsx';
import { useRegion } from '../../components/region-queries.ts';

// "Wilayah berlaku" of a regulation: one searchable field offering the regions that make sense
// for the office — its province, its own kabupaten/kota and that area's kecamatan — by name or
// code, through the shared region queries. A code saved earlier outside that set (an import, a
// neighbouring kabupaten's Perbup) stays shown and chosen.

interface Props {
  value: string | null;
  onChange: (code: string | null) => void;
  onBlur?: () => void;
  label: string;
  description?: string;
  error?: string | undefined;
  testId?: string;
}

export function RegulationAreaSelect({ value, onChange, onBlur, label, description, error, testId }: Props) {
  const { t } = useTranslation();
  const area = useSetupStatus().data?.area ?? null;
  const parent = useRegion(area?.parentCode ?? null);
  const children = useRegionChildren(area?.code ?? null, area !== null && area.level < 4);
  const chosen = useRegion(value);

  const items = useMemo(() => {
    const list: RegionItem[] = [];
    if (parent.data) list.push(parent.data);
    if (area) list.push(area);
    if (area) list.push(...(children.data ?? []).filter((r) => r.level === area.level + 1));
    if (chosen.data && chosen.data.code === value && !list.some((r) => r.code === chosen.data.code)) list.unshift(chosen.data);
    return list;
  }, [parent.data, area, children.data, chosen.data, value]);
  const byCode = useMemo(() => new Map(items.map((r) => [r.code, r])), [items]);
  const data = useMemo(() => {
    const options = items.map((r) => ({ value: r.code, label: r.name }));
    // A code not (yet) found among the regions still shows as typed, so the server's word about it has a place.
    if (value && !byCode.has(value)) options.unshift({ value, label: value });
    return options;
  }, [items, byCode, value]);
  const current = value ? byCode.get(value) : undefined;

  return (
    <Select
      label={label}
      description={current ? `${description ?? ''}${description ? ' ' : ''}${t('reference.picker.chosen', { kind: t(`reference.kinds.${current.kind}`), code: current.code })}` : description}
      placeholder={t('regulasi.common.choose')}
      data={data}
      value={value}
      onChange={(code) => onChange(code ?? null)}
      onBlur={onBlur}
      searchable
      clearable
      filter={regionOptionsFilter}
      nothingFoundMessage={t('reference.picker.nothingFound')}
      maxDropdownHeight={300}
      error={error}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data-testid={testId}
      comboboxProps={{ shadow: 'md' }}
      renderOption={({ option }) => {
        const item = byCode.get(String(option.value));
        if (!item) return option.label;
        return <RegionOption item={item} />;
      }}
    />
  );
}
