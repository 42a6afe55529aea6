import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client.ts';

// Beranda's own reads (core/home); the rest of the page uses the other screens' queries, so
// their caches are shared and a page opened from here shows at once.

export const homeKeys = {
  recentImports: ['home', 'recentImports'] as const,
  backupState: ['home', 'backupState'] as const,
};

export const useRecentImports = () => useQuery({ queryKey: homeKeys.recentImports, queryFn: () => request('home.recentImports', { limit: 5 }) });
export const useBackupState = () => useQuery({ queryKey: homeKeys.backupState, queryFn: () => request('home.backupState', {}) });
