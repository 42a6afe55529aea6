import type { Message } from './messages/message.ts';

// The one shape that crosses every boundary (IPC, HTTP, CLI): never an exception.

export type ErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  /** In words, Bahasa Indonesia and English (for hosts without the catalogues: CLI, logs). */
  message: string;
  messageEn: string;
  /** The coded message the renderer looks up in the language on screen (messages/catalogue.ts). */
  said?: Message;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** One validation problem, with the field path and an i18n key (see renderer/src/i18n). */
export interface FieldIssue {
  path: string;
  messageKey: string;
}
