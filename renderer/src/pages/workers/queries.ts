import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../core/api/contract.ts';
import type { ListName } from '../../../../core/api/reference.ts';
import type { PersonInput } from '../../../../core/api/workers.ts';
import { request } from '../../api/client.ts';

// Query keys and hooks of the worker register, under one prefix: a save refreshes the grid's
// counts, the person and their history together.
export const workerKeys = {
  all: ['workers'] as const,
  detail: (uid: string) => ['workers', 'detail', uid] as const,
  employers: (search: string) => ['workers', 'employers', search] as const,
};

export const useWorker = (uid: string) => useQuery({ queryKey: workerKeys.detail(uid), queryFn: () => request('workers.get', { uid }) });

/** An editable list's active items (categories, funding sources), for the form's choices. */
export const useLookupList = (list: ListName) => useQuery({ queryKey: ['lists.get', list, 'active'], queryFn: () => request('lists.get', { list, includeInactive: false }), staleTime: 60_000 });

/** Active employers matching a search (name, NIB, NPWP, NPP), for a PU period's employer. */
export const useEmployerSearch = (search: string) =>
  useQuery({
    queryKey: workerKeys.employers(search),
    queryFn: async () =>
      (
        await request('registers.list', {
          register: 'employer',
          startRow: 0,
          endRow: 20,
          sortModel: [{ colId: 'name', sort: 'asc' }],
          filterModel: { recordStatus: { filterType: 'set', values: ['aktif'] } },
          ...(search.trim() ? { quickSearch: search.trim() } : {}),
        })
      ).rows as { uid: string; name: string; npp: string | null }[],
  });

export function useSaveWorker() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) => request('workers.save', input),
    // A period may name a programme: its counts change too.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: workerKeys.all }), client.invalidateQueries({ queryKey: ['programmes'] })]),
  });
}

export function useSetWorkerStatus() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (input: InputOf<'workers.setStatus'>) => request('workers.setStatus', input), onSuccess: () => client.invalidateQueries({ queryKey: workerKeys.all }) });
}

/** What the NIK says (sex, birth date) while it is typed: only a complete 16-digit value is asked. */
export const useNikReading = (nik: string) => {
  const digits = nik.replace(/\D/g, '');
  return useQuery({ queryKey: ['nik.analyze', digits], queryFn: () => request('nik.analyze', { value: digits }), enabled: digits.length === 16, staleTime: Infinity });
};

