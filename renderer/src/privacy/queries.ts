import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PrivacySettings, ReportFormat } from '../../../core/api/privacy.ts';
import { downloadFile, request } from '../api/client.ts';

// The office's privacy settings and the person's data report, through their channels.

const privacyKey = ['privacy', 'settings'] as const;

export const usePrivacySettings = () => useQuery({ queryKey: privacyKey, queryFn: () => request('privacy.settings', {}), staleTime: 60_000 });

export function useSavePrivacySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: PrivacySettings) => request('privacy.saveSettings', settings),
    onSuccess: (saved) => client.setQueryData(privacyKey, saved),
  });
}

/** Makes the report (audited in core) and hands its file to the browser's download or Electron's save dialog. */
export function usePersonReport() {
  return useMutation({
    mutationFn: async ({ uid, format }: { uid: string; format: Exclude<ReportFormat, 'text'> }) => {
      const made = await request('workers.report', { uid, formats: [format] });
      const file = made.files[0]!;
      const saved = await downloadFile(file.token, file.fileName);
      return { fileName: file.fileName, saved };
    },
  });
}
