import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../api/client.ts';
import { workerKeys } from '../queries.ts';

// The identity review's queries, under the worker register's prefix: an import or an undo
// (which refresh the register) refresh the review list too.
export const reviewKeys = { list: (show: 'open' | 'resolved', page: number) => [...workerKeys.all, 'identityReviews', show, page] as const };

/** One page of the list; the page before stays on screen while the next loads. */
export const useIdentityReviews = (show: 'open' | 'resolved', page = 0) =>
  useQuery({ queryKey: reviewKeys.list(show, page), queryFn: () => request('workers.identityReviews', { show, page }), placeholderData: keepPreviousData });

export function useResolveIdentityReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { uid: string; action: 'useFile' | 'keepRegister' }) => request('workers.resolveIdentityReview', input),
    onSuccess: () => client.invalidateQueries({ queryKey: workerKeys.all }),
  });
}
