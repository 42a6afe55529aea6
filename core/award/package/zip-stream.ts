import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

// A ZIP written entry by entry to a stream, with backpressure: a chunk is handed to fflate only
// once the file stream has room, so memory stays flat whatever the documents weigh. Every entry
// carries the same fixed time (the approval's), so the same entries give the same bytes.
// fflate writes the DOS time from local-time fields: the date handed to it is built from the
// approval's UTC fields, so the bytes do not depend on the machine's time zone.

const chunkBytes = 1024 * 1024;

export interface EntryWritten {
  size: number;
  sha256: string;
}

/** The ZIP entry time for an ISO timestamp: its UTC fields, read back as local by fflate. */
export function zipTime(iso: string): Date {
  const t = new Date(iso);
  const year = Math.max(1980, t.getUTCFullYear());
  return new Date(year, t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

export class ZipStream {
  private readonly zip: Zip;
  private readonly whole: Hash = createHash('sha256');
  private written = 0;
  private failure: Error | null = null;
  private ended = false;

  private readonly out: Writable;
  private readonly mtime: Date;
  private readonly signal: AbortSignal | undefined;

  constructor(out: Writable, mtime: Date, signal?: AbortSignal) {
    this.out = out;
    this.mtime = mtime;
    this.signal = signal;
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      if (chunk.length) {
        this.whole.update(chunk);
        this.written += chunk.length;
        out.write(chunk);
      }
      if (final) this.ended = true;
    });
    out.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /** Waits while the file stream is full; stops on a cancel or a write error. */
  private async room(): Promise<void> {
    if (this.failure) throw this.failure;
    this.signal?.throwIfAborted();
    if (this.out.writableNeedDrain) await once(this.out, 'drain', this.signal ? { signal: this.signal } : {});
  }

  private open(name: string, compress: boolean): ZipDeflate | ZipPassThrough {
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = this.mtime;
    this.zip.add(file);
    return file;
  }

  /** An entry from bytes already in memory (the index, an annex, the manifest). */
  async addBytes(name: string, bytes: Uint8Array, compress: boolean): Promise<EntryWritten> {
    const file = this.open(name, compress);
    const hash = createHash('sha256');
    if (bytes.length === 0) file.push(new Uint8Array(0), true);
    for (let at = 0; at < bytes.length; at += chunkBytes) {
      const part = bytes.subarray(at, Math.min(bytes.length, at + chunkBytes));
      hash.update(part);
      file.push(part, at + chunkBytes >= bytes.length);
      await this.room();
    }
    await this.room();
    return { size: bytes.length, sha256: hash.digest('hex') };
  }

  /** An entry streamed from a readable (a stored document): never whole in memory. */
  async addStream(name: string, source: Readable, compress: boolean): Promise<EntryWritten> {
    const file = this.open(name, compress);
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        file.push(chunk, false);
        await this.room();
      }
    } finally {
      source.destroy();
    }
    file.push(new Uint8Array(0), true);
    await this.room();
    return { size, sha256: hash.digest('hex') };
  }

  /** Writes the central directory and closes the file stream. */
  async finish(): Promise<{ bytes: number; sha256: string }> {
    this.zip.end();
    if (this.failure) throw this.failure;
    if (!this.ended) throw new Error('ZIP not ended');
    this.out.end();
    await once(this.out, 'finish');
    return { bytes: this.written, sha256: this.whole.digest('hex') };
  }
}
