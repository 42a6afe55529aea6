import { bpjsStatuses, employerColumns, type EmployerRow } from '../../../../core/api/employers.ts';
import type { GridPage, GridRequest } from '../../../../core/api/grid.ts';
import { request } from '../../api/client.ts';
import type { RegisterData } from '../../registers/register-config.ts';

// The employer register's data for the shared register screen: the shared `registers.*`
// channels with the register's key, and its export and history.

type EmployerColumn = (typeof employerColumns)[number];
const exportable = new Set<string>(employerColumns);
const isEmployerColumn = (id: string): id is EmployerColumn => exportable.has(id);

export const employerData: RegisterData<EmployerRow> = {
  // The employer grid's rows (core/registers/employer declares them).
  fetchPage: async (input) => (await request('registers.list', { register: 'employer', ...input })) as unknown as GridPage<EmployerRow>,

  async fetchCounts(filterModel, quickSearch) {
    const counts = await request('registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: filterModel as GridRequest['filterModel'], ...(quickSearch ? { quickSearch } : {}) });
    return { total: counts.total, values: Object.fromEntries(bpjsStatuses.map((s) => [s, counts.values[s] ?? 0])) };
  },

  startExport: ({ columns, ...view }) => request('registers.export', { register: 'employer', ...view, columns: columns.filter(isEmployerColumn) }),

  historyOf: (uid) => request('registers.history', { register: 'employer', uid }),
};

export const exportableEmployerColumns: readonly string[] = employerColumns;
