import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AuthStatus } from '../../../core/api/accounts.ts';
import type { Permission } from '../../../core/api/channel.ts';
import { request } from './client.ts';

// Who is signed in, what they may do, and whether the screen is locked: one query every part
// of the screen reads. A call refused for want of a sign-in (a lock by another tab, a restart
// of lindung serve) makes it read again (client.ts sends the event).

export const authKey = ['auth.status'] as const;
export const authChangedEvent = 'lindung:auth-changed';

export const useAuthStatus = () => useQuery({ queryKey: authKey, queryFn: () => request('auth.status', {}), staleTime: Infinity });

/** Puts a new status (from a sign-in, unlock, …) in place; a sign-in of another user drops what the last one saw. */
export function useSetAuthStatus() {
  const client = useQueryClient();
  return (status: AuthStatus) => {
    const before = client.getQueryData<AuthStatus>(authKey);
    if (before?.user?.uid !== status.user?.uid) client.removeQueries({ predicate: (q) => q.queryKey[0] !== authKey[0] });
    client.setQueryData(authKey, status);
  };
}

/** Reads the status again when any call was refused as unauthenticated. */
export function useAuthRefresh() {
  const client = useQueryClient();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: authKey });
    window.addEventListener(authChangedEvent, refresh);
    return () => window.removeEventListener(authChangedEvent, refresh);
  }, [client]);
}

/** True when the signed-in user may do this: the screen hides what they cannot. */
export function useCan(permission: Permission): boolean {
  const status = useAuthStatus().data;
  return permission === 'public' || (status?.permissions.includes(permission) ?? false);
}

/** The check itself, for lists of screens or actions. */
export function usePermissionCheck(): (permission: Permission) => boolean {
  const permitted = useAuthStatus().data?.permissions;
  return (permission) => permission === 'public' || (permitted?.includes(permission) ?? false);
}
