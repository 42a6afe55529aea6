import type { ServiceContext } from '../context.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { isImportReadError } from './read/errors.ts';

// Between an uploaded (staged) file and the worker that reads it.

/** Where a staged file is: its path, name, size and hash. */
export const stagedFile = (ctx: ServiceContext, token: string) => ctx.runtime.files.staged(token);

/** A read failure (bad file, limit, cancel) as the AppError the user sees. */
export function asAppError(error: unknown): unknown {
  if (isImportReadError(error)) {
    if (error.code === 'CANCELLED') return new CancelledError();
    return error.toAppError();
  }
  return error;
}
