import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FilterModel, RegisterData } from './register-config.ts';

// The shell's queries, under the register's own query key prefix: a save that invalidates
// the prefix refreshes the counts, the register size and the record history with it.

interface Source<Call extends keyof RegisterData<unknown>> {
  queryKey: readonly unknown[];
  data: Pick<RegisterData<unknown>, Call>;
}

/** Counts of the view (all, and by the count-by column), following its filters and search. */
export function useRegisterCounts(register: Source<'fetchCounts'>, filterModel: FilterModel, quickSearch: string) {
  const search = quickSearch.trim();
  return useQuery({
    queryKey: [...register.queryKey, 'counts', filterModel, search],
    queryFn: () => register.data.fetchCounts(filterModel, search || undefined),
    placeholderData: keepPreviousData,
  });
}

/** How many records the register holds at all, whatever their status (0: show the first steps). */
export const useRegisterSize = (register: Source<'fetchCounts'>) =>
  useQuery({ queryKey: [...register.queryKey, 'registerSize'], queryFn: async () => (await register.data.fetchCounts({})).total });

/** The audit entries of one record, newest first. */
export const useRecordHistory = (register: Source<'historyOf'>, uid: string) =>
  useQuery({ queryKey: [...register.queryKey, 'history', uid], queryFn: () => register.data.historyOf(uid) });
