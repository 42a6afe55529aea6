import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalculationInput, ContributionRuleInput, ListItemInput, ListName } from '../../../../core/api/reference.ts';
import { request } from '../../api/client.ts';

// Query keys and hooks of the contribution screens (calculator, rules, lists).
// Everything sits under one prefix so a rule save also refreshes every calculation.
export const contributionKeys = {
  all: ['contributions'] as const,
  rules: ['contributions', 'rules'] as const,
  list: (list: ListName) => ['contributions', 'lists', list] as const,
  calculation: (input: CalculationInput | null) => ['contributions', 'calculate', input] as const,
};

export const useContributionRules = () => useQuery({ queryKey: contributionKeys.rules, queryFn: () => request('contributions.rules.list', {}) });

/** Runs the calculator for the last submitted input (null = nothing submitted yet). */
export const useCalculation = (input: CalculationInput | null) =>
  useQuery({
    queryKey: contributionKeys.calculation(input),
    queryFn: () => request('contributions.calculate', input as CalculationInput),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });

export const useListItems = (list: ListName) =>
  useQuery({ queryKey: contributionKeys.list(list), queryFn: () => request('lists.get', { list, includeInactive: true }) });

export function useSaveRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ContributionRuleInput) => request('contributions.rules.save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: contributionKeys.all }),
  });
}

export function useSaveListItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ListItemInput) => request('lists.save', input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: contributionKeys.all });
      // Other screens may keep their own copies of the lists under the channel name.
      await client.invalidateQueries({ queryKey: ['lists.get'] });
    },
  });
}
