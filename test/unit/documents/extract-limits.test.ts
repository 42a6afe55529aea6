import { describe, expect, it } from 'vitest';
import { documentLimits } from '../../../core/api/documents.ts';
import { AppError } from '../../../core/app-error.ts';
import { checkDocument } from '../../../core/documents/attach-document.ts';
import { pagesPdf } from '../support/pdf-samples.ts';

// The reader's own limits, each lowered so an ordinary PDF passes it: what the user is told.

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error.said.key;
    throw error;
  }
  return null;
};

describe('extraction limits', () => {
  it('stops a reader past its time limit', async () => {
    expect(await refusal(checkDocument(await pagesPdf(3), 'lambat.pdf', { ...documentLimits, timeoutMs: 1 }))).toBe('documents.tooSlow');
  });

  it('stops a reader past its memory limit', async () => {
    expect(await refusal(checkDocument(await pagesPdf(50), 'berat.pdf', { ...documentLimits, heapMb: 8 }))).toBe('documents.tooMuchMemory');
  }, 60_000);

  it('refuses more pages than the limit, and more compressed bytes than the limit', async () => {
    expect(await refusal(checkDocument(await pagesPdf(12), 'tebal.pdf', { ...documentLimits, maxPages: 10 }))).toBe('documents.tooManyPages');
    expect(await refusal(checkDocument(await pagesPdf(12), 'padat.pdf', { ...documentLimits, maxInflatedBytes: 1000 }))).toBe('documents.bomb');
  });

  it('reads the same PDF within the limits', async () => {
    const read = await checkDocument(await pagesPdf(12), 'biasa.pdf');
    expect(read.pageCount).toBe(12);
    expect(read.pages[11]).toContain('Halaman 12.');
  });
});
