import type { TFunction } from 'i18next';
import type { ColumnFilter, GridRequest, SimpleFilter } from '../../../core/api/grid.ts';
import { formatDay, formatNumber } from '../format.ts';
import './messages.ts';

// A view's filters and search in the words of the screen ("Status BPJS: PWBD · Nama memuat
// "hotel" · Pencarian: "bali""), in the interface language, for a dialog that acts on the view.
// Column names and a set filter's value labels come from the grid's own columns (the register's).

/** What this needs of a grid column: its header and, for a set filter, its options. */
export interface DescribedColumn {
  headerName?: string | undefined;
  filterParams?: { options?: { value: string; label: string }[] } | undefined;
}

const dayOf = (s: string | null | undefined) => formatDay(s?.slice(0, 10));
const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n));

function conditionWords(t: TFunction, f: SimpleFilter, column: DescribedColumn | undefined): string {
  if (f.filterType === 'set') {
    if (f.values.length === 0) return t('registers.filterWords.noneChosen');
    const labels = new Map((column?.filterParams?.options ?? []).map((o) => [o.value, o.label]));
    return f.values.map((v) => (v === null || v === '' ? t('registers.filterWords.empty') : (labels.get(v) ?? v))).join(', ');
  }
  const op = t(`registers.filterWords.${f.filterType}.${f.type}`);
  if (f.type === 'blank' || f.type === 'notBlank') return op;
  if (f.filterType === 'text') return `${op} "${f.filter ?? ''}"`;
  if (f.filterType === 'number') return f.type === 'inRange' ? t('registers.filterWords.between', { op, from: num(f.filter), to: num(f.filterTo) }) : `${op} ${num(f.filter)}`;
  return f.type === 'inRange' ? t('registers.filterWords.between', { op, from: dayOf(f.dateFrom), to: dayOf(f.dateTo) }) : `${op} ${dayOf(f.dateFrom)}`;
}

function columnFilterWords(t: TFunction, filter: ColumnFilter, column: DescribedColumn | undefined): string {
  if ('conditions' in filter) return filter.conditions.map((c) => conditionWords(t, c, column)).join(t(filter.operator === 'AND' ? 'registers.filterWords.and' : 'registers.filterWords.or'));
  return conditionWords(t, filter, column);
}

/** Each filter and the quick search as one phrase; empty when the view has none. */
export function describeView(t: TFunction, filterModel: NonNullable<GridRequest['filterModel']>, quickSearch: string, columnOf: (colId: string) => DescribedColumn | undefined): string[] {
  const parts = Object.entries(filterModel).map(([colId, filter]) => {
    const column = columnOf(colId);
    const label = column?.headerName ?? colId;
    const words = columnFilterWords(t, filter, column);
    return 'values' in filter ? `${label}: ${words}` : `${label} ${words}`;
  });
  if (quickSearch.trim()) parts.push(t('registers.filterWords.search', { text: quickSearch.trim() }));
  return parts;
}
