import type { DuplicateEvidence, DuplicateKind } from '../../api/duplicates.ts';
import { nameSimilarity } from './name-core.ts';
import type { ScanPeople } from './scan-people.ts';

// Finding probable duplicates among a million people without comparing every pair (5 × 10^11
// of them): people are put in blocks that a duplicate shares, and only pairs within a block are
// compared by name.
//  - Same birth date (from the NIK) in the same kecamatan: the same given name in one desa is
//    "same_name_birth"; a similar one (Jaro-Winkler >= 0.90) in one desa, or where a desa is
//    unknown, is a "name_variant". A birth date in a kecamatan holds a handful of people.
//  - NIKs one digit apart: for each of the 16 positions, the NIK without that digit is a key;
//    two people with the same key differ in that one digit ("nik_one_digit").
//  - NIKs with two neighbouring digits swapped: for each of the 15 neighbour pairs, the NIK
//    without them plus the two digits unordered is a key ("nik_transposition").
//  A NIK near-miss alone says little (serial numbers run 0001, 0002 ... for people born on one
//  day in one kecamatan), so both NIK rules also need similar names (>= 0.85).
// Keys are whole numbers below 2^53 in Float64Arrays, sorted natively: 32 sorts of a million
// numbers take a few seconds, where a Map of 16 million string keys would take gigabytes.

export const nameVariantMin = 0.9;
export const nikNameMin = 0.85;
/** A block larger than this (many people of unknown kecamatan born on one day) is compared within each first letter only. */
const bigBlock = 300;

export interface FoundPair {
  a: number; // person id, the lower
  b: number;
  kind: DuplicateKind;
  score: number;
  evidence: DuplicateEvidence;
}

export interface SearchHooks {
  /** Called between steps: yield to the event loop, stop when cancelled (throws). */
  pause(step: number, steps: number): Promise<void>;
}

const kindOrder: DuplicateKind[] = ['same_name_birth', 'nik_one_digit', 'nik_transposition', 'name_variant'];
export const searchSteps = 1 + 16 + 15;

export async function findCandidates(people: ScanPeople, hooks: SearchHooks): Promise<FoundPair[]> {
  const found = new Map<string, { i: number; j: number; rules: Set<DuplicateKind>; score: number }>();
  const note = (x: number, y: number, rule: DuplicateKind, score: number) => {
    const [i, j] = people.ids[x]! < people.ids[y]! ? [x, y] : [y, x];
    const key = `${people.ids[i]}:${people.ids[j]}`;
    const pair = found.get(key) ?? { i, j, rules: new Set<DuplicateKind>(), score };
    pair.rules.add(rule);
    found.set(key, pair);
  };

  await hooks.pause(0, searchSteps);
  sameBirthBlocks(people, note);
  // The 31 NIK passes share two buffers (a million keys, and their sorted copy): 16 MB, not 500 MB of garbage.
  const buffers = { keys: new Float64Array(people.count), sorted: new Float64Array(people.count) };
  for (let p = 0; p < 16; p += 1) {
    await hooks.pause(1 + p, searchSteps);
    nikBlocks(people, buffers, (i) => substitutionKey(people.digits, i, p), (x, y) => {
      const score = nameSimilarity(people.core[x]!, people.core[y]!);
      if (score >= nikNameMin) note(x, y, 'nik_one_digit', score);
    });
  }
  for (let p = 0; p < 15; p += 1) {
    await hooks.pause(17 + p, searchSteps);
    nikBlocks(people, buffers, (i) => transpositionKey(people.digits, i, p), (x, y) => {
      const score = nameSimilarity(people.core[x]!, people.core[y]!);
      if (score >= nikNameMin) note(x, y, 'nik_transposition', score);
    });
  }
  await hooks.pause(searchSteps, searchSteps);

  return [...found.values()].map(({ i, j, rules, score }) => {
    const ordered = kindOrder.filter((k) => rules.has(k));
    const nikDigits: number[] = [];
    for (let k = 0; k < 16; k += 1) if (people.digits[i * 16 + k] !== people.digits[j * 16 + k]) nikDigits.push(k);
    const evidence: DuplicateEvidence = {
      rules: ordered,
      nameScore: Math.round(score * 1000) / 1000,
      nikDigits,
      sameBirthDate: people.birth[i] !== -1 && people.birth[i] === people.birth[j],
      sameDesa: people.desa[i] !== 0 && people.desa[i] === people.desa[j],
    };
    return { a: people.ids[i]!, b: people.ids[j]!, kind: ordered[0]!, score: evidence.nameScore, evidence };
  });
}

/** Pairs born on one day in one kecamatan (or where it is unknown) with alike given names. */
function sameBirthBlocks(people: ScanPeople, note: (x: number, y: number, rule: DuplicateKind, score: number) => void) {
  const { count, birth, kecamatan, desa, core } = people;
  // key = (kecamatan, day, index) packed below 2^53: 14 + 17 + 22 bits.
  const packs = count < 2 ** 22 && people.kecamatan.every((k) => k < 2 ** 14);
  const order: number[] = [];
  if (packs) {
    const keys = new Float64Array(count);
    let n = 0;
    for (let i = 0; i < count; i += 1) if (birth[i]! >= 0) keys[n++] = ((kecamatan[i]! * 2 ** 17) + birth[i]!) * 2 ** 22 + i;
    const sorted = keys.subarray(0, n).sort();
    for (const key of sorted) order.push(key % 2 ** 22);
  } else {
    for (let i = 0; i < count; i += 1) if (birth[i]! >= 0) order.push(i);
    order.sort((x, y) => kecamatan[x]! - kecamatan[y]! || birth[x]! - birth[y]!);
  }
  const compare = (x: number, y: number) => {
    const bothDesa = desa[x] !== 0 && desa[y] !== 0;
    if (bothDesa && desa[x] !== desa[y]) return; // two desa apart: two people who share a birthday
    if (bothDesa && core[x] === core[y]) return note(x, y, 'same_name_birth', 1);
    const score = nameSimilarity(core[x]!, core[y]!);
    if (score >= nameVariantMin) note(x, y, 'name_variant', score);
  };
  let start = 0;
  for (let k = 1; k <= order.length; k += 1) {
    const a = order[start]!;
    if (k < order.length && kecamatan[order[k]!] === kecamatan[a] && birth[order[k]!] === birth[a]) continue;
    const block = order.slice(start, k);
    start = k;
    if (block.length < 2) continue;
    const groups = block.length > bigBlock ? groupBy(block, (i) => core[i]!.charAt(0)) : [block];
    for (const group of groups) for (let x = 0; x < group.length; x += 1) for (let y = x + 1; y < group.length; y += 1) compare(group[x]!, group[y]!);
  }
}

function groupBy(items: number[], keyOf: (i: number) => string): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of items) {
    const key = keyOf(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()];
}

/** The NIK without digit `p`: 15 digits, below 10^15. */
function substitutionKey(digits: Uint8Array, i: number, p: number): number {
  let key = 0;
  for (let k = i * 16, end = k + 16, skip = k + p; k < end; k += 1) if (k !== skip) key = key * 10 + digits[k]!;
  return key;
}

/**
 * The NIK without digits p and p+1, then which unordered pair of different digits they were
 * (45 kinds): below 45 × 10^14. Equal neighbours cannot be swapped: such a NIK gets a key of
 * its own (negative, unique).
 */
function transpositionKey(digits: Uint8Array, i: number, p: number): number {
  const base = i * 16;
  const x = digits[base + p]!;
  const y = digits[base + p + 1]!;
  if (x === y) return -(i + 1);
  let key = 0;
  for (let k = 0; k < 16; k += 1) if (k !== p && k !== p + 1) key = key * 10 + digits[base + k]!;
  const lo = Math.min(x, y);
  const hi = Math.max(x, y);
  return key * 45 + (lo * (19 - lo)) / 2 + (hi - lo - 1);
}

/** People whose keys are equal, in groups: the keys sorted to find the repeated ones, then one pass to gather them. */
function nikBlocks(people: ScanPeople, buffers: { keys: Float64Array; sorted: Float64Array }, keyOf: (i: number) => number, compare: (x: number, y: number) => void) {
  const { keys, sorted } = buffers;
  for (let i = 0; i < people.count; i += 1) keys[i] = keyOf(i);
  sorted.set(keys);
  sorted.sort();
  const repeated = new Set<number>();
  for (let k = 1; k < sorted.length; k += 1) if (sorted[k] === sorted[k - 1]) repeated.add(sorted[k]!);
  if (repeated.size === 0) return;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < people.count; i += 1) {
    const key = keys[i]!;
    if (!repeated.has(key)) continue;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  for (const group of groups.values()) for (let x = 0; x < group.length; x += 1) for (let y = x + 1; y < group.length; y += 1) compare(group[x]!, group[y]!);
}
