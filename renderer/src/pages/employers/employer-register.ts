import { columnLayoutKeys } from '../../../../core/api/registers.ts';
import { type BpjsStatus, bpjsStatuses, type EmployerRow } from '../../../../core/api/employers.ts';
import { request } from '../../api/client.ts';
import { employerImport } from '../../features/import-routes.tsx';
import { registerMessages } from '../../i18n/index.ts';
import { registerTextsUnder, type RegisterScreenConfig } from '../../registers/register-config.ts';
import { employerGridColumns, useEmployerColumnOptions, type EmployerColumnOptions } from './employer-columns.tsx';
import { employerData, exportableEmployerColumns } from './employer-data.ts';
import { employerKeys } from './queries.ts';
import { bpjsStatusColor, employerPath, importPath } from './shared.tsx';
import './messages.ts';

// Register perusahaan as the shared register screen shows it: its words, columns, counts by
// BPJS status, the "closed / removed" records, routes and data, and what may be done to all
// records of a filter at once (core allows the same statuses: recordStatus.bulk).

registerMessages('employerBulk', {
  id: {
    removeMenu: 'Hapus semua yang tersaring ({{n}})…',
    removeTitle: 'Hapus semua perusahaan yang tersaring?',
    removeConfirm: 'Hapus {{records}}',
    removeDone: '{{records}} dihapus dari register',
    closeMenu: 'Tandai tutup semua yang tersaring ({{n}})…',
    closeTitle: 'Tandai tutup semua perusahaan yang tersaring?',
    closeConfirm: 'Tandai tutup {{records}}',
    closeDone: '{{records}} ditandai tutup',
  },
  en: {
    removeMenu: 'Remove everything filtered ({{n}})…',
    removeTitle: 'Remove every filtered employer?',
    removeConfirm: 'Remove {{records}}',
    removeDone: '{{records}} removed from the register',
    closeMenu: 'Mark everything filtered closed ({{n}})…',
    closeTitle: 'Mark every filtered employer closed?',
    closeConfirm: 'Mark {{records}} closed',
    closeDone: '{{records}} marked closed',
  },
});

export const employerRegister: RegisterScreenConfig<EmployerRow, EmployerColumnOptions> = {
  key: 'employers',
  queryKey: employerKeys.all,
  layoutKey: columnLayoutKeys.employer,
  texts: registerTextsUnder('employers'),
  // The ids the e2e tests have always used.
  testIds: {
    grid: 'employer-grid',
    search: 'employer-search',
    rowCount: 'employer-row-count',
    noMatch: 'employer-no-match',
    empty: 'employers-empty',
    counts: 'status-counts',
    history: 'employer-history',
  },
  useColumnOptions: useEmployerColumnOptions,
  columns: employerGridColumns,
  hiddenByDefault: ['officeType', 'wlkpDate', 'updatedAt', 'kbliMain', 'legalForm'],
  nameColumn: 'name',
  countBy: {
    column: 'bpjsStatus',
    values: bpjsStatuses,
    labelKey: (status) => `employers.bpjsShort.${status}`,
    titleKey: (status) => `employers.bpjs.${status}`,
    color: (status) => bpjsStatusColor[status as BpjsStatus] ?? 'gray',
  },
  recordStatus: { column: 'recordStatus', active: 'aktif' },
  exportColumns: exportableEmployerColumns,
  routes: { detail: (uid) => employerPath(uid), import: importPath },
  data: employerData,
  bulkStatus: {
    actions: [
      { status: 'dihapus', menu: 'employerBulk.removeMenu', title: 'employerBulk.removeTitle', confirm: 'employerBulk.removeConfirm', done: 'employerBulk.removeDone', color: 'red' },
      { status: 'tutup', menu: 'employerBulk.closeMenu', title: 'employerBulk.closeTitle', confirm: 'employerBulk.closeConfirm', done: 'employerBulk.closeDone' },
    ],
    start: (input) => request('registers.bulkStatus', { register: 'employer', ...input }),
    undo: employerImport,
  },
};
