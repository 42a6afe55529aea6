import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../core/api/contract.ts';
import type { ProgrammeInput } from '../../../../core/api/programmes.ts';
import { request } from '../../api/client.ts';

// Query keys and hooks of the vulnerable-worker programmes. A save refreshes the programmes
// and the worker register (a person's page shows a programme's name); a worker save refreshes
// the programmes (their people are periods).
export const programmeKeys = {
  all: ['programmes'] as const,
  list: ['programmes', 'list'] as const,
  choices: ['programmes', 'choices'] as const,
  detail: (uid: string) => ['programmes', 'detail', uid] as const,
  page: (uid: string) => ['programmes', 'page', uid] as const,
  people: (input: InputOf<'programmes.people'>) => ['programmes', 'people', input] as const,
};

export const useProgrammes = () => useQuery({ queryKey: programmeKeys.list, queryFn: () => request('programmes.list', {}) });
export const useProgrammeChoices = () => useQuery({ queryKey: programmeKeys.choices, queryFn: () => request('programmes.choices', {}), staleTime: 30_000 });
export const useProgramme = (uid: string) => useQuery({ queryKey: programmeKeys.detail(uid), queryFn: () => request('programmes.get', { uid }) });
export const useProgrammePage = (uid: string) => useQuery({ queryKey: programmeKeys.page(uid), queryFn: () => request('programmes.page', { uid }) });
export const useProgrammePeople = (input: InputOf<'programmes.people'>) =>
  useQuery({ queryKey: programmeKeys.people(input), queryFn: () => request('programmes.people', input), placeholderData: keepPreviousData });

export function useSaveProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgrammeInput) => request('programmes.save', input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: programmeKeys.all });
      await client.invalidateQueries({ queryKey: ['workers'] });
    },
  });
}
