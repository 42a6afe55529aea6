// Checks an XLSX's ZIP container from its central directory before anything is inflated, and
// hands out entry streams that stop at the size the central directory declared (so a ZIP whose
// headers lie about sizes is caught as soon as it inflates past them) and fail if they end short
// of it.
import { Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { Readable, TransformCallback } from 'node:stream';
import { sourceZip } from './source-bytes.ts';
import type { Entry, ZipFile } from 'yauzl';
import { ImportReadError, describeCause, isOutOfMemory, readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import type { Message } from '../../api/messages/message.ts';
import { msg } from '../../messages.ts';
import type { ReadLimits } from './limits.ts';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 = stored, 8 = deflate (the only two an XLSX uses). */
  method: number;
}

export interface GuardedZip {
  /** Every entry, in central-directory order. */
  entries: ZipEntryInfo[];
  /** Sum of the declared uncompressed sizes. */
  totalUncompressed: number;
  /** Case-insensitive lookup (some writers spell `xl/SharedStrings.xml`). */
  find(name: string): ZipEntryInfo | undefined;
  /**
   * The inflated content of one entry. It fails with ZIP_BOMB as soon as more bytes come out
   * than the central directory declared, and with CORRUPT_FILE on damaged data.
   * `onBytes` is told how many inflated bytes went through so far.
   */
  open(name: string, onBytes?: (bytesSoFar: number) => void): Promise<Readable>;
  close(): void;
}

/** Opens and checks a ZIP; the caller must `close()` it. Throws ImportReadError. */
export async function openGuardedZip(path: string, limits: ReadLimits, where: ReadErrorWhere): Promise<GuardedZip> {
  let zip: ZipFile;
  try {
    zip = await sourceZip(path, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (e) {
    throw mapZipError(e, where);
  }
  try {
    const { entries, byName } = await checkEntries(zip, limits, where);
    const totalUncompressed = entries.reduce((sum, e) => sum + e.info.uncompressedSize, 0);
    return {
      entries: entries.map((e) => e.info),
      totalUncompressed,
      find: (name) => byName.get(name.toLowerCase())?.info,
      open: (name, onBytes) => {
        const found = byName.get(name.toLowerCase());
        if (!found) return Promise.reject(readErrors.corrupt(where, `missing ZIP entry ${name}`));
        return openEntry(zip, found.entry, where, onBytes);
      },
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** Checks a ZIP and lists its entries without inflating anything. */
export async function inspectZip(path: string, limits: ReadLimits, where: ReadErrorWhere): Promise<ZipEntryInfo[]> {
  const z = await openGuardedZip(path, limits, where);
  z.close();
  return z.entries;
}

async function checkEntries(
  zip: ZipFile,
  limits: ReadLimits,
  where: ReadErrorWhere,
): Promise<{ entries: Array<{ info: ZipEntryInfo; entry: Entry }>; byName: Map<string, { info: ZipEntryInfo; entry: Entry }> }> {
  if (zip.entryCount > limits.maxZipEntries) {
    throw readErrors.suspicious(
      where,
      msg('read.why.zipEntries', { count: zip.entryCount, limit: limits.maxZipEntries }),
      `entryCount=${zip.entryCount}`,
    );
  }
  const entries: Array<{ info: ZipEntryInfo; entry: Entry }> = [];
  const byName = new Map<string, { info: ZipEntryInfo; entry: Entry }>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      const unsafe = unsafeName(name);
      if (unsafe) throw readErrors.suspicious(where, unsafe, `entry name ${JSON.stringify(name).slice(0, 200)}`);
      if (entry.isEncrypted()) throw readErrors.encrypted(where, `encrypted ZIP entry ${name}`);
      const info: ZipEntryInfo = {
        name,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        method: entry.compressionMethod,
      };
      const isDir = name.endsWith('/');
      if (!isDir && info.method !== 0 && info.method !== 8) {
        throw readErrors.corrupt(where, `entry ${name} uses compression method ${info.method}`);
      }
      const key = name.toLowerCase();
      if (byName.has(key)) {
        throw readErrors.suspicious(
          where,
          msg('read.why.duplicateEntry', { name }),
          `duplicate entry ${name}`,
        );
      }
      total += info.uncompressedSize;
      if (total > limits.maxUncompressedBytes) {
        throw readErrors.zipBomb(
          where,
          msg('read.why.declaredTooLarge', { limit: limits.maxUncompressedBytes }),
          `declared uncompressed total ${total} > ${limits.maxUncompressedBytes}`,
        );
      }
      if (info.uncompressedSize > limits.ratioCheckMinBytes) {
        const ratio = info.uncompressedSize / Math.max(1, info.compressedSize);
        if (ratio > limits.maxCompressionRatio) {
          throw readErrors.zipBomb(
            where,
            msg('read.why.ratio', { name, ratio: Math.round(ratio), limit: limits.maxCompressionRatio }),
            `entry ${name}: ${info.compressedSize} -> ${info.uncompressedSize}`,
          );
        }
      }
      const rec = { info, entry };
      entries.push(rec);
      byName.set(key, rec);
    }
  } catch (e) {
    throw mapZipError(e, where);
  }
  return { entries, byName };
}

/** Names a ZIP entry must never have, whatever reads it next. */
function unsafeName(name: string): Message | null {
  const n = name.replace(/\\/g, '/');
  if (n.includes('\0')) return msg('read.why.nul');
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return msg('read.why.absolute', { name: n.slice(0, 80) });
  if (n.split('/').includes('..')) return msg('read.why.climbs', { name: n.slice(0, 80) });
  return null;
}

/**
 * Inflated bytes per chunk. yauzl's own inflate hands out 16 KB chunks, and each goes through
 * five more stream stages; 256 KB chunks halve the cost of inflating a sheet.
 */
const INFLATE_CHUNK = 256 * 1024;

function openEntry(zip: ZipFile, entry: Entry, where: ReadErrorWhere, onBytes?: (n: number) => void): Promise<Readable> {
  return new Promise((resolve, reject) => {
    // The stored bytes only (yauzl still checks they stay within the compressed size); the
    // inflating, and the check against the declared uncompressed size, happen here.
    zip.openReadStream(entry, { decodeFileData: false }, (err, source) => {
      if (err) return reject(mapZipError(err, where));
      const declared = entry.uncompressedSize;
      let seen = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
          seen += chunk.length;
          if (seen > declared) {
            cb(lyingSizeError(where, entry.fileName, declared));
            return;
          }
          onBytes?.(seen);
          cb(null, chunk);
        },
        flush(cb: TransformCallback) {
          if (seen < declared) cb(readErrors.corrupt(where, `entry ${entry.fileName} ends after ${seen} of the ${declared} bytes it declares`));
          else cb();
        },
      });
      const inflate = entry.compressionMethod === 8 ? createInflateRaw({ chunkSize: INFLATE_CHUNK }) : null;
      const fail = (e: unknown) => counter.destroy(mapZipError(e, where, entry));
      source.on('error', fail);
      inflate?.on('error', fail);
      counter.on('close', () => {
        if (!source.destroyed) source.destroy();
        inflate?.destroy();
      });
      if (inflate) source.pipe(inflate).pipe(counter);
      else source.pipe(counter);
      resolve(counter);
    });
  });
}

function lyingSizeError(where: ReadErrorWhere, name: string, declared: number): ImportReadError {
  return readErrors.zipBomb(
    where,
    msg('read.why.inflates', { name, declared }),
    `entry ${name} inflates past declared ${declared}`,
  );
}

/** yauzl's and zlib's errors, as the user should read them. */
export function mapZipError(e: unknown, where: ReadErrorWhere, entry?: Entry): ImportReadError {
  if (e instanceof ImportReadError) return e;
  const text = e instanceof Error ? e.message : String(e);
  if (/too many bytes in the stream/i.test(text)) {
    return lyingSizeError(where, entry?.fileName ?? '?', entry?.uncompressedSize ?? 0);
  }
  if (/absolute path|invalid relative path|invalid characters in fileName/i.test(text)) {
    return readErrors.suspicious(where, msg('read.why.unsafeName'), text);
  }
  if (/encrypt/i.test(text)) return readErrors.encrypted(where, text);
  if (isOutOfMemory(e)) return readErrors.memoryLimit(where, undefined, text);
  return readErrors.corrupt(where, describeCause(e));
}
