// The words of a name as the quick search reads them (person_word and employer_word, migrations
// 0025 and 0028): its folded form split at anything that is not a letter or a digit, each word
// once. Registered on every connection (name_words, name_has_prefixes): the word tables'
// triggers call the first.

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
 * A register's name words and their totals (`<table>_word`, `<table>_word_total`) as their
 * migration fills them (0025 for the people, 0028 for the employers), and the triggers that keep
 * them: a write of many records drops the triggers and refills both tables once (derived-rebuild.ts).
 */
export function nameWordRows(table: 'person' | 'employer') {
  return {
    triggers: ['insert', 'delete', 'rename', 'status'].map((what) => `${table}_word_${what}`),
    refill: [
      `DELETE FROM ${table}_word`,
      `INSERT INTO ${table}_word (word, name_fold, id, record_status) SELECT j.value, r.name_fold, r.id, r.record_status FROM ${table} r, json_each(name_words(r.name_fold)) j ORDER BY 1, 2, 3`,
      `DELETE FROM ${table}_word_total`,
      `INSERT INTO ${table}_word_total (word, n) SELECT word, count(*) FROM ${table}_word GROUP BY word`,
    ],
  } as const;
}

export const personWordRows = nameWordRows('person');
export const employerWordRows = nameWordRows('employer');
