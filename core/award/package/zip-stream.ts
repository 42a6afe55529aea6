import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { AppError } from '../../app-error.ts';
import { msg } from '../../messages.ts';

// A ZIP written entry by entry to a stream, with backpressure: the next chunk is read only once
// the previous one is written out, into the same 1 MB buffer every time, so memory stays flat
// whatever the documents weigh (a fresh buffer per chunk left the process's RSS growing build
// after build: the heap stayed level, the allocator kept the freed megabytes). Every entry
// carries the same fixed time (the approval's), so the same entries give the same bytes.
// fflate writes the DOS time from local-time fields: the date handed to it is built from the
// approval's UTC fields, so the bytes do not depend on the machine's time zone.

const chunkBytes = 1024 * 1024;
/** fflate writes no ZIP64 records: past 4 GB the offsets would wrap and the ZIP be unreadable. */
const maxZipBytes = 0xffff_ffff - 64 * 1024 * 1024;

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
  /** Chunks handed to the file stream whose write has not completed yet, and who waits for none. */
  private pending = 0;
  private idle: (() => void)[] = [];
  private readonly buffer = Buffer.allocUnsafe(chunkBytes);

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
        this.pending++;
        out.write(chunk, () => {
          this.pending--;
          if (this.pending === 0) for (const resume of this.idle.splice(0)) resume();
        });
      }
      if (final) this.ended = true;
    });
    out.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /** Waits until every chunk handed out is written (so its buffer may be used again); stops on a cancel or a write error. */
  private async room(): Promise<void> {
    if (this.written > maxZipBytes) this.failure ??= new AppError('CONFLICT', msg('award.package.tooLarge'));
    if (this.failure) throw this.failure;
    this.signal?.throwIfAborted();
    if (this.pending > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    if (this.failure) throw this.failure;
    this.signal?.throwIfAborted();
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

  /** An entry read from a file (a stored document) chunk by chunk into one reused buffer: never whole in memory. */
  async addFile(name: string, path: string, compress: boolean): Promise<EntryWritten> {
    const handle = await open(path, 'r');
    try {
      const file = this.open(name, compress);
      const hash = createHash('sha256');
      let size = 0;
      for (;;) {
        const { bytesRead } = await handle.read(this.buffer, 0, chunkBytes, null);
        if (bytesRead === 0) break;
        const part = this.buffer.subarray(0, bytesRead);
        hash.update(part);
        size += bytesRead;
        file.push(part, false);
        await this.room();
      }
      file.push(new Uint8Array(0), true);
      await this.room();
      return { size, sha256: hash.digest('hex') };
    } finally {
      await handle.close();
    }
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
