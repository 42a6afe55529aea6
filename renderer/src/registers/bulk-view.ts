import { useQuery } from '@tanstack/react-query';
import type { GridPage, GridRequest } from '../../../core/api/grid.ts';
import { oneValue } from './filter-models.ts';

type FilterModel = GridRequest['filterModel'];

// What a bulk status change would touch: the view's records, less those already in that
// status (the server leaves them as they are). Counted as the grid counts its rows (the
// register's counts leave out their own column's filter, so they would say too many).

interface SetModel {
  filterType?: string;
  values?: (string | null)[];
}

export interface BulkView {
  filterModel: NonNullable<FilterModel>;
  quickSearch: string;
}

/**
 * True when the view is the whole register: no search, no filter but the record status, and
 * that one (if set) still taking the live records. Acting on it then asks twice.
 */
export function isWholeRegister(view: BulkView, recordStatus: { column: string; active: string }): boolean {
  if (view.quickSearch.trim()) return false;
  return Object.entries(view.filterModel).every(([colId, filter]) => {
    if (colId !== recordStatus.column) return false;
    const values = (filter as SetModel).values;
    return !values || values.includes(recordStatus.active);
  });
}

/** The view's count, how many of it already have the status, and how many will change. */
export function useBulkCount(
  register: { queryKey: readonly unknown[]; data: { fetchPage: (request: GridRequest) => Promise<GridPage<unknown>> }; recordStatus: { column: string } },
  view: BulkView | null,
  status: string | null,
) {
  return useQuery({
    queryKey: [...register.queryKey, 'bulkCount', view, status],
    enabled: view !== null && status !== null,
    staleTime: 0,
    gcTime: 0,
    queryFn: async () => {
      if (!view || !status) throw new Error('no view');
      const search = view.quickSearch.trim() || undefined;
      const column = register.recordStatus.column;
      const own = view.filterModel[column] as SetModel | undefined;
      const rows = async (filterModel: FilterModel) => (await register.data.fetchPage({ startRow: 0, endRow: 1, filterModel, ...(search ? { quickSearch: search } : {}) })).rowCount;
      const total = await rows(view.filterModel);
      // A view filtered on other statuses holds none already in this one.
      const excluded = own?.values !== undefined && !own.values.includes(status);
      const already = excluded ? 0 : await rows({ ...view.filterModel, [column]: oneValue(status) } as FilterModel);
      return { total, already, change: total - already };
    },
  });
}
