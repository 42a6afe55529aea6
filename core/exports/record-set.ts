import { deflateSync, inflateSync } from 'fflate';

// A set of record ids as a small blob: sorted, each stored as its distance from the one before
// (LEB128 varint, one byte for gaps under 128), then deflated. An export of a whole register
// has gaps of 1 almost everywhere, which deflate turns into a few KB per million ids; a
// filtered export (a desa, a category) has small gaps too. Exact: decoding gives every id back.

/** Ids collected while an export writes, in any order (a typed array that grows: 8 bytes an id). */
export class IdCollector {
  #ids = new Float64Array(1024);
  #length = 0;

  add(id: number): void {
    if (this.#length === this.#ids.length) {
      const grown = new Float64Array(this.#ids.length * 2);
      grown.set(this.#ids);
      this.#ids = grown;
    }
    this.#ids[this.#length++] = id;
  }

  get size(): number {
    return this.#length;
  }

  /** The ids sorted ascending, without repeats. */
  sorted(): Float64Array {
    const ids = this.#ids.subarray(0, this.#length).sort();
    let n = 0;
    for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[n - 1]) ids[n++] = ids[i]!;
    return ids.subarray(0, n);
  }
}

export interface EncodedSet {
  count: number;
  minId: number | null;
  maxId: number | null;
  ids: Buffer;
}

/** Sorted, distinct, non-negative integer ids as the stored blob. */
export function encodeIds(sorted: ArrayLike<number>): EncodedSet {
  const bytes = new Uint8Array(Math.max(16, sorted.length * 2));
  let out = bytes;
  let at = 0;
  let previous = 0;
  for (let i = 0; i < sorted.length; i++) {
    let gap = sorted[i]! - previous;
    previous = sorted[i]!;
    if (at + 10 > out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    while (gap >= 0x80) {
      out[at++] = (gap % 0x80) | 0x80;
      gap = Math.floor(gap / 0x80);
    }
    out[at++] = gap;
  }
  return {
    count: sorted.length,
    minId: sorted.length ? sorted[0]! : null,
    maxId: sorted.length ? sorted[sorted.length - 1]! : null,
    ids: Buffer.from(deflateSync(out.subarray(0, at), { level: 9 })),
  };
}

/** Every id of a stored blob, ascending. */
export function decodeIds(blob: Uint8Array): number[] {
  const bytes = inflateSync(blob);
  const ids: number[] = [];
  let previous = 0;
  let at = 0;
  while (at < bytes.length) {
    let gap = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at++]!;
      gap += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
    }
    previous += gap;
    ids.push(previous);
  }
  return ids;
}

/** Whether `id` is in a stored blob (a walk through the gaps, no array kept). */
export function blobHasId(blob: Uint8Array, id: number): boolean {
  const bytes = inflateSync(blob);
  let previous = 0;
  let at = 0;
  while (at < bytes.length) {
    let gap = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at++]!;
      gap += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
    }
    previous += gap;
    if (previous === id) return true;
    if (previous > id) return false;
  }
  return false;
}
