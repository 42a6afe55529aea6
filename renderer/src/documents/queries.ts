import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/client.ts';

// Query keys and hooks of the documents of one record; everything under ['documents'].
export const documentKeys = {
  all: ['documents'] as const,
  of: (entity: string, entityUid: string) => ['documents', 'list', entity, entityUid] as const,
  search: (query: string, entity?: string, entityUid?: string) => ['documents', 'search', query, entity ?? '', entityUid ?? ''] as const,
};

export const useDocuments = (entity: string, entityUid: string) =>
  useQuery({ queryKey: documentKeys.of(entity, entityUid), queryFn: () => request('documents.list', { entity, entityUid }) });

/** Pages whose text holds the words typed (all records when no entity is given). */
export const useDocumentSearch = (query: string, scope: { entity?: string; entityUid?: string } = {}) =>
  useQuery({
    queryKey: documentKeys.search(query, scope.entity, scope.entityUid),
    queryFn: () => request('documents.search', { query, limit: 20, ...scope }),
    enabled: query.trim().length >= 2,
  });

export function useAttachDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { entity: string; entityUid: string; fileToken: string }) => request('documents.attach', input),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}

export function useRemoveDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (linkUid: string) => request('documents.remove', { linkUid }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}

export function useVerifyDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (documentUid: string) => request('documents.verify', { documentUid }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
