import type { LocalizedText } from './api/localized-text.ts';
import { isMessage, type Message } from './api/messages/message.ts';
import type { ErrorCode } from './api/result.ts';
import { msg, renderBoth } from './messages.ts';

/** A failure a service expects and the user can act on; the router turns it into a Result. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly messageEn: string;
  /** The coded message (key and parameters): what the renderer looks up in its language. */
  readonly said: Message | null;
  readonly details: unknown;
  constructor(code: ErrorCode, message: Message | LocalizedText, details?: unknown) {
    const text = isMessage(message) ? renderBoth(message) : message;
    super(text.id);
    this.code = code;
    this.messageEn = text.en;
    this.said = isMessage(message) ? message : null;
    this.details = details;
  }
}

export const invalidInput = (message: Message | LocalizedText, details?: unknown) => new AppError('INVALID_INPUT', message, details);
/** `what` names the thing in words ("Data perusahaan"). */
export const notFound = (what: Message, details?: unknown) => new AppError('NOT_FOUND', msg('errors.notFound', { what }), details);
