import { foldName } from '../../api/fold-name.ts';

// Names as the duplicate review compares them. Balinese names open with a birth-order name
// (Wayan, Putu, Gede, Made, Kadek, Nyoman, Komang, Ketut ...), the I/Ni of men and women, and
// for the gentry a caste title (Ida Bagus, Anak Agung, I Gusti Ngurah, Dewa, Desak ...). Lists
// drop or vary these freely ("I Made Sudarsana", "Made Sudarsana", "Md. Sudarsana"), and they
// say little about who someone is: thousands in one kabupaten are "I Made ...". So the leading
// run of such words is set aside and the rest (the given name) is what is compared. Old Dutch
// spellings (oe, dj, tj) are read as today's (u, j, c), as "Soedarsana" is "Sudarsana".

const prefixes = new Set([
  'i', 'ni', 'luh',
  'wayan', 'wy', 'putu', 'pt', 'gede', 'gde', 'gd', 'made', 'md', 'kadek', 'kd', 'nengah', 'ngh', 'nyoman', 'ny', 'komang', 'kmg', 'km', 'ketut', 'kt', 'ktt',
  'ida', 'bagus', 'ib', 'ayu', 'anak', 'agung', 'aa', 'gusti', 'gst', 'ngurah', 'ngr', 'dewa', 'dw', 'desak', 'dsk', 'istri', 'cokorda', 'cok', 'sang', 'si',
]);

const modernSpelling = (word: string) => word.replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/sj/g, 'sy').replace(/nj/g, 'ny');

/**
 * The given name a duplicate is compared by: folded, without the leading birth-order and caste
 * words, in today's spelling. A name made only of such words ("Ni Made Ayu") keeps its last.
 */
export function nameCore(name: string): string {
  const words = foldName(name).split(' ').filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && prefixes.has(words[start]!)) start += 1;
  return words.slice(start).map(modernSpelling).join(' ');
}

/**
 * Jaro-Winkler similarity (Winkler's prefix of up to 4 letters, weight 0.1), 0..1.
 *
 * Written here rather than taken from cmpstr 3.3.0, which the project installed for it: there
 * its results depend on what ran before. Its buffer pool can hand the two match arrays of one
 * comparison out as the same array (reported upstream as komed3/cmpstr#152), and its result
 * cache is keyed by 32-bit string hashes without comparing the strings: a scan of a million
 * people proposed a different set of pairs on each run. The algorithm is short; the unit test
 * pins it to the published values (Winkler 1990).
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length === 0) return 0;
  const window = Math.max(0, Math.floor(t.length / 2) - 1);
  const matchedT = new Uint8Array(t.length);
  const matchedS = new Uint8Array(s.length);
  let matches = 0;
  for (let i = 0; i < s.length; i += 1) {
    for (let j = Math.max(0, i - window), end = Math.min(t.length, i + window + 1); j < end; j += 1) {
      if (!matchedT[j] && s[i] === t[j]) {
        matchedS[i] = 1;
        matchedT[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, k = 0; i < s.length; i += 1) {
    if (!matchedS[i]) continue;
    while (!matchedT[k]) k += 1;
    if (s[i] !== t[k]) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / s.length + matches / t.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < s.length && s[prefix] === t[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * How alike two given names are, 0..1 (Jaro-Winkler: it forgives a changed letter near the
 * end, "Sudarsana"/"Sudarsane", more than one at the start). Words in another order
 * ("Sudarsana Putra"/"Putra Sudarsana") count as the same.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const direct = jaroWinkler(a, b);
  if (!a.includes(' ') && !b.includes(' ')) return direct;
  const sorted = (s: string) => s.split(' ').sort().join(' ');
  return Math.max(direct, jaroWinkler(sorted(a), sorted(b)));
}
