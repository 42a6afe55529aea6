import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/client.ts';

// A screen's remembered choice in settings.ui (the column layout of a register, …), read once
// and kept in the query cache; a save updates the cache so the screen does not read it back.

const uiSettingKey = (key: string) => ['settings.ui', key] as const;

export const useUiSetting = (key: string) => useQuery({ queryKey: uiSettingKey(key), queryFn: () => request('settings.ui.get', { key }), staleTime: Infinity });

export function useSaveUiSetting(key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (value: string) => request('settings.ui.set', { key, value }),
    onSuccess: (_r, value) => client.setQueryData(uiSettingKey(key), value),
  });
}
