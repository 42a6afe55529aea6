import { constants, createInflate } from 'node:zlib';

// A decompression bomb is a small PDF whose compressed streams open to gigabytes. Before the PDF
// reader sees the file, every stream is inflated here once, counting the output and keeping none
// of it, and the file is refused when all of them together would pass the limit. Streams that are
// not zlib data (images, fonts) fail at their first bytes and cost nothing.

const streamKeyword = Buffer.from('stream');
const endKeyword = Buffer.from('endstream');

/** How many bytes one stream inflates to, stopping as soon as `budget` is passed. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
    let size = 0;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        settle();
      }
    });
    inflate.on('end', settle);
    inflate.on('error', settle); // not zlib data, or damaged: the reader decides about those
    inflate.on('close', settle);
    inflate.end(data);
  });
}

/** A stream's direct /Length from its dictionary (just before `stream`), when it gives one. */
function declaredLength(bytes: Buffer, keywordAt: number): number | null {
  const dict = bytes.subarray(Math.max(0, keywordAt - 1024), keywordAt).toString('latin1');
  const lengths = [...dict.matchAll(/\/Length\s+(\d+)(\s+\d+\s+R)?/g)];
  const last = lengths.at(-1);
  return last && !last[2] ? Number(last[1]) : null;
}

/**
 * The body of every `stream ... endstream` in the file, in order: as long as its /Length says (the
 * reader trusts that too: bytes spelling "endstream" inside cannot end it early), or up to the
 * next "endstream" when the length is indirect.
 */
function* streamBodies(bytes: Buffer): Generator<Buffer> {
  let from = 0;
  for (;;) {
    const at = bytes.indexOf(streamKeyword, from);
    if (at < 0) return;
    let start = at + streamKeyword.length;
    // "endstream" also contains "stream": only a keyword followed by an end of line opens a body.
    if (at >= 3 && bytes.subarray(at - 3, at).toString('latin1') === 'end') {
      from = start;
      continue;
    }
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] !== 0x0a) {
      from = start;
      continue;
    }
    start += 1;
    const length = declaredLength(bytes, at);
    if (length !== null && start + length <= bytes.length) {
      yield bytes.subarray(start, start + length);
      from = start + length;
      continue;
    }
    const end = bytes.indexOf(endKeyword, start);
    if (end < 0) {
      yield bytes.subarray(start); // a stream to the end of the file: all of it counts
      return;
    }
    yield bytes.subarray(start, end);
    from = end + endKeyword.length;
  }
}

/** The inflated size of all the PDF's streams together, stopping once it passes `limit`. */
export async function inflatedTotal(bytes: Buffer, limit: number): Promise<number> {
  let total = 0;
  for (const body of streamBodies(bytes)) {
    // zlib data starts with a header whose first byte is 0x?8 (deflate); anything else is skipped.
    if (body.length < 2 || (body[0]! & 0x0f) !== 8) continue;
    total += await inflatedSize(body, limit - total);
    if (total > limit) break;
  }
  return total;
}
