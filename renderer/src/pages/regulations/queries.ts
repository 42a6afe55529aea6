import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../core/api/contract.ts';
import { request } from '../../api/client.ts';

// Query keys and hooks of the regulation register, under one prefix: a save refreshes the
// grid's counts, the record, its relations' other sides and its history together.
export const regulationKeys = {
  all: ['regulations'] as const,
  detail: (uid: string) => ['regulations', 'detail', uid] as const,
  pick: (query: string, except: string) => ['regulations', 'pick', query, except] as const,
};

export const useRegulation = (uid: string) => useQuery({ queryKey: regulationKeys.detail(uid), queryFn: () => request('regulations.get', { uid }) });

/** The relation picker's list: the last answer stays while the next loads (an emptied list closed its dropdown under the pointer). */
export const useRegulationPick = (query: string, exceptUid: string) =>
  useQuery({ queryKey: regulationKeys.pick(query, exceptUid), queryFn: () => request('regulations.pick', { query, exceptUid }), placeholderData: keepPreviousData });

/** A write of the register: every query of it refreshes after. */
function useRegulationWrite<C extends 'regulations.save' | 'regulations.setStatus' | 'regulations.relations.add' | 'regulations.relations.remove' | 'regulations.commitments.save' | 'regulations.commitments.remove'>(channel: C) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (input: InputOf<C>) => request(channel, input), onSuccess: () => client.invalidateQueries({ queryKey: regulationKeys.all }) });
}

export const useSaveRegulation = () => useRegulationWrite('regulations.save');
export const useSetRegulationStatus = () => useRegulationWrite('regulations.setStatus');
export const useAddRelation = () => useRegulationWrite('regulations.relations.add');
export const useRemoveRelation = () => useRegulationWrite('regulations.relations.remove');
export const useSaveCommitment = () => useRegulationWrite('regulations.commitments.save');
export const useRemoveCommitment = () => useRegulationWrite('regulations.commitments.remove');

/** The programmes naming a record as legal basis (under the register's prefix: a commitment saved refreshes it). */
export const useRegulationProgrammes = (uid: string) => useQuery({ queryKey: ['regulations', 'programmes', uid], queryFn: () => request('regulations.programmes', { uid }) });

/** Words inside the regulations' documents (two letters at least). */
export const useRegulationDocumentSearch = (query: string) =>
  useQuery({ queryKey: ['regulations', 'documentSearch', query], queryFn: () => request('regulations.searchDocuments', { query, limit: 30 }), enabled: query.trim().length >= 2 });

/** Regulations to name as a programme's legal basis: by words of the title or the number. The last answer stays while the next one loads, so the list does not empty under the keyboard. */
export const useLegalBasisPick = (query: string) => useQuery({ queryKey: regulationKeys.pick(query, ''), queryFn: () => request('regulations.pick', { query }), placeholderData: keepPreviousData });
