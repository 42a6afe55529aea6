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

/**
 * person_word and its totals as migration 0025 fills them, and the triggers that keep them:
 * a write of many people drops the triggers and refills both tables once (derived-rebuild.ts).
 */
export const personWordRows = {
  triggers: ['person_word_insert', 'person_word_delete', 'person_word_rename', 'person_word_status'],
  refill: [
    'DELETE FROM person_word',
    'INSERT INTO person_word (word, name_fold, id, record_status) SELECT j.value, p.name_fold, p.id, p.record_status FROM person p, json_each(name_words(p.name_fold)) j ORDER BY 1, 2, 3',
    'DELETE FROM person_word_total',
    'INSERT INTO person_word_total (word, n) SELECT word, count(*) FROM person_word GROUP BY word',
  ],
} as const;
