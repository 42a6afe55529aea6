import type { LocalizedText } from '../../api/localized-text.ts';
import { relationKinds } from '../../api/regulation-kinds.ts';
import { dayText } from '../../exports/export-cells.ts';
import { inBoth, msg, render } from '../../messages.ts';

// A regulation's relations and commitments are kept in its change log as lines of Indonesian
// words ("mencabut Perbup … No. 48 Tahun 2023", "Target cakupan · 2025 · 1.200 orang"), as they
// were written. Shown in English, each line's leading words are put in English and its days as
// days: "revokes Perbup …" (walk 32 read "— → mencabut …" in an English history).

const commitmentKinds = ['target', 'anggaran', 'kategori', 'sumber_dana', 'kewajiban'] as const;

/** Indonesian phrase → its English, longest first ("mencabut sebagian" before "mencabut"). */
const phrases: [string, string][] = [
  ...relationKinds.flatMap((k) => [`regulations.relation.${k}`, `regulations.relationReverse.${k}`] as const),
  ...commitmentKinds.map((k) => `regulations.commitmentKind.${k}` as const),
]
  .map((key): [string, string] => [render(msg(key), 'id'), render(msg(key), 'en')])
  .sort((a, b) => b[0].length - a[0].length);

const isoDay = /\b\d{4}-\d{2}-\d{2}\b/g;
const people = /^([\d.]+) orang$/;

function lineInEnglish(line: string): string {
  const parts = line.split(' · ');
  const first = parts[0] ?? '';
  const phrase = phrases.find(([id]) => first === id || first.startsWith(`${id} `));
  if (phrase) parts[0] = phrase[1] + first.slice(phrase[0].length);
  return parts.map((p) => p.replace(people, (_, n: string) => `${n.replaceAll('.', ',')} people`)).join(' · ');
}

/** The lines of a regulation's relations or commitments in each language. */
export function regulationLinesInWords(value: unknown): LocalizedText {
  const lines = String(value ?? '').split('\n');
  return inBoth((language) => lines.map((l) => (language === 'en' ? lineInEnglish(l) : l).replace(isoDay, dayText)).join('\n'));
}
