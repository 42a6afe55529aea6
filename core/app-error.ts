import type { ErrorCode } from './api/result.ts';

/** A failure a service expects and the user can act on; the router turns it into a Result. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly messageEn: string;
  readonly details: unknown;
  constructor(code: ErrorCode, message: { id: string; en: string }, details?: unknown) {
    super(message.id);
    this.code = code;
    this.messageEn = message.en;
    this.details = details;
  }
}

export const invalidInput = (message: { id: string; en: string }, details?: unknown) =>
  new AppError('INVALID_INPUT', message, details);
export const notFound = (what: { id: string; en: string }, details?: unknown) =>
  new AppError('NOT_FOUND', { id: `${what.id} tidak ditemukan.`, en: `${what.en} not found.` }, details);
