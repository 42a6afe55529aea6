import { foldText } from '../../../db/fold.ts';
import { stmt } from '../../../db/statements.ts';
import type { ServiceContext } from '../../context.ts';

// The area of a coverage input's row: a Kemendagri code ("51.04", "5104") or a region's name as
// BPS tables and BPJS reports write it ("Gianyar", "Kab. Gianyar", "Kota Denpasar", "Bali").
// A name without a kind word means the highest level that has it (the kabupaten Gianyar, not
// its kecamatan); names inside the office's province come first. Cached per import run.

const kindLevels: [RegExp, number[]][] = [
  [/^(?:provinsi|prov)\s+/, [1]],
  [/^(?:kabupaten|kab|kota|kodya)\s+/, [2]],
  [/^(?:kecamatan|kec)\s+/, [3]],
  [/^(?:desa|ds|kelurahan|kel)\s+/, [4]],
];

const squash = (s: string) => (foldText(s) ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export type AreaLookup = (text: string) => string | null;

export function areaLookup(ctx: ServiceContext, officeArea: string | null): AreaLookup {
  const cache = new Map<string, string | null>();
  const byName = stmt(ctx.sqlite, 'SELECT code, level FROM region WHERE name_fold IN (?, ?, ?) ORDER BY level, code');
  const exists = stmt(ctx.sqlite, 'SELECT 1 FROM region WHERE code = ?');
  const province = officeArea?.slice(0, 2) ?? null;
  const resolve = (text: string): string | null => {
    // A code typed into a number cell loses its last zero ("51.10" is kept as 51.1).
    const raw = /^\d{2}\.\d$/.test(text.trim()) ? `${text.trim()}0` : text.trim();
    const digits = raw.replace(/[\s.]/g, '');
    if (/^\d+$/.test(digits)) {
      const code = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)].filter(Boolean).join('.');
      return [2, 4, 6, 10].includes(digits.length) && exists.get(code) ? code : null;
    }
    const folded = squash(raw);
    const kind = kindLevels.find(([re]) => re.test(folded));
    const bare = kind ? folded.replace(kind[0], '') : folded;
    const rows = (byName.all(bare, `kabupaten ${bare}`, `kota ${bare}`) as { code: string; level: number }[]).filter((r) => !kind || kind[1].includes(r.level));
    const kota = /^(?:kota|kodya)\s/.test(folded);
    const ranked = rows
      .filter((r) => !kota || r.level !== 2 || ctx.sqlite.prepare('SELECT kind FROM region WHERE code = ?').pluck().get(r.code) === 'kota')
      .sort((a, b) => Number(b.code.startsWith(`${province}`)) - Number(a.code.startsWith(`${province}`)) || a.level - b.level);
    const best = ranked[0];
    if (!best) return null;
    // Two regions at the same level and place (two kecamatan of one name in the province): ask for the code.
    const tied = ranked.filter((r) => r.level === best.level && r.code.startsWith(province ?? '') === best.code.startsWith(province ?? ''));
    return tied.length === 1 ? best.code : null;
  };
  return (text) => {
    const key = text.trim();
    if (!cache.has(key)) cache.set(key, resolve(key));
    return cache.get(key) ?? null;
  };
}
