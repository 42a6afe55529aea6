import type { MessageParam } from '../api/messages/message.ts';
import { msg } from '../messages.ts';

/** Labels (messages) as one "A, B, C" parameter, in whatever language it is said. */
export function labelList(labels: readonly MessageParam[], quote = false): MessageParam {
  const items = quote ? labels.map((text) => msg('imports.quoted', { text })) : labels;
  return items.reduce<MessageParam | null>((a, b) => (a === null ? b : msg('imports.listOf', { a, b })), null) ?? '';
}
