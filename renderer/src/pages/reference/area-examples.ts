import type { RegionItem } from '../../../../core/api/reference.ts';

// The area checker's example buttons, from the office's own area: a kecamatan as a clerk types
// it ("Kec. …", in capitals, by code, misspelt), a desa or kelurahan in it, and a second
// kecamatan's bare name. An office in Jembrana saw Badung's names, which its area never finds.

/** The name with one vowel dropped from its last word ("Kuta Utara" → "Kuta Utra"): a typo the checker should still suggest. */
export function misspelt(name: string): string {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  const vowels = [...last].flatMap((c, i) => (/[aeiou]/i.test(c) ? [i] : []));
  if (last.length < 5 || vowels.length < 2) return `${name}${name.at(-1) ?? ''}`;
  const drop = vowels.at(-2)!;
  words[words.length - 1] = last.slice(0, drop) + last.slice(drop + 1);
  return words.join(' ');
}

/** Example texts for the area checker, from the area's kecamatan (in code order) and the first one's desa/kelurahan. */
export function areaExamples(kecamatan: readonly RegionItem[], villages: readonly RegionItem[]): string[] {
  const [first, second] = kecamatan;
  if (!first) return [];
  const village = villages[0];
  const examples = [
    `Kec. ${first.name}`,
    first.name.toUpperCase(),
    first.code,
    village ? `${village.kind === 'kelurahan' ? 'Kel.' : 'Desa'} ${village.name}` : null,
    misspelt(first.name),
    second?.name ?? null,
  ];
  return [...new Set(examples.filter((x): x is string => x !== null))];
}
