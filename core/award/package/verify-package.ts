import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { VerifyReport } from '../../api/award.ts';
import { isMessage, type Message } from '../../api/messages/message.ts';
import { msg } from '../../messages.ts';
import { manifestName, manifestSchema, type Manifest } from './manifest.ts';
import { isSafeEntryPath } from './safe-names.ts';

// `lindung verify <paket.zip>` and the app's "Periksa paket": every file listed in manifest.json
// hashed again (streamed), and every difference named: changed, missing, or an extra file the
// manifest does not list. The ZIP is treated as hostile: its names are checked (yauzl refuses
// absolute and ".." paths), the entry count and the manifest's size are bounded, and an entry is
// inflated only when its declared size is the one the manifest records, and then only up to that
// size (plus one byte, to see it is longer), streamed: an entry the manifest does not list is
// never inflated, so a zip bomb costs at most the time to hash what the manifest vouches for,
// and memory stays flat. A sealed upload is checked from memory (a Buffer), so no plaintext copy
// of it touches the disk. yauzl's own (English) error texts never reach the report: an unsafe
// entry name and a damaged ZIP are said in our words.

const maxEntries = 100_000;
const maxManifestBytes = 32 * 1024 * 1024;

// yauzl's refusals of an entry name (validateFileName): a backslash, an absolute path, "..".
const unsafeNameError = /^(invalid characters in fileName|absolute path|invalid relative path): ([\s\S]*)$/;

/** A ZIP that yauzl refused while listing it, in our words: an unsafe entry name (named), or damaged. */
function zipProblem(error: Error): Message {
  const unsafe = unsafeNameError.exec(error.message);
  if (unsafe) return msg('award.verify.unsafeEntryName', { path: unsafe[2]!.slice(0, 200) });
  return msg('award.verify.badZip');
}

const failed = (problem: Message): VerifyReport => ({ ok: false, cycle: null, files: 0, changed: [], missing: [], extra: [], problem });

function entriesOf(zip: ZipFile): Promise<Entry[] | Message> {
  return new Promise((resolve) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > maxEntries) {
        zip.close();
        resolve(msg('award.verify.tooManyEntries', { max: maxEntries.toLocaleString('id-ID') }));
      } else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => resolve(zipProblem(error)));
    zip.readEntry();
  });
}

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}

/** Reads at most `limit` bytes of the entry, hashing them; `tooLong` when there was more. */
async function hashEntry(zip: ZipFile, entry: Entry, limit: number, keep: boolean): Promise<{ sha256: string; size: number; tooLong: boolean; bytes: Buffer | null }> {
  const stream = await openStream(zip, entry);
  const hash = createHash('sha256');
  const kept: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) return { sha256: '', size, tooLong: true, bytes: null };
      hash.update(chunk);
      if (keep) kept.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return { sha256: hash.digest('hex'), size, tooLong: false, bytes: keep ? Buffer.concat(kept) : null };
}

async function readManifest(zip: ZipFile, entry: Entry | undefined): Promise<Manifest | Message> {
  if (!entry) return msg('award.verify.noManifest');
  if (entry.uncompressedSize > maxManifestBytes) return msg('award.verify.manifestTooLarge');
  let read;
  try {
    read = await hashEntry(zip, entry, maxManifestBytes, true);
  } catch {
    return msg('award.verify.manifestUnreadable');
  }
  if (read.tooLong || !read.bytes) return msg('award.verify.manifestTooLarge');
  let json: unknown;
  try {
    json = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return msg('award.verify.manifestNotJson');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return msg('award.verify.manifestShape');
  const seen = new Set<string>();
  for (const file of parsed.data.files) {
    if (!isSafeEntryPath(file.path) || file.path === manifestName) return msg('award.verify.unsafePath', { path: file.path.slice(0, 200) });
    if (seen.has(file.path)) return msg('award.verify.listedTwice', { path: file.path.slice(0, 200) });
    seen.add(file.path);
  }
  return parsed.data;
}

/** Checks a package: a file by its path, or (a sealed upload opened in memory) its bytes. */
export async function verifyPackage(zipFile: string | Buffer): Promise<VerifyReport> {
  let zip: ZipFile;
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true };
  try {
    zip = typeof zipFile === 'string' ? await yauzl.openPromise(zipFile, options) : await yauzl.fromBufferPromise(zipFile, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && typeof zipFile === 'string') return failed(msg('award.verify.notFound', { file: zipFile }));
    return failed(msg('award.verify.notZip'));
  }
  try {
    const listed = await entriesOf(zip);
    if (isMessage(listed)) return failed(listed);
    const byName = new Map<string, Entry>();
    const duplicated = new Set<string>();
    for (const entry of listed) {
      if (entry.fileName.endsWith('/')) continue; // a folder entry holds nothing to check
      if (byName.has(entry.fileName)) duplicated.add(entry.fileName);
      else byName.set(entry.fileName, entry);
    }
    if (duplicated.has(manifestName)) return failed(msg('award.verify.manifestTwice'));
    const manifest = await readManifest(zip, byName.get(manifestName));
    if (isMessage(manifest)) return failed(manifest);

    const changed: string[] = [];
    const missing: string[] = [];
    for (const file of manifest.files) {
      const entry = byName.get(file.path);
      if (!entry) {
        missing.push(file.path);
        continue;
      }
      if (duplicated.has(file.path) || entry.uncompressedSize !== file.size) {
        changed.push(file.path);
        continue;
      }
      try {
        const read = await hashEntry(zip, entry, file.size, false);
        if (read.tooLong || read.size !== file.size || read.sha256 !== file.sha256) changed.push(file.path);
      } catch {
        changed.push(file.path); // a damaged entry (bad CRC, wrong size, encrypted): not what was packed
      }
    }
    const listedPaths = new Set(manifest.files.map((f) => f.path));
    const extra = [...byName.keys()].filter((name) => name !== manifestName && !listedPaths.has(name));
    return {
      ok: changed.length === 0 && missing.length === 0 && extra.length === 0,
      cycle: { edition: manifest.cycle.edition, approvedAt: manifest.approval.approvedAt, snapshotMonth: manifest.snapshot.month },
      files: manifest.files.length,
      changed,
      missing,
      extra,
      problem: null,
    };
  } finally {
    zip.close();
  }
}
