import { describe, expect, it } from 'vitest';
import { inflatedTotal } from '../../../core/documents/inflate-guard.ts';
import { bombPdf, pagesPdf } from '../support/pdf-samples.ts';

// The decompression-bomb guard counts what every zlib stream of a PDF opens to, keeping none of it.

describe('inflatedTotal', () => {
  it('counts a bomb past the limit, and stops there', async () => {
    expect(await inflatedTotal(bombPdf(64), 1024 ** 3)).toBe(64 * 1024 ** 2);
    expect(await inflatedTotal(bombPdf(64), 8 * 1024 ** 2)).toBeGreaterThan(8 * 1024 ** 2);
  });

  it('is not fooled by "endstream" spelled inside the compressed bytes (the /Length rules)', async () => {
    const bomb = bombPdf(32);
    // Put the word right after the zlib header, inside the stream's bytes, keeping its length.
    const at = bomb.indexOf('stream\n') + 'stream\n'.length;
    const hidden = Buffer.concat([bomb.subarray(0, at + 2), Buffer.from([0x00, 0x09, 0x00, 0xf6, 0xff]), Buffer.from('endstream'), bomb.subarray(at + 2)]);
    const withLength = Buffer.from(hidden.toString('latin1').replace(/\/Length (\d+)/, (_, n: string) => `/Length ${Number(n) + 14}`), 'latin1');
    expect(await inflatedTotal(withLength, 1024 ** 3)).toBeGreaterThanOrEqual(32 * 1024 ** 2);
  });

  it('lets an ordinary PDF through with what its pages really hold', async () => {
    const total = await inflatedTotal(await pagesPdf(5), 1024 ** 3);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(1024 ** 2);
  });
});
