import { columnLayoutKeys } from '../../../../core/api/registers.ts';
import type { GridPage, GridRequest } from '../../../../core/api/grid.ts';
import type { WorkerRow } from '../../../../core/api/workers.ts';
import { request } from '../../api/client.ts';
import { registerTextsUnder, type RegisterData, type RegisterScreenConfig } from '../../registers/register-config.ts';
import { workerImport } from './worker-import.ts';
import { useWorkerColumnOptions, workerGridColumns, type WorkerColumnOptions } from './worker-columns.tsx';
import { workerKeys } from './queries.ts';
import { countedCategories } from './messages.ts';

// Register pekerja as the shared register screen shows it: its words, columns (the NIK can be
// hidden), counts by vulnerable category, the died / moved / error records, routes and data.

/** Columns the export accepts (core/registers/worker declares them). */
export const workerExportColumns = [
  'nik', 'name', 'sex', 'birthDate', 'kecamatanCode', 'desaCode', 'category', 'segment', 'statusToday', 'kpj', 'identityMismatch', 'recordStatus', 'updatedAt',
  'address', 'phone', 'occupation', 'employerName', 'npp', 'programmes', 'startDate', 'endDate', 'income', 'funding', 'payingProgramme',
] as const;
const exportable = new Set<string>(workerExportColumns);
export const workerPath = (uid: string) => `/register/pekerja/${uid}`;

/** The count bar's categories: the starting list (an office's own additions count under "all"). */
const categoryCodes = [...countedCategories.map((c) => c[0]), ''];

export const workerData: RegisterData<WorkerRow> = {
  fetchPage: async (input) => (await request('registers.list', { register: 'worker', ...input })) as unknown as GridPage<WorkerRow>,
  async fetchCounts(filterModel, quickSearch) {
    const counts = await request('registers.counts', { register: 'worker', by: 'category', filterModel: filterModel as GridRequest['filterModel'], ...(quickSearch ? { quickSearch } : {}) });
    return { total: counts.total, values: Object.fromEntries(categoryCodes.map((c) => [c, counts.values[c] ?? 0])) };
  },
  startExport: ({ columns, ...view }) => request('registers.export', { register: 'worker', ...view, columns: columns.filter((c) => exportable.has(c)) as never }),
  historyOf: (uid) => request('registers.history', { register: 'worker', uid }),
};

export const workerRegister: RegisterScreenConfig<WorkerRow, WorkerColumnOptions> = {
  key: 'workers',
  queryKey: workerKeys.all,
  layoutKey: columnLayoutKeys.worker,
  texts: registerTextsUnder('pekerja'),
  useColumnOptions: useWorkerColumnOptions,
  columns: workerGridColumns,
  // Personal data: the NIK shows when a clerk asks for it (the column chooser).
  hiddenByDefault: ['nik', 'kecamatanCode', 'sex', 'birthDate', 'kpj', 'identityMismatch', 'recordStatus', 'updatedAt', 'address', 'phone', 'occupation', 'employerName', 'npp', 'programmes', 'startDate', 'endDate', 'income', 'funding', 'payingProgramme'],
  nameColumn: 'name',
  countBy: {
    column: 'category',
    values: categoryCodes,
    labelKey: (code) => (code ? `pekerja.categories.${code}` : 'pekerja.counts.none'),
    color: (code) => (code ? 'blue' : 'gray'),
  },
  recordStatus: { column: 'recordStatus', active: 'aktif' },
  exportColumns: workerExportColumns,
  // The import's required columns (core/imports/workers/worker-fields.ts; the segment unless an NPP says PU); the name is always shown.
  reimportNeeds: ['nik', 'segment', 'startDate'],
  maskColumns: ['nik', 'birthDate'],
  routes: { detail: workerPath, import: `/${workerImport.path}` },
  data: workerData,
  bulkStatus: {
    actions: [
      { status: 'pindah', menu: 'pekerja.bulk.movedMenu', title: 'pekerja.bulk.movedTitle', confirm: 'pekerja.bulk.movedConfirm', done: 'pekerja.bulk.movedDone', dateLabel: 'pekerja.bulk.movedDate' },
      { status: 'salah_input', menu: 'pekerja.bulk.errorMenu', title: 'pekerja.bulk.errorTitle', confirm: 'pekerja.bulk.errorConfirm', done: 'pekerja.bulk.errorDone', color: 'red' },
    ],
    start: (input) => request('registers.bulkStatus', { register: 'worker', ...input }),
    undo: workerImport,
  },
};

