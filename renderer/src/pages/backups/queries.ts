import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupSettings } from '../../../../core/api/backups.ts';
import { request } from '../../api/client.ts';

// Query keys and hooks of the backups screen.
export const backupKeys = {
  overview: ['backups.list'] as const,
  preview: (file: string | null) => ['backups.restorePreview', file] as const,
};

export const useBackupOverview = () => useQuery({ queryKey: backupKeys.overview, queryFn: () => request('backups.list', {}) });

export const useRestorePreview = (file: string | null) =>
  useQuery({ queryKey: backupKeys.preview(file), queryFn: () => request('backups.restorePreview', { file: file! }), enabled: file !== null, staleTime: 0, gcTime: 0 });

export function useSaveBackupSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BackupSettings) => request('backups.settings.save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.overview }),
  });
}

export function useRestore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: string; confirm: string }) => request('backups.restore', input),
    // Another database is open now: every screen's data is read again.
    onSuccess: () => client.invalidateQueries(),
  });
}
