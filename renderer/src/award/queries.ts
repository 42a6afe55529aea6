import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CycleDetail } from '../../../core/api/award.ts';
import type { InputOf } from '../../../core/api/contract.ts';
import { downloadFile, request } from '../api/client.ts';

// The award channels through TanStack Query. Every write answers with the whole cycle: it is
// put in place at once (the page redraws from one source) and the list's completeness follows.

export const awardKeys = {
  all: ['award'] as const,
  cycles: ['award', 'cycles'] as const,
  cycle: (uid: string) => ['award', 'cycle', uid] as const,
  owners: ['award', 'owners'] as const,
};

export const useCycles = () => useQuery({ queryKey: awardKeys.cycles, queryFn: () => request('award.cycles.list', {}) });
/** The active accounts an evidence item's owner can be picked from. */
export const useOwners = () => useQuery({ queryKey: awardKeys.owners, queryFn: () => request('award.owners', {}) });
export const useCycle = (uid: string) => useQuery({ queryKey: awardKeys.cycle(uid), queryFn: () => request('award.cycles.get', { uid }) });

type CycleWrite =
  | 'award.cycles.save'
  | 'award.rubric.copy'
  | 'award.rubric.saveAspect'
  | 'award.rubric.removeAspect'
  | 'award.rubric.saveIndicator'
  | 'award.rubric.removeIndicator'
  | 'award.rubric.import'
  | 'award.evidence.save'
  | 'award.evidence.remove'
  | 'award.evidence.approve'
  | 'award.selfAssessment.save'
  | 'award.briefPoints.save'
  | 'award.approve'
  | 'award.withdraw';

/** A write of a cycle: its answer replaces the cycle on screen; the list is read again. */
export function useCycleWrite<C extends CycleWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => request(channel, input) as Promise<CycleDetail>,
    onSuccess: async (cycle) => {
      client.setQueryData(awardKeys.cycle(cycle.uid), cycle);
      await client.invalidateQueries({ queryKey: awardKeys.cycles });
    },
    // A refusal may come from a change made elsewhere (the cycle approved in another window):
    // the page reads the cycle again and shows its lock behind the message.
    onError: () => client.invalidateQueries({ queryKey: awardKeys.all }),
  });
}

/** A file the backend made (rubric, self-assessment, brief), handed to the download or the save dialog. */
export function useAwardFile<C extends 'award.rubric.export' | 'award.selfAssessment.export' | 'award.brief'>(channel: C) {
  return useMutation({
    mutationFn: async (input: InputOf<C>) => {
      const made = (await request(channel, input)) as { token: string; fileName: string };
      const saved = await downloadFile(made.token, made.fileName);
      return { fileName: made.fileName, saved };
    },
  });
}
