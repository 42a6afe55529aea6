import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../core/api/contract.ts';
import { downloadFile, request } from '../api/client.ts';

// The coverage channels through TanStack Query: the report at a date or from a frozen month,
// the trend, the snapshots and their difference from a recount, a rule's before/after, files.

export const coverageKeys = {
  all: ['coverage'] as const,
  report: (input: InputOf<'coverage.report'>) => ['coverage', 'report', input] as const,
  trend: (input: InputOf<'coverage.trend'>) => ['coverage', 'trend', input] as const,
  snapshots: ['coverage', 'snapshots'] as const,
  difference: (uid: string) => ['coverage', 'difference', uid] as const,
  ruleEffect: (uid: string) => ['coverage', 'rule', uid] as const,
};

// A new date keeps the old figures on screen until the new ones arrive (no flash of a spinner).
export const useCoverageReport = (input: InputOf<'coverage.report'>) =>
  useQuery({
    queryKey: coverageKeys.report(input),
    queryFn: () => request('coverage.report', input),
    placeholderData: keepPreviousData,
    // While a recount runs (after a big import) the figures are asked for again until it ends.
    refetchInterval: (query) => ((query.state.data?.recounting ?? 0) > 0 ? 3000 : false),
  });

export const useCoverageTrend = (input: InputOf<'coverage.trend'>) => useQuery({ queryKey: coverageKeys.trend(input), queryFn: () => request('coverage.trend', input) });

export const useSnapshots = () => useQuery({ queryKey: coverageKeys.snapshots, queryFn: () => request('coverage.snapshots', {}) });

export const useSnapshotDifference = (uid: string | null) =>
  useQuery({ queryKey: coverageKeys.difference(uid ?? ''), queryFn: () => request('coverage.snapshotDifference', { uid: uid ?? '' }), enabled: uid !== null });

export const useRuleEffect = (regulationUid: string, enabled: boolean) =>
  useQuery({ queryKey: coverageKeys.ruleEffect(regulationUid), queryFn: () => request('coverage.ruleEffect', { regulationUid }), enabled, retry: false });

export function useFreezeMonth() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (input: InputOf<'coverage.freeze'>) => request('coverage.freeze', input), onSuccess: () => client.invalidateQueries({ queryKey: coverageKeys.all }) });
}

/** Makes the dashboard's file (the engine writes it) and hands it to the download or the save dialog. */
export function useCoverageExport() {
  return useMutation({
    mutationFn: async (input: InputOf<'coverage.export'>) => {
      const made = await request('coverage.export', input);
      const saved = await downloadFile(made.token, made.fileName);
      return { fileName: made.fileName, saved };
    },
  });
}
