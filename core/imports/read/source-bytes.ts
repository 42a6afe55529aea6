import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { ZipFile } from 'yauzl';

// Where the readers get a file's bytes: from the disk, or, for a staged copy that is sealed at
// rest (encryption on: core/files/sealed-file.ts), from this worker's memory, where the job put
// it decrypted. The readers ask here instead of node:fs, so a sealed file is never written
// back to disk in the clear.

const inMemory = new Map<string, Buffer>();

export function holdInMemory(path: string, bytes: Buffer): void {
  inMemory.set(path, bytes);
}

export async function sourceStat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }> {
  const held = inMemory.get(path);
  if (held) return { isFile: () => true, isDirectory: () => false, size: held.length };
  return stat(path);
}

export async function sourceHead(path: string, bytes: number): Promise<Uint8Array> {
  const held = inMemory.get(path);
  if (held) return held.subarray(0, bytes);
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export function sourceBytes(path: string): Promise<Buffer> {
  const held = inMemory.get(path);
  return held ? Promise.resolve(held) : readFile(path);
}

export async function sourceText(path: string): Promise<string> {
  return (await sourceBytes(path)).toString('utf8');
}

export function sourceStream(path: string, options: { highWaterMark: number }): Readable {
  const held = inMemory.get(path);
  if (!held) return createReadStream(path, options);
  let at = 0;
  return new Readable({
    highWaterMark: options.highWaterMark,
    read() {
      if (at >= held.length) return void this.push(null);
      this.push(held.subarray(at, at + options.highWaterMark));
      at += options.highWaterMark;
    },
  });
}

export function sourceZip(path: string, options: yauzl.Options): Promise<ZipFile> {
  const held = inMemory.get(path);
  if (!held) return yauzl.openPromise(path, options);
  return yauzl.fromBufferPromise(held, options);
}
