import { CancelledError } from '../jobs/job-registry.ts';
import { isImportReadError } from './read/errors.ts';

// A worker's read failure as the pipeline reports it.

/** A read failure (bad file, limit, cancel) as the AppError the user sees. */
export function asAppError(error: unknown): unknown {
  if (isImportReadError(error)) {
    if (error.code === 'CANCELLED') return new CancelledError();
    return error.toAppError();
  }
  return error;
}
