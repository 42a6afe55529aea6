import type { LocalizedText } from '../../api/localized-text.ts';
import type { Message } from '../../api/messages/message.ts';
import type { NikIssue, NikIssueCode } from '../../api/nik.ts';
import { renderBoth } from '../../messages.ts';

/**
 * One finding about a NIK, its words rendered the first time they are read: an import reads a
 * million NIKs and shows the words of a few hundred (rendering each in both languages was a
 * twenty-fifth of a worker list's check). JSON and a worker's message read the words as a value.
 */
export function nikIssue<C extends NikIssueCode>(code: C, said: Message): NikIssue & { code: C } {
  let words: LocalizedText | undefined;
  return {
    code,
    said,
    get message() {
      return (words ??= renderBoth(said));
    },
  };
}
