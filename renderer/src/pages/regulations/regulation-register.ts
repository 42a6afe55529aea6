import { columnLayoutKeys } from '../../../../core/api/registers.ts';
import type { GridPage, GridRequest } from '../../../../core/api/grid.ts';
import { regulationJenis, type RegulationRow } from '../../../../core/api/regulations.ts';
import { request } from '../../api/client.ts';
import { registerTextsUnder, type RegisterData, type RegisterScreenConfig } from '../../registers/register-config.ts';
import { regulationGridColumns } from './regulation-columns.tsx';
import { regulationImport } from './regulation-import.ts';
import { regulationKeys } from './queries.ts';

// Register regulasi as the shared register screen shows it: its words, columns, counts by
// jenis, the records entered in error, routes and data.

export const regulationExportColumns = ['jenis', 'nomor', 'tahun', 'judul', 'teuBadan', 'tanggalPenetapan', 'tanggalPengundangan', 'effectiveDate', 'subjek', 'areaCode', 'statusToday', 'recordStatus', 'updatedAt'] as const;
const exportable = new Set<string>(regulationExportColumns);
export const regulationsPath = '/register/regulasi';
export const regulationPath = (uid: string) => `${regulationsPath}/${uid}`;

export const regulationData: RegisterData<RegulationRow> = {
  fetchPage: async (input) => (await request('registers.list', { register: 'regulation', ...input })) as unknown as GridPage<RegulationRow>,
  async fetchCounts(filterModel, quickSearch) {
    const counts = await request('registers.counts', { register: 'regulation', by: 'jenis', filterModel: filterModel as GridRequest['filterModel'], ...(quickSearch ? { quickSearch } : {}) });
    return { total: counts.total, values: Object.fromEntries(regulationJenis.map((j) => [j, counts.values[j] ?? 0])) };
  },
  startExport: ({ columns, ...view }) => request('registers.export', { register: 'regulation', ...view, columns: columns.filter((c) => exportable.has(c)) as never }),
  historyOf: (uid) => request('registers.history', { register: 'regulation', uid }),
};

export const regulationRegister: RegisterScreenConfig<RegulationRow> = {
  key: 'regulations',
  queryKey: regulationKeys.all,
  layoutKey: columnLayoutKeys.regulation,
  texts: registerTextsUnder('regulasi'),
  useColumnOptions: () => ({ options: undefined, ready: true }),
  columns: (t) => regulationGridColumns(t),
  hiddenByDefault: ['tanggalPengundangan', 'effectiveDate', 'subjek', 'areaCode', 'recordStatus', 'updatedAt'],
  nameColumn: 'judul',
  countBy: {
    column: 'jenis',
    values: ['perda', 'pergub', 'perbup', 'perwali', 'se', 'instruksi', 'pks', 'uu', 'pp', 'inpres', 'se_menteri'],
    labelKey: (j) => `core:regulations.jenis.${j}`,
    color: (j) => (['uu', 'pp', 'inpres', 'se_menteri', 'perpres', 'permen'].includes(j) ? 'gray' : 'blue'),
  },
  recordStatus: { column: 'recordStatus', active: 'aktif' },
  exportColumns: regulationExportColumns,
  routes: { detail: regulationPath, import: `/${regulationImport.path}` },
  data: regulationData,
  bulkStatus: {
    actions: [{ status: 'salah_input', menu: 'regulasi.bulk.errorMenu', title: 'regulasi.bulk.errorTitle', confirm: 'regulasi.bulk.errorConfirm', done: 'regulasi.bulk.errorDone', color: 'red' }],
    start: (input) => request('registers.bulkStatus', { register: 'regulation', ...input }),
    undo: regulationImport,
  },
};
