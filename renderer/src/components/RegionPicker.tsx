import { foldName } from '../../../core/api/fold-name.ts';
import { Badge, Group, Loader, Select, SimpleGrid, Text, type ComboboxItem, type ComboboxParsedItem, type MantineSize, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionItem } from '../../../core/api/reference.ts';
import type { RegionKind } from '../../../core/api/regions.ts';
import { useRegionChildren, useSetupStatus } from '../api/queries.ts';
import '../pages/reference/messages.ts';
import { useRegion, useRegionSearch } from './region-queries.ts';

/*
 * RegionPicker — the one way to choose a kecamatan and a desa/kelurahan in Lindung.
 *
 *   const [area, setArea] = useState<RegionPickerValue>({ kecamatan: null, desa: null });
 *   <RegionPicker value={area} onChange={(v) => setArea(v)} level="desa" required error={…} />
 *
 * - Scope: the office's service area (setup.status) unless `withinCode` names another
 *   provinsi, kabupaten/kota or kecamatan. A provinsi scope adds a kabupaten/kota step;
 *   a kecamatan scope fixes the kecamatan.
 * - Each field is a searchable Mantine Select: type a name ("kuta") or a code ("5103",
 *   "51.03.06"), ArrowUp/ArrowDown, Enter; the ✕ clears. Options show kind and code.
 * - The desa field also works before a kecamatan is chosen: it searches the whole scope
 *   and choosing a desa fills in its kecamatan. Choosing another kecamatan drops a desa
 *   that is not inside it.
 * - onChange(value, item) gets the new codes and the RegionItem just chosen (null on clear).
 * - With onUnchosen, text typed and left without choosing is not dropped: it stays in the field
 *   with its message, and the form holds it instead of a code, so its schema refuses the save.
 *
 * <KecamatanSelect> is the compact single field for grid filters and toolbars.
 */

export interface RegionPickerValue {
  kecamatan: string | null;
  desa: string | null;
}

type FieldKey = 'kabupaten' | 'kecamatan' | 'desa';

export interface RegionPickerProps {
  value: RegionPickerValue;
  onChange: (value: RegionPickerValue, chosen: RegionItem | null) => void;
  /** How deep to pick: 'desa' (default) shows kecamatan + desa/kelurahan, 'kecamatan' only the first. */
  level?: 'kecamatan' | 'desa';
  /** Scope code (provinsi, kabupaten/kota or kecamatan); default: the office's area. */
  withinCode?: string;
  required?: boolean;
  /** A string goes under the last field; an object places messages per field. */
  error?: string | Partial<Record<FieldKey, string | undefined>>;
  disabled?: boolean;
  labels?: Partial<Record<FieldKey, string>>;
  orientation?: 'horizontal' | 'vertical';
  size?: MantineSize;
  /**
   * Text typed in a field and left without choosing an option: shown as typed, with its message.
   * Without `onUnchosen` a field left so goes back to its choice (or empty), as a filter does.
   */
  unchosen?: Partial<Record<FieldKey, string>>;
  onUnchosen?: (field: FieldKey, text: string | null) => void;
}

// ---------------------------------------------------------------------------------------
// Matching typed text against region options (names and codes).

/** Lower case, no diacritics, punctuation as single spaces (the resolver's own folding). */
export const foldRegionText = foldName;

const kindWords = /^(?:kecamatan|kec|kabupaten|kab|kota|desa|ds|kelurahan|kel)\s+/;

/** The part of typed text to match names with: folded, without a leading kind word ("Kec. Kuta" → "kuta"). */
export function regionSearchTerm(text: string): string {
  return foldRegionText(text).replace(kindWords, '');
}

/** Mantine options filter: code prefix (with or without dots, or the last code part) or name. */
export const regionOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const digits = search.replace(/[\s.]/g, '');
  const byCode = /^\d+$/.test(digits);
  const term = regionSearchTerm(search);
  if (!byCode && term === '') return options.slice(0, limit);
  const ranked: { option: ComboboxParsedItem; rank: number }[] = [];
  for (const option of options) {
    if ('group' in option) continue;
    const code = String(option.value);
    let rank = -1;
    if (byCode) {
      const last = code.split('.').pop() ?? '';
      if (code.replace(/\./g, '').startsWith(digits)) rank = 0;
      else if (last.startsWith(digits)) rank = 1;
    } else {
      const name = foldRegionText(option.label);
      if (name.startsWith(term)) rank = 0;
      else if (name.includes(` ${term}`)) rank = 1;
      else if (term.length >= 3 && name.includes(term)) rank = 2;
      else if (term.split(' ').every((w) => name.split(' ').some((n) => n.startsWith(w)))) rank = 3;
    }
    if (rank >= 0) ranked.push({ option, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.option);
};

const passThrough: OptionsFilter = ({ options }) => options;

const kindColor: Record<RegionKind, string> = {
  provinsi: 'grape',
  kabupaten: 'indigo',
  kota: 'indigo',
  kecamatan: 'blue',
  desa: 'teal',
  kelurahan: 'orange',
};

/** One region in a picker's list: its name (and the region it lies in), its kind and its code. */
export function RegionOption({ item, parent }: { item: Pick<RegionItem, 'name' | 'kind' | 'code'>; parent?: string | null | undefined }) {
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
      <div>
        <Text size="sm">{item.name}</Text>
        {parent ? (
          <Text size="xs" c="dimmed">
            {parent}
          </Text>
        ) : null}
      </div>
      <Group gap={6} wrap="nowrap">
        <RegionKindBadge kind={item.kind} />
        <Text size="xs" c="dimmed" ff="monospace">
          {item.code}
        </Text>
      </Group>
    </Group>
  );
}

export function RegionKindBadge({ kind, size = 'xs' }: { kind: RegionKind; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="light" color={kindColor[kind]} tt="none">
      {t(`reference.kinds.${kind}`)}
    </Badge>
  );
}

// ---------------------------------------------------------------------------------------
// One field: lists the children of `parentCode`, or searches the scope when it is null.

interface LevelSelectProps {
  level: 2 | 3 | 4;
  /** List this code's children; null: search `scopeCode` on the server as the user types. */
  parentCode: string | null;
  scopeCode: string | null;
  value: string | null;
  onChange: (item: RegionItem | null) => void;
  /** Show only this region, not changeable (a kecamatan scope). */
  fixedItem?: RegionItem | null;
  label?: string;
  placeholder?: string;
  required?: boolean;
  error?: ReactNode;
  disabled?: boolean;
  size?: MantineSize;
  clearable?: boolean;
  showChosen?: boolean;
  ariaLabel?: string;
  testId?: string;
  w?: number | string;
  /** Text typed and left without a choice (the field shows it and says so); see RegionPickerProps. */
  unchosen?: string | null;
  onUnchosen?: (text: string | null) => void;
}

function LevelSelect(props: LevelSelectProps) {
  const { t } = useTranslation();
  const { level, parentCode, scopeCode, value, fixedItem } = props;
  const listMode = parentCode !== null && !fixedItem;
  const searchMode = parentCode === null && !fixedItem;
  const [search, setSearch] = useState('');
  const [focused, setFocused] = useState(false);
  const unchosen = props.unchosen ?? null;
  const [debounced] = useDebouncedValue(regionSearchTerm(search) || search.replace(/[\s.]/g, ''), 200);
  const children = useRegionChildren(parentCode, listMode);
  const results = useRegionSearch(debounced, scopeCode, level, searchMode && debounced.length >= 2);
  const selected = useRegion(value);

  const items = useMemo(() => {
    let list: RegionItem[] = fixedItem ? [fixedItem] : listMode ? (children.data ?? []).filter((r) => r.level === level) : (results.data ?? []);
    const current = selected.data;
    if (current && current.code === value && !list.some((r) => r.code === current.code)) list = [current, ...list];
    return list;
  }, [fixedItem, listMode, children.data, results.data, selected.data, value, level]);
  const byCode = useMemo(() => new Map(items.map((r) => [r.code, r])), [items]);
  const data: ComboboxItem[] = useMemo(() => items.map((r) => ({ value: r.code, label: r.name })), [items]);

  const loading = (listMode && children.isPending) || (searchMode && results.isFetching) || (value !== null && selected.isPending && !byCode.has(value));
  const loadFailed = (listMode && children.isError) || (searchMode && results.isError);
  let nothingFound: string;
  if (loadFailed) nothingFound = t('reference.picker.loadError');
  else if (listMode) nothingFound = children.isPending ? t('reference.picker.loading') : items.length === 0 ? t('reference.picker.empty') : t('reference.picker.nothingFound');
  else nothingFound = debounced.length < 2 ? t('reference.picker.typeMore') : results.isFetching ? t('reference.picker.searching') : t('reference.picker.nothingFound');

  const chosen = value ? (byCode.get(value) ?? null) : null;
  const description = props.showChosen !== false && chosen ? t('reference.picker.chosen', { kind: t(`reference.kinds.${chosen.kind}`), code: chosen.code }) : undefined;

  return (
    <Select
      label={props.label}
      aria-label={props.ariaLabel}
      placeholder={listMode && children.isPending ? t('reference.picker.loading') : props.placeholder}
      data={data}
      value={fixedItem ? fixedItem.code : value}
      onChange={(code) => props.onChange(code ? (byCode.get(code) ?? null) : null)}
      searchable
      clearable={props.clearable !== false && !fixedItem}
      searchValue={unchosen !== null && !focused ? unchosen : search}
      onSearchChange={setSearch}
      onFocus={() => {
        setFocused(true);
        if (unchosen !== null) setSearch(unchosen);
      }}
      onBlur={(event) => {
        setFocused(false);
        // The text as typed: the Select empties its search on blur when nothing is chosen.
        const typed = event.currentTarget.value.trim();
        if (value === null && props.onUnchosen && (typed || unchosen !== null)) props.onUnchosen(typed || null);
      }}
      filter={searchMode ? passThrough : regionOptionsFilter}
      nothingFoundMessage={nothingFound}
      maxDropdownHeight={300}
      withAsterisk={props.required}
      error={unchosen !== null && !focused ? t('reference.picker.unchosen', { text: unchosen }) : (props.error ?? (loadFailed ? t('reference.picker.loadError') : undefined))}
      disabled={props.disabled || Boolean(fixedItem)}
      size={props.size}
      w={props.w}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      rightSection={loading ? <Loader size={14} /> : undefined}
      data-testid={props.testId}
      comboboxProps={{ shadow: 'md' }}
      clearButtonProps={{ 'aria-label': t('reference.picker.clear', { field: props.label ?? props.ariaLabel ?? '' }), 'aria-hidden': false, tabIndex: 0 }}
      renderOption={({ option }) => {
        const item = byCode.get(String(option.value));
        if (!item) return option.label;
        const parent = searchMode && item.parentName ? (item.level === 4 ? t('reference.picker.inKecamatan', { name: item.parentName }) : item.parentName) : null;
        return <RegionOption item={item} parent={parent} />;
      }}
    />
  );
}

// ---------------------------------------------------------------------------------------

/** The scope region: `withinCode`, or the office's area from setup.status. */
function useScope(withinCode: string | undefined): { scope: RegionItem | null; pending: boolean } {
  const setup = useSetupStatus();
  const explicit = useRegion(withinCode ?? null);
  if (withinCode) return { scope: explicit.data ?? null, pending: explicit.isPending };
  return { scope: setup.data?.area ?? null, pending: setup.isPending };
}

const isInside = (code: string | null, parent: string | null) => code !== null && parent !== null && code.startsWith(`${parent}.`);

export function RegionPicker({ value, onChange, level = 'desa', withinCode, required, error, disabled, labels, orientation = 'horizontal', size, unchosen, onUnchosen }: RegionPickerProps) {
  const { t } = useTranslation();
  const { scope, pending } = useScope(withinCode);
  const [localKabupaten, setLocalKabupaten] = useState<string | null>(null);

  if (pending) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('reference.picker.loading')}
        </Text>
      </Group>
    );
  }
  if (!scope || scope.level === 4) {
    return (
      <Text size="sm" c="red">
        {t('reference.picker.noArea')}
      </Text>
    );
  }

  const withKabupaten = scope.level === 1;
  const fixedKecamatan = scope.level === 3 ? scope : null;
  const kabupaten = withKabupaten ? (value.kecamatan ? value.kecamatan.slice(0, 5) : localKabupaten) : null;
  const kecamatan = fixedKecamatan ? fixedKecamatan.code : value.kecamatan;
  const fields: FieldKey[] = [...(withKabupaten ? (['kabupaten'] as const) : []), 'kecamatan', ...(level === 'desa' ? (['desa'] as const) : [])];
  const last = fields[fields.length - 1];
  const errorOf = (field: FieldKey): string | undefined => (typeof error === 'object' ? error[field] : field === last ? error : undefined);
  const leftTyped = (field: FieldKey) => (onUnchosen ? { unchosen: unchosen?.[field] ?? null, onUnchosen: (text: string | null) => onUnchosen(field, text) } : {});

  const chooseKabupaten = (item: RegionItem | null) => {
    setLocalKabupaten(item?.code ?? null);
    if (!isInside(value.kecamatan, item?.code ?? null)) onChange({ kecamatan: null, desa: null }, item);
  };
  const chooseKecamatan = (item: RegionItem | null) => {
    if (item && withKabupaten) setLocalKabupaten(item.parentCode);
    const desa = item && isInside(value.desa, item.code) ? value.desa : null;
    onChange({ kecamatan: item?.code ?? null, desa }, item);
  };
  const chooseDesa = (item: RegionItem | null) => {
    if (item && withKabupaten && item.parentCode) setLocalKabupaten(item.parentCode.slice(0, 5));
    onChange({ kecamatan: item ? item.parentCode : kecamatan, desa: item?.code ?? null }, item);
  };

  return (
    <SimpleGrid cols={orientation === 'horizontal' ? fields.length : 1} spacing="sm" verticalSpacing="xs">
      {withKabupaten ? (
        <LevelSelect
          level={2}
          parentCode={scope.code}
          scopeCode={scope.code}
          value={kabupaten}
          onChange={chooseKabupaten}
          label={labels?.kabupaten ?? t('reference.picker.kabupaten')}
          placeholder={t('reference.picker.placeholder')}
          required={required}
          error={errorOf('kabupaten')}
          disabled={disabled}
          size={size}
          testId="region-picker-kabupaten"
        />
      ) : null}
      <LevelSelect
        level={3}
        parentCode={withKabupaten ? kabupaten : scope.code}
        scopeCode={scope.code}
        fixedItem={fixedKecamatan}
        value={kecamatan}
        onChange={chooseKecamatan}
        label={labels?.kecamatan ?? t('reference.picker.kecamatan')}
        placeholder={withKabupaten && !kabupaten ? t('reference.picker.kecamatanPlaceholder') : t('reference.picker.placeholder')}
        required={required}
        error={errorOf('kecamatan')}
        disabled={disabled}
        size={size}
        testId="region-picker-kecamatan"
        {...leftTyped('kecamatan')}
      />
      {level === 'desa' ? (
        <LevelSelect
          level={4}
          parentCode={kecamatan}
          scopeCode={kabupaten ?? scope.code}
          value={value.desa}
          onChange={chooseDesa}
          label={labels?.desa ?? t('reference.picker.desa')}
          placeholder={kecamatan ? t('reference.picker.placeholder') : t('reference.picker.desaPlaceholder')}
          required={required}
          error={errorOf('desa')}
          disabled={disabled}
          size={size}
          testId="region-picker-desa"
          {...leftTyped('desa')}
        />
      ) : null}
    </SimpleGrid>
  );
}

// ---------------------------------------------------------------------------------------

export interface KecamatanSelectProps {
  value: string | null;
  onChange: (code: string | null, item: RegionItem | null) => void;
  /** Scope code; default: the office's area. */
  withinCode?: string;
  label?: string;
  /** For a field without a visible label (grid filter). */
  ariaLabel?: string;
  placeholder?: string;
  size?: MantineSize;
  clearable?: boolean;
  required?: boolean;
  error?: ReactNode;
  disabled?: boolean;
  /** Show "kecamatan · kode …" under the field (default false: compact). */
  showChosen?: boolean;
  w?: number | string;
  testId?: string;
}

/** A single compact kecamatan field (grid filters, toolbars), scoped like the RegionPicker. */
export function KecamatanSelect(props: KecamatanSelectProps) {
  const { t } = useTranslation();
  const { scope, pending } = useScope(props.withinCode);
  if (pending) return <Loader size="xs" aria-label={t('reference.picker.loading')} />;
  if (!scope || scope.level === 4) return null;
  return (
    <LevelSelect
      level={3}
      parentCode={scope.level === 2 ? scope.code : null}
      scopeCode={scope.code}
      fixedItem={scope.level === 3 ? scope : null}
      value={props.value}
      onChange={(item) => props.onChange(item?.code ?? null, item)}
      label={props.label}
      ariaLabel={props.ariaLabel ?? (props.label ? undefined : t('reference.picker.kecamatan'))}
      placeholder={props.placeholder ?? t('reference.picker.kecamatanPlaceholder')}
      size={props.size ?? 'xs'}
      clearable={props.clearable}
      required={props.required}
      error={props.error}
      disabled={props.disabled}
      showChosen={props.showChosen ?? false}
      w={props.w}
      testId={props.testId}
    />
  );
}
