import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AggregateInput, DenominatorInput, TargetInput } from '../../../core/api/coverage-inputs.ts';
import { request } from '../api/client.ts';

// Query keys and hooks of the coverage inputs. Every write refreshes all three lists (a target
// shows its denominator) and the coverage figures.

export const coverageInputKeys = {
  all: ['coverageInputs'] as const,
  denominators: (includeRetired: boolean, areaCode: string | null) => ['coverageInputs', 'denominators', includeRetired, areaCode] as const,
  aggregates: (includeRetired: boolean, areaCode: string | null) => ['coverageInputs', 'aggregates', includeRetired, areaCode] as const,
  targets: (areaCode: string | null) => ['coverageInputs', 'targets', areaCode] as const,
};

const area = (areaCode: string | null) => (areaCode ? { areaCode } : {});

export const useDenominators = (includeRetired: boolean, areaCode: string | null = null) =>
  useQuery({ queryKey: coverageInputKeys.denominators(includeRetired, areaCode), queryFn: () => request('coverageInputs.denominators.list', { includeRetired, ...area(areaCode) }) });
export const useAggregates = (includeRetired: boolean, areaCode: string | null = null) =>
  useQuery({ queryKey: coverageInputKeys.aggregates(includeRetired, areaCode), queryFn: () => request('coverageInputs.aggregates.list', { includeRetired, ...area(areaCode) }) });
export const useTargets = (areaCode: string | null = null) => useQuery({ queryKey: coverageInputKeys.targets(areaCode), queryFn: () => request('coverageInputs.targets.list', area(areaCode)) });

function useWrite<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: coverageInputKeys.all });
      await client.invalidateQueries({ queryKey: ['coverage'] });
    },
  });
}

export const useSaveDenominator = () => useWrite((input: DenominatorInput) => request('coverageInputs.denominators.save', input));
export const useRetireDenominator = () => useWrite((input: { uid: string; retired: boolean }) => request('coverageInputs.denominators.retire', input));
export const useRemoveDenominator = () => useWrite((uid: string) => request('coverageInputs.denominators.remove', { uid }));
export const useSaveAggregate = () => useWrite((input: AggregateInput) => request('coverageInputs.aggregates.save', input));
export const useRetireAggregate = () => useWrite((input: { uid: string; retired: boolean }) => request('coverageInputs.aggregates.retire', input));
export const useRemoveAggregate = () => useWrite((uid: string) => request('coverageInputs.aggregates.remove', { uid }));
export const useSaveTarget = () => useWrite((input: TargetInput) => request('coverageInputs.targets.save', input));
export const useRemoveTarget = () => useWrite((uid: string) => request('coverageInputs.targets.remove', { uid }));
export const useLoadCoverageDemo = () => useWrite(() => request('coverageInputs.demo', {}));
