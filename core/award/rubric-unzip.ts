import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

// A rubric XLSX opened with a real cap: every entry inflated here, counting the bytes as they come
// (yauzl refuses an entry that inflates past the size it declares, and the declared sizes together
// must stay under the cap), so a file that under-declares is stopped at once instead of being
// inflated whole by the spreadsheet reader. The reader then gets only what was inflated here,
// stored without compression: it reads nothing this check did not count.

export type UnzipProblem = 'tooLarge' | 'inflatesMore' | 'damaged';

export interface UnzipLimits {
  maxUnzipped: number;
  maxEntries: number;
}

const yauzlOptions = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    zip.once('entry', (entry: Entry) => (cleanup(), resolve(entry)));
    zip.once('end', () => (cleanup(), resolve(null)));
    zip.once('error', (error: Error) => (cleanup(), reject(error)));
    zip.readEntry();
  });
}

/** Every file of the ZIP, inflated under the cap; or what is wrong with it. */
export async function inflateCapped(bytes: Buffer, limits: UnzipLimits): Promise<Record<string, Uint8Array> | UnzipProblem> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, yauzlOptions);
  } catch {
    return 'damaged';
  }
  const files: Record<string, Uint8Array> = {};
  let declared = 0;
  let inflated = 0;
  let count = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (++count > limits.maxEntries) return 'tooLarge';
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnzipped) return 'tooLarge';
      if (entry.fileName.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      const stream = await openStream(zip, entry);
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          inflated += chunk.length;
          // Belt and braces: yauzl already stops an entry at its declared size.
          if (inflated > limits.maxUnzipped) return 'tooLarge';
          chunks.push(chunk);
        }
      } catch (error) {
        return /too many bytes/i.test((error as Error).message) ? 'inflatesMore' : 'damaged';
      } finally {
        stream.destroy();
      }
      files[entry.fileName] = Buffer.concat(chunks);
    }
  } catch {
    return 'damaged';
  } finally {
    zip.close();
  }
  return files;
}
