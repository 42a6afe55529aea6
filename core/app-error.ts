import type { ApiError, ErrorCode } from './api/result.ts';
import type { Message } from './api/messages/message.ts';
import { msg, renderBoth } from './messages.ts';

/** A failure a service expects and the user can act on; the router turns it into a Result. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly messageEn: string;
  /** The coded message (key and parameters): what the renderer looks up in its language. */
  readonly said: Message;
  readonly details: unknown;
  constructor(code: ErrorCode, said: Message, details?: unknown) {
    const text = renderBoth(said);
    super(text.id);
    this.code = code;
    this.messageEn = text.en;
    this.said = said;
    this.details = details;
  }
}

export const invalidInput = (message: Message, details?: unknown) => new AppError('INVALID_INPUT', message, details);
/** `what` names the thing in words ("Data perusahaan"). */
export const notFound = (what: Message, details?: unknown) => new AppError('NOT_FOUND', msg('errors.notFound', { what }), details);

/** The failure as it crosses a boundary: the coded message, and its words for hosts without the catalogues. */
export function apiError(code: ErrorCode, said: Message, details?: unknown): ApiError {
  const text = renderBoth(said);
  return { code, message: text.id, messageEn: text.en, said, ...(details === undefined ? {} : { details }) };
}
