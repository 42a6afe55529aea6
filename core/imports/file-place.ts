import type { LocalizedText } from '../api/localized-text.ts';

// Where in a file a message is about: 'Berkas "data.xlsx", lembar "Data"'. A CSV has no
// sheets, so it is named alone.

export interface FilePlace {
  fileName: string;
  /** The sheet's name, when known (ignored for a CSV). */
  sheet?: string | null | undefined;
  /** The reader's format ('csv', 'xlsx', ...), when known. */
  format?: string | null | undefined;
}

export function placeText(place: FilePlace): LocalizedText {
  const sheet = place.format !== 'csv' && place.sheet ? place.sheet : null;
  return {
    id: `Berkas "${place.fileName}"${sheet ? `, lembar "${sheet}"` : ''}`,
    en: `File "${place.fileName}"${sheet ? `, sheet "${sheet}"` : ''}`,
  };
}

/** Header texts as a short quoted list: the first `max`, then how many more. */
export function headerList(names: readonly string[], max = 12): LocalizedText {
  const shown = names.filter((n) => n !== '');
  const list = shown.slice(0, max).map((n) => `"${n.length > 40 ? `${n.slice(0, 40)}…` : n}"`).join(', ');
  const more = shown.length - Math.min(shown.length, max);
  return {
    id: more > 0 ? `${list}, dan ${more} lainnya` : list,
    en: more > 0 ? `${list}, and ${more} more` : list,
  };
}
