import { Button, Checkbox, Group, Stack } from '@mantine/core';
import type { CustomFilterProps } from 'ag-grid-react';
import { useGridFilter } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';

// ag-grid's Set Filter is an Enterprise feature; registers need one for status, scale,
// kecamatan and the like. This one sends {filterType: 'set', values} to the server,
// which core/grid turns into an IN (...) list. Nothing is filtered in the browser.

export interface SetFilterOption {
  value: string;
  label: string;
}
export interface SetFilterModel {
  filterType: 'set';
  values: string[];
}

export function SetColumnFilter(props: CustomFilterProps<unknown, unknown, SetFilterModel> & { options: SetFilterOption[] }) {
  const { t } = useTranslation();
  useGridFilter({ doesFilterPass: () => true });
  const chosen = new Set(props.model?.values ?? props.options.map((o) => o.value));

  const update = (next: Set<string>) => {
    // Everything chosen means no filter at all.
    props.onModelChange(next.size === props.options.length ? null : { filterType: 'set', values: props.options.map((o) => o.value).filter((v) => next.has(v)) });
  };

  return (
    <Stack p="sm" gap="xs" miw={200} role="group" aria-label={t('grid.setFilter')}>
      {props.options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          checked={chosen.has(option.value)}
          onChange={(e) => {
            const next = new Set(chosen);
            if (e.currentTarget.checked) next.add(option.value);
            else next.delete(option.value);
            update(next);
          }}
        />
      ))}
      <Group gap="xs">
        <Button size="compact-xs" variant="subtle" onClick={() => props.onModelChange(null)}>
          {t('grid.selectAll')}
        </Button>
      </Group>
    </Stack>
  );
}
