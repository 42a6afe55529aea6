// The one shape that crosses every boundary (IPC, HTTP, CLI): never an exception.

export type ErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  /** Bahasa Indonesia first; the renderer may also translate by `code`. */
  message: string;
  messageEn: string;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** One validation problem, with the field path and an i18n key (see renderer/src/i18n). */
export interface FieldIssue {
  path: string;
  messageKey: string;
}
