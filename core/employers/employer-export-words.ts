import { formatNpwp, type EmployerRow } from '../api/employers.ts';
import type { ColumnFilter, SimpleFilter } from '../api/grid.ts';
import type { ParsedGridRequest } from '../grid/query-grid.ts';
import { kbliSection } from '../reference/kbli/kbli-2020.ts';
import type { employerColumns } from '../api/employers.ts';
import { excelDate, excelDateTime, type OutCell } from '../exports/xlsx-writer.ts';

// The export's words, in Indonesian (the language of the filings): column headings, the
// filter on the sheet's heading, and the codes of a cell as a reader of the file says them.

export type Column = (typeof employerColumns)[number];

export const columnLabels: Record<Column, string> = {
  name: 'Nama perusahaan', legalForm: 'Bentuk badan usaha', nib: 'NIB', npwp: 'NPWP', npp: 'NPP', kbliSection: 'Kategori KBLI', kbliMain: 'KBLI utama',
  businessScale: 'Skala usaha', kecamatanCode: 'Kecamatan', desaCode: 'Desa/kelurahan', bpjsStatus: 'Status BPJS', workersTotal: 'Jumlah tenaga kerja',
  officeType: 'Pusat/cabang', startDate: 'Tanggal mulai usaha', wlkpDate: 'Tanggal WLKP', bpjsInfoDate: 'Tanggal data BPJS', recordStatus: 'Status data', updatedAt: 'Terakhir diubah',
};

/** Codes said in words, per column. */
const codeWords: Partial<Record<Column, Record<string, string>>> = {
  bpjsStatus: { terdaftar: 'Terdaftar', pwbd: 'PWBD', pds_tk: 'PDS tenaga kerja', pds_upah: 'PDS upah', pds_program: 'PDS program' },
  businessScale: { mikro: 'Mikro', kecil: 'Kecil', menengah: 'Menengah', besar: 'Besar' },
  officeType: { pusat: 'Kantor pusat', cabang: 'Kantor cabang' },
  recordStatus: { aktif: 'Aktif', tutup: 'Tutup', dihapus: 'Dihapus' },
};
const sectionWords = (code: string) => {
  const section = kbliSection(code);
  return section ? `${code} – ${section.nameId}` : code;
};

/** 'YYYY-MM-DD…' as dd/mm/yyyy. */
const day = (s: string | null | undefined) => (s ? `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}` : '');

/** Column widths in characters: an A4 landscape page fitted to width stays readable. */
export const columnWidths: Record<Column, number> = {
  name: 38, legalForm: 11, nib: 16, npwp: 21, npp: 14, kbliSection: 30, kbliMain: 10, businessScale: 10, kecamatanCode: 24, desaCode: 30,
  bpjsStatus: 17, workersTotal: 11, officeType: 14, startDate: 13, wlkpDate: 13, bpjsInfoDate: 13, recordStatus: 10, updatedAt: 18,
};

/** Calendar days, and the one moment (stored in UTC, shown on the office's clock). */
export const dateColumns: readonly Column[] = ['startDate', 'wlkpDate', 'bpjsInfoDate'];
export const dateTimeColumns: readonly Column[] = ['updatedAt'];

/** What a cell becomes in each file: XLSX dates are serials (date cells), CSV dates are text. */
export interface CellTarget {
  format: 'xlsx' | 'csv';
  /** The office's time zone, for "Terakhir diubah". */
  utcOffsetMinutes: number;
}

/** An instant on the office's clock as "dd/mm/yyyy hh:mm". */
export function officeDateTime(iso: string, utcOffsetMinutes: number): string {
  const local = new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString();
  return `${day(local)} ${local.slice(11, 16)}`;
}

export function cellOf(row: EmployerRow, column: Column, target: CellTarget): OutCell {
  switch (column) {
    case 'startDate':
    case 'wlkpDate':
    case 'bpjsInfoDate': {
      const value = row[column];
      return value ? (target.format === 'xlsx' ? (excelDate(value) ?? day(value)) : day(value)) : null;
    }
    case 'updatedAt':
      return target.format === 'xlsx' ? excelDateTime(row.updatedAt, target.utcOffsetMinutes) : officeDateTime(row.updatedAt, target.utcOffsetMinutes);
    case 'npwp':
      return row.npwp ? formatNpwp(row.npwp) : null;
    case 'kecamatanCode':
      return row.kecamatanName ? `${row.kecamatanName} (${row.kecamatanCode})` : row.kecamatanCode;
    case 'desaCode':
      return row.desaName ? `${row.desaName} (${row.desaCode})` : row.desaCode;
    case 'kbliSection':
      return row.kbliSection ? sectionWords(row.kbliSection) : null;
    default: {
      const value = (row[column] as OutCell | undefined) ?? null;
      return typeof value === 'string' ? (codeWords[column]?.[value] ?? value) : value;
    }
  }
}

const operators: Record<SimpleFilter['filterType'], Record<string, string>> = {
  text: { contains: 'memuat', notContains: 'tidak memuat', equals: 'sama dengan', notEqual: 'bukan', startsWith: 'diawali', endsWith: 'diakhiri', blank: 'kosong', notBlank: 'terisi' },
  number: { equals: '=', notEqual: '≠', lessThan: '<', lessThanOrEqual: '≤', greaterThan: '>', greaterThanOrEqual: '≥', inRange: 'antara', blank: 'kosong', notBlank: 'terisi' },
  date: { equals: 'pada', notEqual: 'bukan pada', lessThan: 'sebelum', greaterThan: 'sesudah', inRange: 'antara', blank: 'kosong', notBlank: 'terisi' },
  set: {},
};
const number = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toLocaleString('id-ID'));

/** One condition in words, without the column: "memuat 'hotel'", "antara 10 dan 50". */
function conditionWords(f: SimpleFilter, regionName: (code: string) => string | undefined, column: Column | undefined): string {
  if (f.filterType === 'set') {
    if (f.values.length === 0) return '(tidak ada yang dipilih)';
    const say = (v: string | null) => {
      if (v === null || v === '') return '(kosong)';
      if (column === 'kbliSection') return sectionWords(v);
      return (column && codeWords[column]?.[v]) ?? regionName(v) ?? v;
    };
    return f.values.map(say).join(', ');
  }
  const op = operators[f.filterType][f.type] ?? f.type;
  if (f.type === 'blank' || f.type === 'notBlank') return op;
  if (f.filterType === 'text') return `${op} "${f.filter ?? ''}"`;
  if (f.filterType === 'number') return f.type === 'inRange' ? `${op} ${number(f.filter)} dan ${number(f.filterTo)}` : `${op} ${number(f.filter)}`;
  return f.type === 'inRange' ? `${op} ${day(f.dateFrom)} dan ${day(f.dateTo)}` : `${op} ${day(f.dateFrom)}`;
}

function filterWords(filter: ColumnFilter, regionName: (code: string) => string | undefined, column: Column | undefined): string {
  if ('conditions' in filter) return filter.conditions.map((c) => conditionWords(c, regionName, column)).join(filter.operator === 'AND' ? ' dan ' : ' atau ');
  return conditionWords(filter, regionName, column);
}

/** The filters in words, for the sheet's heading ("Status BPJS: PWBD; Jumlah tenaga kerja ≥ 10; Pencarian: "bali""). */
export function describeFilter(request: Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'>, regionName: (code: string) => string | undefined = () => undefined): string {
  const parts = Object.entries(request.filterModel).map(([col, filter]) => {
    const column = col in columnLabels ? (col as Column) : undefined;
    const words = filterWords(filter, regionName, column);
    const label = column ? columnLabels[column] : col;
    return 'values' in filter ? `${label}: ${words}` : `${label} ${words}`;
  });
  if (request.quickSearch?.trim()) parts.push(`Pencarian: "${request.quickSearch.trim()}"`);
  return parts.length ? parts.join('; ') : 'Semua data (tanpa saringan)';
}
