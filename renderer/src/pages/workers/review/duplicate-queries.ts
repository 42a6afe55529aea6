import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../../core/api/contract.ts';
import { request } from '../../../api/client.ts';
import { workerKeys } from '../queries.ts';

// The duplicate review's queries: the open pairs, and the decisions (each but the scan can be taken back). A decision refreshes
// the list and every worker query (a merge changes two people).
export const duplicateKeys = { list: ['duplicates', 'list'] as const };

/** What a merge would do with the periods, asked as the dialog opens (fresh each time: the periods may have changed). */
export const useMergePlan = (pairId: number, keepUid: string) =>
  useQuery({ queryKey: ['duplicates', 'mergePlan', pairId, keepUid], queryFn: () => request('duplicates.mergePlan', { pairId, keepUid }), staleTime: 0, gcTime: 0 });

export const useDuplicateList = () => useQuery({ queryKey: duplicateKeys.list, queryFn: () => request('duplicates.list', { limit: 50 }) });

function useDecision<C extends 'duplicates.merge' | 'duplicates.undoMerge' | 'duplicates.different' | 'duplicates.undoDifferent'>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => request(channel, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: duplicateKeys.list });
      await client.invalidateQueries({ queryKey: workerKeys.all });
    },
  });
}

export const useMerge = () => useDecision('duplicates.merge');
export const useUndoMerge = () => useDecision('duplicates.undoMerge');
export const useMarkDifferent = () => useDecision('duplicates.different');
export const useUndoDifferent = () => useDecision('duplicates.undoDifferent');
