import type { Sqlite } from '../../db/open.ts';

// What every register's demo generator draws from: a seeded random source (same seed, same
// records), picking from lists, and the kecamatan and desa of the office's area.

export type Rng = () => number;

/** mulberry32: a small, fast, seeded random source in [0, 1). */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** One of `items`, each as likely as its weight. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** `n` random decimal digits. */
export const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

export interface AreaPlace {
  code: string;
  name: string;
}

/** The area's kecamatan (in code order), each with its desa, from the region table. */
export function areaKecamatan(sqlite: Sqlite, areaCode: string): (AreaPlace & { desa: AreaPlace[] })[] {
  const kecamatan = sqlite.prepare('SELECT code, name FROM region WHERE level = 3 AND code LIKE ? ORDER BY code').all(`${areaCode}.%`) as AreaPlace[];
  const desa = sqlite.prepare('SELECT code, name FROM region WHERE parent_code = ? ORDER BY code');
  return kecamatan.map((k) => ({ ...k, desa: desa.all(k.code) as AreaPlace[] }));
}
