import { foldText } from '../../db/fold.ts';

// What a clerk types to find a regulation, as an FTS5 MATCH expression for the register's quick
// search and the relation picker. A regulation is cited by its number and year in many ways:
// "48/2023", "48 2023", "No. 48 Tahun 2023", "Perbup 48/2023", "560/101/2023". The shared
// ftsMatchQuery reads digits typed with slashes as one number (an NPWP), "482023", which no
// regulation holds; here the words "nomor"/"no"/"tahun"/"thn" before a number are dropped and
// a run of numbers is one NEAR group (each number whole, the last one a prefix while typing):
// the metadata index holds "<nomor> <tahun>" side by side, a document's text "Nomor 48 Tahun
// 2023" with one word between. Other words stay quoted prefixes, all required, as elsewhere.

/** Words that only announce the number or the year that follows them. */
const numberWords = new Set(['no', 'nomor', 'nmr', 'tahun', 'thn', 'th']);
const isNumber = (word: string) => /^\p{N}+$/u.test(word);
/** Tokens allowed between the numbers of a run: "48 tahun 2023", "560 101 tahun 2023". */
const nearDistance = 2;
const maxTerms = 8;

export function regulationMatchQuery(term: string): string | null {
  const words = (foldText(term) ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kept = words.filter((w, i) => !(numberWords.has(w) && i + 1 < words.length && isNumber(words[i + 1]!)));
  const terms: string[] = [];
  for (let i = 0; i < kept.length && terms.length < maxTerms; ) {
    let end = i;
    while (end < kept.length && isNumber(kept[end]!)) end++;
    if (end - i >= 2) {
      const run = kept.slice(i, end);
      terms.push(`NEAR(${run.map((n, k) => (k === run.length - 1 ? `"${n}"*` : `"${n}"`)).join(' ')}, ${nearDistance})`);
      i = end;
    } else {
      terms.push(`"${kept[i]}"*`);
      i++;
    }
  }
  return terms.length ? terms.join(' ') : null;
}
