import { CmpStr } from 'cmpstr';
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

const jaroWinkler = CmpStr.create().setMetric('jaroWinkler');

/**
 * How alike two given names are, 0..1 (Jaro-Winkler from cmpstr: it forgives a changed letter
 * near the end, "Sudarsana"/"Sudarsane", more than one at the start). Words in another order
 * ("Sudarsana Putra"/"Putra Sudarsana") count as the same.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const direct = jaroWinkler.compare(a, b) as number;
  if (!a.includes(' ') && !b.includes(' ')) return direct;
  const sorted = (s: string) => s.split(' ').sort().join(' ');
  return Math.max(direct, jaroWinkler.compare(sorted(a), sorted(b)) as number);
}
