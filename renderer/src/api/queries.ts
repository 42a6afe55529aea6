import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SetupInput } from '../../../core/api/reference.ts';
import { dayInZone, type OfficeProfileInput, type TimeZoneCode } from '../../../core/api/office-profile.ts';
import { request } from './client.ts';

// Query keys and hooks over the contract, one place per channel family.
export const keys = {
  officeProfile: ['settings.officeProfile'] as const,
  setupStatus: ['setup.status'] as const,
  regionChildren: (parentCode: string | null) => ['regions.children', parentCode] as const,
  regionsWithin: (code: string | null, level: 3 | 4) => ['regions.within', code, level] as const,
  sources: ['reference.sources'] as const,
};

export const useOfficeProfile = () => useQuery({ queryKey: keys.officeProfile, queryFn: () => request('settings.officeProfile.get', {}) });
/** The office's time zone, in which its timestamps are shown and its days counted (WITA until the profile is read). */
export const useOfficeZone = (): TimeZoneCode => useOfficeProfile().data?.timeZone ?? 'WITA';
/** Today's date at the office, 'YYYY-MM-DD'. */
export const useOfficeToday = (): string => dayInZone(useOfficeZone());
/** This year at the office: a new target's, programme's or award cycle's first guess. */
export const useOfficeYear = (): number => Number(useOfficeToday().slice(0, 4));
export const useSetupStatus = () => useQuery({ queryKey: keys.setupStatus, queryFn: () => request('setup.status', {}) });
export const useRegionChildren = (parentCode: string | null, enabled = true) =>
  useQuery({ queryKey: keys.regionChildren(parentCode), queryFn: () => request('regions.children', { parentCode }), enabled, staleTime: Infinity });
/** Every kecamatan or desa inside an area (the grids' set filters). */
export const useRegionsWithin = (code: string | null, level: 3 | 4) =>
  useQuery({ queryKey: keys.regionsWithin(code, level), queryFn: () => request('regions.within', { code: code!, level }), enabled: code !== null, staleTime: Infinity });
export const useReferenceSources = () => useQuery({ queryKey: keys.sources, queryFn: () => request('reference.sources', {}) });

export function useSaveOfficeProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OfficeProfileInput) => request('settings.officeProfile.save', input),
    onSuccess: (profile) => client.setQueryData(keys.officeProfile, profile),
  });
}

export function useCompleteSetup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => request('setup.complete', input),
    onSuccess: async (profile) => {
      client.setQueryData(keys.officeProfile, profile);
      await client.invalidateQueries({ queryKey: keys.setupStatus });
    },
  });
}
