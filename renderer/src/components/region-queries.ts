import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RegionItem } from '../../../core/api/reference.ts';
import type { RegionLevel } from '../../../core/api/regions.ts';
import { request } from '../api/client.ts';

// Read-only region look-ups used by the RegionPicker and the reference screens.
// Region data changes only when the reference tables are reloaded, so results stay fresh.

export const regionQueryKeys = {
  get: (code: string | null) => ['regions.get', code] as const,
  search: (query: string, withinCode: string | null, level: RegionLevel | null, limit: number) => ['regions.search', query, withinCode, level, limit] as const,
  resolve: (text: string, level: 3 | 4 | null, withinCode: string | null) => ['regions.resolve', text, level, withinCode] as const,
};

export const regionGetQuery = (code: string) => ({
  queryKey: regionQueryKeys.get(code),
  queryFn: () => request('regions.get', { code }),
  staleTime: Infinity,
});

/** One region by code (null: nothing to fetch). */
export const useRegion = (code: string | null) =>
  useQuery({ ...regionGetQuery(code ?? ''), queryKey: regionQueryKeys.get(code), enabled: code !== null && code !== '' });

/** Name or code search inside an area at one level; runs only when `enabled`. */
export const useRegionSearch = (query: string, withinCode: string | null, level: RegionLevel | null, enabled: boolean, limit = 30) =>
  useQuery({
    queryKey: regionQueryKeys.search(query, withinCode, level, limit),
    queryFn: () =>
      request('regions.search', { query, limit, ...(withinCode ? { withinCode } : {}), ...(level ? { level } : {}) }) as Promise<RegionItem[]>,
    enabled: enabled && query.trim().length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });

/** Free text (as typed in a spreadsheet) to a region code, or why not. */
export const useRegionResolve = (text: string, level: 3 | 4 | null, withinCode: string | null) =>
  useQuery({
    queryKey: regionQueryKeys.resolve(text, level, withinCode),
    queryFn: () => request('regions.resolve', { text, ...(level ? { level } : {}), ...(withinCode ? { withinCode } : {}) }),
    enabled: text.trim().length > 0,
    staleTime: 5 * 60_000,
  });
