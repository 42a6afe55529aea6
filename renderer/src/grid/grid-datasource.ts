import type { IDatasource } from 'ag-grid-community';
import type { InputOf } from '../../../core/api/contract.ts';
import type { GridRequest } from '../../../core/api/grid.ts';
import type { ApiError } from '../../../core/api/result.ts';
import { call } from '../api/client.ts';

/**
 * ag-grid Infinite Row Model datasource over any register's grid (`registers.list`): sends
 * startRow/endRow/sortModel/filterModel (and the quick search) through the contract.
 */
export function gridDatasource(
  register: string,
  options: { quickSearch?: () => string; onResult?: (rowCount: number | null, error: ApiError | null) => void } = {},
): IDatasource {
  return {
    getRows(params) {
      const quickSearch = options.quickSearch?.().trim();
      const input: InputOf<'registers.list'> = {
        register,
        startRow: params.startRow,
        endRow: params.endRow,
        sortModel: params.sortModel.map((s) => ({ colId: s.colId, sort: s.sort })),
        filterModel: (params.filterModel ?? {}) as GridRequest['filterModel'],
        ...(quickSearch ? { quickSearch } : {}),
      };
      void call('registers.list', input).then((result) => {
        if (result.ok) {
          const page = result.data;
          params.successCallback(page.rows, page.rowCount);
          options.onResult?.(page.rowCount, null);
        } else {
          params.failCallback();
          options.onResult?.(null, result.error);
        }
      });
    },
  };
}
