import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

// The bytes of documents, each stored once under its SHA-256: <dataDir>/documents/ab/cd/<sha256>.
// A name is the hash of the content, so the same file twice is one file and a changed byte is
// seen by hashing again. Nothing a user typed ever becomes a path here.

const shaPattern = /^[a-f0-9]{64}$/;

export const documentsDirOf = (dataDir: string) => join(dataDir, 'documents');

export function contentPath(dataDir: string, sha256: string): string {
  if (!shaPattern.test(sha256)) throw new Error('not a SHA-256');
  return join(documentsDirOf(dataDir), sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Puts the bytes in place (written aside, then renamed: a reader never sees half a file).
 * True when this call wrote the file, false when it was already there with the same hash.
 */
export async function placeContent(dataDir: string, sha256: string, bytes: Uint8Array): Promise<boolean> {
  const path = contentPath(dataDir, sha256);
  if (existsSync(path) && (await hashOfFile(path)) === sha256) return false;
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${randomBytes(6).toString('hex')}.part`;
  try {
    writeFileSync(aside, bytes);
    renameSync(aside, path);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
  return true;
}

export function removeContent(dataDir: string, sha256: string): void {
  rmSync(contentPath(dataDir, sha256), { force: true });
}

/** The SHA-256 of a stored file, streamed; null when it is missing. */
export async function hashOfFile(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(path), hash);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return hash.digest('hex');
}
