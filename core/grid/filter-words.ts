import type { ColumnFilter, SimpleFilter } from '../api/grid.ts';
import { render } from '../messages.ts';
import type { RegisterColumn } from '../registers/register-definition.ts';
import type { ParsedGridRequest } from './query-grid.ts';

// A register's view in words, in Indonesian (the language of the filings): the filters on an
// export's heading ("Status BPJS: PWBD; Jumlah tenaga kerja ≥ 10; Pencarian: "bali""), the
// description of a bulk change. Column labels and value words come from the register.

const operators: Record<SimpleFilter['filterType'], Record<string, string>> = {
  text: { contains: 'memuat', notContains: 'tidak memuat', equals: 'sama dengan', notEqual: 'bukan', startsWith: 'diawali', endsWith: 'diakhiri', blank: 'kosong', notBlank: 'terisi' },
  number: { equals: '=', notEqual: '≠', lessThan: '<', lessThanOrEqual: '≤', greaterThan: '>', greaterThanOrEqual: '≥', inRange: 'antara', blank: 'kosong', notBlank: 'terisi' },
  date: { equals: 'pada', notEqual: 'bukan pada', lessThan: 'sebelum', greaterThan: 'sesudah', inRange: 'antara', blank: 'kosong', notBlank: 'terisi' },
  set: {},
};
export const dayWords = (s: string | null | undefined) => (s ? `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}` : '');
const number = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toLocaleString('id-ID'));

/** A stored value of a column in words: a choice's label, a region's name, the register's own words. */
export function valueWords(column: RegisterColumn | undefined, value: string, regionName: (code: string) => string | undefined): string {
  const cell = column?.cell;
  if (cell?.kind === 'choice') return cell.choices[value] ? render(cell.choices[value], 'id') : value;
  if (cell?.kind === 'words') return cell.words(value);
  return regionName(value) ?? value;
}

/** One condition in words, without the column: "memuat 'hotel'", "antara 10 dan 50". */
function conditionWords(f: SimpleFilter, column: RegisterColumn | undefined, regionName: (code: string) => string | undefined): string {
  if (f.filterType === 'set') {
    if (f.values.length === 0) return '(tidak ada yang dipilih)';
    return f.values.map((v) => (v === null || v === '' ? '(kosong)' : valueWords(column, v, regionName))).join(', ');
  }
  const op = operators[f.filterType][f.type] ?? f.type;
  if (f.type === 'blank' || f.type === 'notBlank') return op;
  if (f.filterType === 'text') return `${op} "${f.filter ?? ''}"`;
  if (f.filterType === 'number') return f.type === 'inRange' ? `${op} ${number(f.filter)} dan ${number(f.filterTo)}` : `${op} ${number(f.filter)}`;
  return f.type === 'inRange' ? `${op} ${dayWords(f.dateFrom)} dan ${dayWords(f.dateTo)}` : `${op} ${dayWords(f.dateFrom)}`;
}

function filterWords(filter: ColumnFilter, column: RegisterColumn | undefined, regionName: (code: string) => string | undefined): string {
  if ('conditions' in filter) return filter.conditions.map((c) => conditionWords(c, column, regionName)).join(filter.operator === 'AND' ? ' dan ' : ' atau ');
  return conditionWords(filter, column, regionName);
}

/** The filters and the quick search of a view in words; "Semua data (tanpa saringan)" when none. */
export function describeFilter(
  columns: readonly RegisterColumn[],
  request: Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'>,
  regionName: (code: string) => string | undefined = () => undefined,
): string {
  const parts = Object.entries(request.filterModel).map(([colId, filter]) => {
    const column = columns.find((c) => c.id === colId);
    const words = filterWords(filter, column, regionName);
    const label = column ? render(column.label, 'id') : colId;
    return 'values' in filter ? `${label}: ${words}` : `${label} ${words}`;
  });
  if (request.quickSearch?.trim()) parts.push(`Pencarian: "${request.quickSearch.trim()}"`);
  return parts.length ? parts.join('; ') : 'Semua data (tanpa saringan)';
}
