import { Button, Checkbox, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import type { CustomFilterProps } from 'ag-grid-react';
import { useGridFilter } from 'ag-grid-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

// ag-grid's Set Filter is an Enterprise feature; registers need one for status, scale,
// kecamatan, desa and the like. This one sends {filterType: 'set', values} to the server,
// which core/grid turns into an IN (...) list. Nothing is filtered in the browser.
// A long list (the desa of a kabupaten) gets a search box and "only the matches".

export interface SetFilterOption {
  value: string;
  label: string;
  /** A heading the option is listed under (the kecamatan of a desa); options come grouped. */
  group?: string;
}
export interface SetFilterModel {
  filterType: 'set';
  values: string[];
}

/** Lists longer than this get the search box. */
const searchableFrom = 13;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function SetColumnFilter(props: CustomFilterProps<unknown, unknown, SetFilterModel> & { options: SetFilterOption[] }) {
  const { t } = useTranslation();
  useGridFilter({ doesFilterPass: () => true });
  const [query, setQuery] = useState('');
  const chosen = new Set(props.model?.values ?? props.options.map((o) => o.value));
  const searchable = props.options.length >= searchableFrom;
  const needle = fold(query.trim());
  const shown = needle ? props.options.filter((o) => fold(`${o.label} ${o.group ?? ''}`).includes(needle)) : props.options;

  const update = (next: Set<string>) => {
    // Everything chosen means no filter at all.
    props.onModelChange(next.size === props.options.length ? null : { filterType: 'set', values: props.options.map((o) => o.value).filter((v) => next.has(v)) });
  };

  return (
    <Stack p="sm" gap="xs" miw={220} maw={320} role="group" aria-label={t('grid.setFilter')}>
      {searchable ? <TextInput size="xs" placeholder={t('grid.search')} aria-label={t('grid.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} data-autofocus /> : null}
      <ScrollArea.Autosize mah={searchable ? 320 : undefined} type="auto">
        <Stack gap="xs">
          {shown.map((option, i) => (
            <Fragment key={option.value}>
              {option.group && option.group !== shown[i - 1]?.group ? (
                <Text size="xs" fw={600} c="dimmed" mt={i ? 4 : 0}>
                  {option.group}
                </Text>
              ) : null}
              <Checkbox
                label={option.label}
                checked={chosen.has(option.value)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.currentTarget.checked) next.add(option.value);
                  else next.delete(option.value);
                  update(next);
                }}
              />
            </Fragment>
          ))}
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('grid.noMatches')}
            </Text>
          ) : null}
        </Stack>
      </ScrollArea.Autosize>
      <Group gap="xs">
        {needle && shown.length ? (
          <Button size="compact-xs" variant="light" onClick={() => update(new Set(shown.map((o) => o.value)))}>
            {t('grid.onlyMatches', { n: shown.length })}
          </Button>
        ) : null}
        <Button size="compact-xs" variant="subtle" onClick={() => props.onModelChange(null)}>
          {t('grid.selectAll')}
        </Button>
        {searchable ? (
          <Button size="compact-xs" variant="subtle" onClick={() => update(new Set())}>
            {t('grid.selectNone')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
