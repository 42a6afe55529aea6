import { bpjsStatuses, employerColumns, type EmployerRow } from '../../../../core/api/employers.ts';
import { request } from '../../api/client.ts';
import type { RegisterData } from '../../registers/register-config.ts';

// The employer register's data for the shared register screen: the one file that names the
// employer channels. Moving to generic `registers.*` channels (the register key 'employer')
// is an edit here only.

type EmployerColumn = (typeof employerColumns)[number];
const exportable = new Set<string>(employerColumns);
const isEmployerColumn = (id: string): id is EmployerColumn => exportable.has(id);

export const employerData: RegisterData<EmployerRow> = {
  fetchPage: (input) => request('employers.list', input),

  async fetchCounts(filterModel, quickSearch) {
    const counts = await request('employers.counts', { filterModel, ...(quickSearch ? { quickSearch } : {}) });
    return { total: counts.total, values: Object.fromEntries(bpjsStatuses.map((s) => [s, counts[s]])) };
  },

  startExport: ({ columns, ...view }) => request('employers.export', { ...view, columns: columns.filter(isEmployerColumn) }),

  async historyOf(uid) {
    const page = await request('audit.list', {
      startRow: 0,
      endRow: 200,
      sortModel: [{ colId: 'at', sort: 'desc' }],
      filterModel: { entity: { filterType: 'set', values: ['employer'] }, entityUid: { filterType: 'text', type: 'equals', filter: uid } },
    });
    return page.rows;
  },
};

export const exportableEmployerColumns: readonly string[] = employerColumns;
