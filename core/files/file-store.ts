import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../app-error.ts';
import type { AuditEntry } from '../audit/write.ts';
import { msg } from '../messages.ts';
import { encryptionOn } from '../encryption/state.ts';
import { forgetSealed, plainSize, plainStream, sealing } from './sealed-file.ts';

// Files that come in (uploads for import) and go out (exports, error files, templates)
// live in the data folder under random tokens, never under names a user supplied.
// Each process keeps them in its own folder (files/proc-<pid>): the CLI, the app and
// `lindung serve` share a data folder, and copies of people's records must not outlive
// the process that made them. It removes its folder when it closes; one left by a process
// that was killed is removed by the next process that starts.

export interface StagedFile {
  token: string;
  name: string; // the user's file name, for messages and downloads only
  bytes: number;
  sha256: string;
}

/**
 * The audit row of a file the app wrote without being asked (a commit's error file): written
 * when its maker takes the file (core/files/release-outgoing.ts), not when it was made. Counts
 * and names only, never the file's rows.
 */
export interface PendingAudit {
  actorId: string;
  entry: AuditEntry;
}

interface OutgoingMeta {
  token: string;
  name: string;
  audit?: PendingAudit;
}

const ownerPrefix = 'proc-';

/** Whether a process with this id still runs (EPERM: it does, as another user). */
function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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

  readonly #root: string;
  readonly #own: string;

  constructor(dataDir: string) {
    this.#root = join(dataDir, 'files');
    this.#own = join(this.#root, `${ownerPrefix}${process.pid}`);
    this.incoming = join(this.#own, 'incoming');
    this.outgoing = join(this.#own, 'outgoing');
    this.jobs = join(this.#own, 'jobs');
  }

  /** Streams an upload into the store with a size limit, hashing it on the way. */
  async stage(name: string, source: Readable, maxBytes: number): Promise<StagedFile> {
    const token = randomBytes(16).toString('hex');
    const clean = cleanName(name);
    // incoming/<token>/<name>: readers name the file in their messages by its base name.
    mkdirSync(join(this.incoming, token), { recursive: true });
    const partial = join(this.incoming, token, `${clean}.part`);
    // Encryption on: the copy is sealed on its way to disk (the hash is of the file's own bytes).
    const seal = encryptionOn() ? sealing(join(this.incoming, token, clean)) : new PassThrough();
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > maxBytes) throw new AppError('INPUT_TOO_LARGE', msg('files.tooLarge', { megabytes: Math.round(maxBytes / 1e6) }));
            hash.update(chunk);
            yield chunk;
          }
        },
        seal,
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
    forgetSealed(join(this.incoming, token));
  }

  /** discardStaged(), the deleting done off the event loop. */
  async discardStagedOffLoop(token: string): Promise<void> {
    if (!tokenPattern.test(token)) return;
    await rm(join(this.incoming, token), { recursive: true, force: true });
    await rm(join(this.incoming, `${token}.json`), { force: true });
    forgetSealed(join(this.incoming, token));
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
    forgetSealed(join(this.outgoing, token));
  }

  /** Marks a written outgoing file as not to be handed over until its audit row is written (releaseOutgoing). */
  auditOnRelease(token: string, audit: PendingAudit): void {
    const meta = this.#outgoingMeta(token);
    writeFileSync(join(this.outgoing, `${token}.json`), JSON.stringify({ ...meta, audit } satisfies OutgoingMeta));
  }

  /** The audit row an outgoing file waits for, if any (NOT_FOUND for a file that is not here). */
  pendingAudit(token: string): PendingAudit | null {
    const meta = this.#outgoingMeta(token);
    this.#outgoingBytes(token);
    return meta.audit ?? null;
  }

  /** The file's audit row is written: it may go out now. */
  clearPendingAudit(token: string): void {
    const { audit: _written, ...meta } = this.#outgoingMeta(token);
    writeFileSync(join(this.outgoing, `${token}.json`), JSON.stringify(meta satisfies OutgoingMeta));
  }

  /**
   * An outgoing file, to hand over. One whose audit row is still pending is not found: no host
   * hands it over before releaseOutgoing has put it on record.
   */
  outgoingFile(token: string): { path: string; name: string; bytes: number } {
    const meta = this.#outgoingMeta(token);
    if (meta.audit) throw this.missing();
    return { path: join(this.outgoing, token), name: meta.name, bytes: this.#outgoingBytes(token) };
  }

  #outgoingMeta(token: string): OutgoingMeta {
    if (!tokenPattern.test(token)) throw this.missing();
    try {
      return JSON.parse(readFileSync(join(this.outgoing, `${token}.json`), 'utf8')) as OutgoingMeta;
    } catch {
      throw this.missing();
    }
  }

  #outgoingBytes(token: string): number {
    const path = join(this.outgoing, token);
    try {
      return plainSize(path, statSync(path).size);
    } catch {
      throw this.missing();
    }
  }

  /** A download's bytes (decrypted on the way when it was sealed). */
  openOutgoing(token: string): Readable {
    return plainStream(this.outgoingFile(token).path);
  }

  /** A download saved where the user chose (the CLI, the desktop app's save dialog). */
  async copyOutgoing(token: string, target: string): Promise<void> {
    await pipeline(this.openOutgoing(token), createWriteStream(target));
  }

  /**
   * Removes the folders of processes that are gone (killed mid-import: its upload and plan),
   * and files older than `maxAgeMs` (staged uploads and finished downloads are short-lived).
   */
  sweep(maxAgeMs = 24 * 3_600_000): void {
    let owners: string[] = [];
    try {
      owners = readdirSync(this.#root).filter((name) => name.startsWith(ownerPrefix));
    } catch {
      // nothing staged yet
    }
    for (const name of owners) {
      const pid = Number(name.slice(ownerPrefix.length));
      if (pid !== process.pid && !processAlive(pid)) rmSync(join(this.#root, name), { recursive: true, force: true });
    }
    // The shared folders of versions before files were kept per process: every run that wrote
    // them has ended (this version migrated the database), so what is in them is left over.
    for (const d of ['incoming', 'outgoing', 'jobs']) rmSync(join(this.#root, d), { recursive: true, force: true });
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

  /** This process's files, all of them: it is closing, and no job outlives it. */
  removeOwn(): void {
    try {
      rmSync(this.#own, { recursive: true, force: true });
    } catch {
      // a file still open (Windows): the next process to start sweeps the folder
    }
  }

  private missing(): AppError {
    return new AppError('NOT_FOUND', msg('files.notFound'));
  }
}
