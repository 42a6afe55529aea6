import type { IDatasource } from 'ag-grid-community';
import type { Channel, InputOf, OutputOf } from '../../../core/api/contract.ts';
import type { GridPage, GridRequest } from '../../../core/api/grid.ts';
import type { ApiError } from '../../../core/api/result.ts';
import { ApiCallError, call } from '../api/client.ts';

type GridChannel = { [C in Channel]: InputOf<C> extends GridRequest ? (OutputOf<C> extends GridPage<unknown> ? C : never) : never }[Channel];

interface DatasourceOptions {
  quickSearch?: () => string;
  onResult?: (rowCount: number | null, error: ApiError | null) => void;
}

/**
 * ag-grid Infinite Row Model datasource over a function that answers a grid request with a
 * page: sends startRow/endRow/sortModel/filterModel (and the quick search). A failure (an
 * ApiCallError from `request`) is handed to onResult.
 */
export function pageDatasource<Row>(fetchPage: (input: GridRequest) => Promise<GridPage<Row>>, options: DatasourceOptions = {}): IDatasource {
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
      fetchPage(input).then(
        (page) => {
          params.successCallback(page.rows, page.rowCount);
          options.onResult?.(page.rowCount, null);
        },
        (error: unknown) => {
          params.failCallback();
          const apiError: ApiError =
            error instanceof ApiCallError ? error.error : { code: 'INTERNAL', message: String(error), messageEn: String(error) };
          options.onResult?.(null, apiError);
        },
      );
    },
  };
}

/** The same over a register's list channel of the contract. */
export function gridDatasource(channel: GridChannel, options: DatasourceOptions = {}): IDatasource {
  return pageDatasource(async (input) => {
    const result = await call(channel, input as InputOf<typeof channel>);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.data as GridPage<unknown>;
  }, options);
}
