import type { IDatasource } from 'ag-grid-community';
import type { Channel, InputOf, OutputOf } from '../../../core/api/contract.ts';
import type { GridPage, GridRequest } from '../../../core/api/grid.ts';
import type { ApiError } from '../../../core/api/result.ts';
import { call } from '../api/client.ts';

type GridChannel = { [C in Channel]: InputOf<C> extends GridRequest ? (OutputOf<C> extends GridPage<unknown> ? C : never) : never }[Channel];

/**
 * ag-grid Infinite Row Model datasource over any register's list channel: sends
 * startRow/endRow/sortModel/filterModel (and the quick search) through the contract.
 */
export function gridDatasource(
  channel: GridChannel,
  options: { quickSearch?: () => string; onResult?: (rowCount: number | null, error: ApiError | null) => void } = {},
): IDatasource {
  return {
    getRows(params) {
      const quickSearch = options.quickSearch?.().trim();
      const input: GridRequest = {
        startRow: params.startRow,
        endRow: params.endRow,
        sortModel: params.sortModel.map((s) => ({ colId: s.colId, sort: s.sort })),
        filterModel: (params.filterModel ?? {}) as GridRequest['filterModel'],
        ...(quickSearch ? { quickSearch } : {}),
      };
      void call(channel, input as InputOf<typeof channel>).then((result) => {
        if (result.ok) {
          const page = result.data as GridPage<unknown>;
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
