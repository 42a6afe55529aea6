import type { Message, MessageParam } from '../api/messages/message.ts';
import { msg } from '../messages.ts';

// Where in a file a message is about: 'Berkas "data.xlsx", lembar "Data"'. A CSV has no
// sheets, so it is named alone.

export interface FilePlace {
  fileName: string;
  /** The sheet's name, when known (ignored for a CSV). */
  sheet?: string | null | undefined;
  /** The reader's format ('csv', 'xlsx', ...), when known. */
  format?: string | null | undefined;
}

export function placeText(place: FilePlace): Message {
  const sheet = place.format !== 'csv' && place.sheet ? place.sheet : null;
  return sheet ? msg('imports.place.sheet', { file: place.fileName, sheet }) : msg('imports.place.file', { file: place.fileName });
}

/** Header texts as a short quoted list: the first `max`, then how many more. */
export function headerList(names: readonly string[], max = 12): MessageParam {
  const shown = names.filter((n) => n !== '');
  const list = shown.slice(0, max).map((n) => `"${n.length > 40 ? `${n.slice(0, 40)}…` : n}"`).join(', ');
  const more = shown.length - Math.min(shown.length, max);
  return more > 0 ? msg('imports.moreHeaders', { list, count: more }) : list;
}
