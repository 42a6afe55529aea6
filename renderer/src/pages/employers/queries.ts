import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmployerInput, EmployerRow, FollowUpInput, RecordStatus } from '../../../../core/api/employers.ts';
import type { ComplianceInput } from '../../../../core/api/employer-compliance.ts';
import type { GridPage } from '../../../../core/api/grid.ts';
import { request } from '../../api/client.ts';

// Query keys and hooks of the employer register. Everything sits under one prefix, so a
// save refreshes the counts, the record, its history and the due list together (the shared
// register screen keeps its counts, size and history under the same prefix: registers/).
export const employerKeys = {
  all: ['employers'] as const,
  detail: (uid: string) => ['employers', 'detail', uid] as const,
  due: (withinDays: number) => ['employers', 'due', withinDays] as const,
  headOffices: (search: string) => ['employers', 'headOffices', search] as const,
  kbli: (code: string) => ['kbli.analyze', code] as const,
};

export const useEmployer = (uid: string) => useQuery({ queryKey: employerKeys.detail(uid), queryFn: () => request('employers.get', { uid }) });

/** The one due list: employers' follow-ups and regulations' duties (core/regulations/due-list.ts). */
export const useFollowUpsDue = (withinDays: number) =>
  useQuery({ queryKey: employerKeys.due(withinDays), queryFn: () => request('dueList.list', { withinDays, includeOverdue: true }), placeholderData: keepPreviousData });

/** Active head offices matching a search, for the branch's head-office field. */
export const useHeadOfficeSearch = (search: string) =>
  useQuery({
    queryKey: employerKeys.headOffices(search),
    queryFn: async () =>
      (await request('registers.list', {
        register: 'employer',
        startRow: 0,
        endRow: 20,
        sortModel: [{ colId: 'name', sort: 'asc' }],
        filterModel: { officeType: { filterType: 'set', values: ['pusat'] }, recordStatus: { filterType: 'set', values: ['aktif'] } },
        ...(search.trim() ? { quickSearch: search.trim() } : {}),
      })) as unknown as GridPage<EmployerRow>, // the employer grid's rows (core/registers/employer)
    placeholderData: keepPreviousData,
  });

export const useKbliAnalysis = (code: string) =>
  useQuery({ queryKey: employerKeys.kbli(code), queryFn: () => request('kbli.analyze', { code }), staleTime: Infinity, enabled: code.trim() !== '' });

export function useSaveEmployer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EmployerInput) => request('employers.save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: employerKeys.all }),
  });
}

export function useSetEmployerStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { uid: string; recordStatus: RecordStatus; reason: string }) => request('employers.setStatus', input),
    onSuccess: () => client.invalidateQueries({ queryKey: employerKeys.all }),
  });
}

export function useSaveFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FollowUpInput) => request('employers.followUps.save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: employerKeys.all }),
  });
}

/** An employer's workers with an active PU period today, a page at a time. */
export const useEmployerWorkers = (uid: string, offset: number, limit: number) =>
  useQuery({ queryKey: [...employerKeys.all, 'workers', uid, offset, limit], queryFn: () => request('employers.workers', { uid, offset, limit }), placeholderData: keepPreviousData });

/** The compliance list (reported workforce above active PU participants), a page at a time. */
export const useCompliance = (input: ComplianceInput) =>
  useQuery({ queryKey: [...employerKeys.all, 'compliance', input], queryFn: () => request('employers.compliance', input), placeholderData: keepPreviousData });
