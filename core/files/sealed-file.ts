import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fstatSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { encryptionOn } from '../encryption/state.ts';

// A staged spreadsheet copy while encryption is on: AES-256-GCM under a key made for this process
// and kept in its memory only (a killed process leaves bytes nobody can read, swept at the next
// start). On disk: a 12-byte IV, the ciphertext, the 16-byte tag. The parse worker is given the
// key with its job and decrypts the file into its own memory (read/source-bytes.ts).

const processKey = randomBytes(32);
const sealed = new Map<string, Buffer>();

/** A stream that seals what passes through it, for the file at `path` (remembered as sealed). */
export function sealing(path: string): Transform {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', processKey, iv);
  let started = false;
  sealed.set(path, processKey);
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const out = cipher.update(chunk);
      if (!started) {
        started = true;
        done(null, Buffer.concat([iv, out]));
      } else done(null, out);
    },
    flush(done: TransformCallback) {
      const last = cipher.final();
      done(null, Buffer.concat([started ? Buffer.alloc(0) : iv, last, cipher.getAuthTag()]));
    },
  });
}

/** The key a sealed file was written under (hex, for a worker's job), or null for a plain one. */
export function sealKeyFor(path: string): string | null {
  return sealed.get(path)?.toString('hex') ?? null;
}

export function forgetSealed(prefix: string): void {
  for (const path of sealed.keys()) if (path.startsWith(prefix)) sealed.delete(path);
}

/** A sealed file's bytes, decrypted in memory; throws if they were changed on disk. */
export async function unseal(path: string, keyHex: string): Promise<Buffer> {
  const all = await readFile(path);
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(keyHex, 'hex'), all.subarray(0, 12));
  decipher.setAuthTag(all.subarray(all.length - 16));
  return Buffer.concat([decipher.update(all.subarray(12, all.length - 16)), decipher.final()]);
}

/**
 * Where a file for download is written (an export, an import's error file): sealed like a staged
 * copy while encryption is on, plain otherwise. Its 'finish' comes once the file is closed.
 */
export function outgoingWriteStream(path: string): Writable {
  if (!encryptionOn()) return createWriteStream(path);
  const seal = sealing(path);
  const done = pipeline(seal, createWriteStream(path));
  done.catch(() => undefined); // reported through final() or destroy()
  return new Writable({
    // Done once the cipher has taken the chunk (not merely queued it): a writer that reuses its
    // buffer (the package's ZIP) may fill it again from then on.
    write(chunk: Buffer, _encoding, callback) {
      seal.write(chunk, (error) => callback(error));
    },
    final(callback) {
      seal.end();
      done.then(() => callback(), callback);
    },
    destroy(error, callback) {
      seal.destroy(error ?? undefined);
      done.then(() => callback(error), () => callback(error));
    },
  });
}

/** A file's plain size: a sealed one carries a 12-byte IV and a 16-byte tag. */
export function plainSize(path: string, bytesOnDisk: number): number {
  return sealed.has(path) ? bytesOnDisk - 28 : bytesOnDisk;
}

/** A file's plain bytes as a stream (a sealed one decrypted on the way; a changed one fails at its end). */
export function plainStream(path: string): Readable {
  const key = sealed.get(path);
  if (!key) return createReadStream(path);
  const fd = openSync(path, 'r');
  const iv = Buffer.alloc(12);
  const tag = Buffer.alloc(16);
  try {
    const size = fstatSync(fd).size;
    readSync(fd, iv, 0, 12, 0);
    readSync(fd, tag, 0, 16, size - 16);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    const body = createReadStream(path, { start: 12, end: size - 17 });
    body.on('error', (error) => decipher.destroy(error));
    return body.pipe(decipher);
  } finally {
    closeSync(fd);
  }
}
