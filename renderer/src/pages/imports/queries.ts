import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportRegister } from '../../../../core/api/imports.ts';
import type { ApiError } from '../../../../core/api/result.ts';
import { ApiCallError, request } from '../../api/client.ts';

// Query keys and hooks of the import screen.
export const importKeys = {
  history: (register: ImportRegister) => ['imports.history', register] as const,
};

/** The employer register's queries all start with 'employers' (pages/employers/queries.ts). */
const employerPrefix = ['employers'] as const;

export const useImportHistory = (register: ImportRegister) => useQuery({ queryKey: importKeys.history(register), queryFn: () => request('imports.history', { register }) });

/** After a commit or an undo: the history and every employer view refetch. */
export function useRefreshAfterWrite(register: ImportRegister) {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: importKeys.history(register) }), client.invalidateQueries({ queryKey: employerPrefix })]);
}

/** Starts the undo of a whole import: the call returns its job (useJob follows it). */
export function useStartUndo() {
  return useMutation({ mutationFn: (batchUid: string) => request('imports.undo', { batchUid }) });
}

/** The coded error of a failed call, or one made from whatever was thrown. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  return { code: 'INTERNAL', message: 'Terjadi kesalahan di aplikasi; tidak ada data yang berubah.', messageEn: 'Something went wrong in the app; no data was changed.' };
}
