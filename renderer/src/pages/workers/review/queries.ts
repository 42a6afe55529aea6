import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../api/client.ts';
import { workerKeys } from '../queries.ts';

// The identity review's queries, under the worker register's prefix: an import or an undo
// (which refresh the register) refresh the review list too.
export const reviewKeys = { list: (show: 'open' | 'resolved') => [...workerKeys.all, 'identityReviews', show] as const };

export const useIdentityReviews = (show: 'open' | 'resolved') => useQuery({ queryKey: reviewKeys.list(show), queryFn: () => request('workers.identityReviews', { show }) });

export function useResolveIdentityReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { uid: string; action: 'useFile' | 'keepRegister' }) => request('workers.resolveIdentityReview', input),
    onSuccess: () => client.invalidateQueries({ queryKey: workerKeys.all }),
  });
}
