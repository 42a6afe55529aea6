import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfficeProfileInput } from '../../../core/api/office-profile.ts';
import { request } from './client.ts';

// Query keys and hooks over the contract, one place per channel family.
export const keys = {
  officeProfile: ['settings.officeProfile'] as const,
};

export const useOfficeProfile = () => useQuery({ queryKey: keys.officeProfile, queryFn: () => request('settings.officeProfile.get', {}) });

export function useSaveOfficeProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OfficeProfileInput) => request('settings.officeProfile.save', input),
    onSuccess: (profile) => client.setQueryData(keys.officeProfile, profile),
  });
}
