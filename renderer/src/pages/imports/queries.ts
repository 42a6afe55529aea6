import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportRegister } from '../../../../core/api/imports.ts';
import type { ApiError } from '../../../../core/api/result.ts';
import { ApiCallError, request } from '../../api/client.ts';
import type { ImportScreenConfig } from './import-screen-config.ts';

// Query keys and hooks of the import screens.
export const importKeys = {
  history: (register: ImportRegister) => ['imports.history', register] as const,
};

export const useImportHistory = (register: ImportRegister) => useQuery({ queryKey: importKeys.history(register), queryFn: () => request('imports.history', { register }) });

/** After a commit or an undo: the history and every query showing the register's records refetch. */
export function useRefreshAfterWrite(config: ImportScreenConfig) {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: importKeys.history(config.register) }), ...config.refreshKeys.map((queryKey) => client.invalidateQueries({ queryKey }))]);
}

/** Starts the check of what an undo would meet: the call returns its job (useJob follows it). */
export function useStartUndoCheck() {
  return useMutation({ mutationFn: (batchUid: string) => request('imports.undoCheck', { batchUid }) });
}

/** Starts the undo of a whole batch with the user's choice for records edited since. */
export function useStartUndo() {
  return useMutation({ mutationFn: (input: { batchUid: string; edited: 'keep' | 'revert' }) => request('imports.undo', input) });
}

/** The coded error of a failed call, or one made from whatever was thrown. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  return { code: 'INTERNAL', message: 'Terjadi kesalahan di aplikasi; tidak ada data yang berubah.', messageEn: 'Something went wrong in the app; no data was changed.' };
}
