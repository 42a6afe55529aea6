import type { MessageKey } from '../core/api/messages/catalogue.ts';
import type { MessageParam } from '../core/api/messages/message.ts';
import { msg, render } from '../core/messages.ts';

// The command line says its help and its short notices in both languages on one line,
// "Indonesian / English", each from the catalogue (cliHelp.*).

export function bothWays(key: MessageKey, params?: Record<string, MessageParam>): string {
  const said = msg(key, params);
  return `${render(said, 'id')} / ${render(said, 'en')}`;
}
