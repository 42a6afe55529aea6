import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../app-error.ts';

// Files that come in (uploads for import) and go out (exports, error files, templates)
// live in the data folder under random tokens, never under names a user supplied.

export interface StagedFile {
  token: string;
  name: string; // the user's file name, for messages and downloads only
  bytes: number;
  sha256: string;
}

const tokenPattern = /^[a-f0-9]{32}$/;
/** A file name safe to show and to offer as a download name. */
export const cleanName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? 'berkas').replace(/[^\p{L}\p{N} ._()-]+/gu, '_').slice(0, 120) || 'berkas';

export class FileStore {
  readonly incoming: string;
  readonly outgoing: string;
  /** Scratch files of running jobs (a dry run's plan). */
  readonly jobs: string;

  constructor(dataDir: string) {
    this.incoming = join(dataDir, 'files', 'incoming');
    this.outgoing = join(dataDir, 'files', 'outgoing');
    this.jobs = join(dataDir, 'files', 'jobs');
  }

  /** Streams an upload into the store with a size limit, hashing it on the way. */
  async stage(name: string, source: Readable, maxBytes: number): Promise<StagedFile> {
    const token = randomBytes(16).toString('hex');
    const clean = cleanName(name);
    // incoming/<token>/<name>: readers name the file in their messages by its base name.
    mkdirSync(join(this.incoming, token), { recursive: true });
    const partial = join(this.incoming, token, `${clean}.part`);
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > maxBytes) throw new AppError('INPUT_TOO_LARGE', { id: `Berkas lebih besar dari ${Math.round(maxBytes / 1e6)} MB.`, en: `The file is larger than ${Math.round(maxBytes / 1e6)} MB.` });
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(partial),
      );
    } catch (error) {
      rmSync(join(this.incoming, token), { recursive: true, force: true });
      throw error;
    }
    renameSync(partial, join(this.incoming, token, clean));
    const staged = { token, name: clean, bytes, sha256: hash.digest('hex') };
    writeFileSync(join(this.incoming, `${token}.json`), JSON.stringify(staged));
    return staged;
  }

  /** A staged upload: its metadata and where its bytes are. */
  staged(token: string): StagedFile & { path: string } {
    if (!tokenPattern.test(token)) throw this.missing();
    try {
      const meta = JSON.parse(readFileSync(join(this.incoming, `${token}.json`), 'utf8')) as StagedFile;
      return { ...meta, path: join(this.incoming, token, meta.name) };
    } catch {
      throw this.missing();
    }
  }

  /** Removes a staged upload once its job is over (nothing of it is kept longer). */
  discardStaged(token: string): void {
    if (!tokenPattern.test(token)) return;
    rmSync(join(this.incoming, token), { recursive: true, force: true });
    rmSync(join(this.incoming, `${token}.json`), { force: true });
  }

  /** A new outgoing file: the caller writes to `path`, then the token serves it. */
  reserveOutgoing(name: string): { token: string; path: string; name: string } {
    mkdirSync(this.outgoing, { recursive: true });
    const token = randomBytes(16).toString('hex');
    const clean = cleanName(name);
    writeFileSync(join(this.outgoing, `${token}.json`), JSON.stringify({ token, name: clean }));
    return { token, path: join(this.outgoing, token), name: clean };
  }

  /** Drops an outgoing file that was never finished (a cancelled or failed export). */
  discardOutgoing(token: string): void {
    if (!tokenPattern.test(token)) return;
    rmSync(join(this.outgoing, token), { force: true });
    rmSync(join(this.outgoing, `${token}.json`), { force: true });
  }

  outgoingFile(token: string): { path: string; name: string; bytes: number } {
    if (!tokenPattern.test(token)) throw this.missing();
    try {
      const meta = JSON.parse(readFileSync(join(this.outgoing, `${token}.json`), 'utf8')) as { name: string };
      const path = join(this.outgoing, token);
      return { path, name: meta.name, bytes: statSync(path).size };
    } catch {
      throw this.missing();
    }
  }

  openOutgoing(token: string): Readable {
    return createReadStream(this.outgoingFile(token).path);
  }

  /** Removes files older than `maxAgeMs` (staged uploads and finished downloads are short-lived). */
  sweep(maxAgeMs = 24 * 3_600_000): void {
    const cutoff = Date.now() - maxAgeMs;
    for (const dir of [this.incoming, this.outgoing, this.jobs]) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue; // nothing staged yet
      }
      for (const name of names) {
        const path = join(dir, name);
        if (statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
      }
    }
  }

  private missing(): AppError {
    return new AppError('NOT_FOUND', { id: 'Berkas tidak ditemukan; unggah lagi.', en: 'File not found; upload it again.' });
  }
}
