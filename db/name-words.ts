// The words of a name as the quick search reads them (person_word, migration 0025): its folded
// form split at anything that is not a letter or a digit, each word once. Registered on every
// connection (name_words, name_has_prefixes): person_word's triggers call the first.

const splitWords = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The distinct words of a folded name, as a JSON array (for json_each in the triggers). */
export function nameWordsJson(nameFold: unknown): string {
  return JSON.stringify(typeof nameFold === 'string' ? [...new Set(splitWords(nameFold))] : []);
}

/** 1 when every word of `prefixes` (space-separated) starts some word of the folded name. */
export function nameHasPrefixes(nameFold: unknown, prefixes: unknown): number {
  if (typeof nameFold !== 'string' || typeof prefixes !== 'string') return 0;
  const words = splitWords(nameFold);
  return prefixes.split(' ').every((p) => p === '' || words.some((w) => w.startsWith(p))) ? 1 : 0;
}
