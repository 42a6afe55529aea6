import { useQuery } from '@tanstack/react-query';
import type { JobState } from '../../../core/api/jobs.ts';
import { request } from '../api/client.ts';

/**
 * A long job (dry run, commit, undo, export) polled every 200 ms until it ends. `start` is the
 * JobState the starting call returned, so the first frame shows without waiting for a poll.
 */
export function useJob(start: JobState | null) {
  return useQuery({
    queryKey: ['jobs.get', start?.id ?? 'none'],
    queryFn: () => request('jobs.get', { jobId: start!.id }),
    enabled: start !== null,
    initialData: start ?? undefined,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.status !== 'error' && query.state.data?.status === 'running' ? 200 : false),
    staleTime: (query) => (query.state.data?.status === 'running' ? 0 : Infinity),
  });
}
