import { rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { outgoingWriteStream } from '../../files/sealed-file.ts';
import { msg, render } from '../../messages.ts';
import { writeIndexPdf } from '../pdf/index-pdf.ts';
import { writeNarrativePdf } from '../pdf/narrative-file-pdf.ts';
import { tanggal, tanggalDi } from '../pdf/words.ts';
import { tableXlsx } from '../xlsx/table-xlsx.ts';
import { manifestName, manifestSchemaVersion, type Manifest, type ManifestFile } from './manifest.ts';
import { indicatorCode, planPackage, type PlannedEntry } from './package-layout.ts';
import type { PackageSource } from './package-source.ts';
import { zipTime, ZipStream, type EntryWritten } from './zip-stream.ts';

// The evidence package: one ZIP written entry by entry to the file, with backpressure, memory
// flat whatever the documents weigh (each is streamed from the store in 1 MB chunks). Order:
// the index, the narratives, the XLSX annexes, the documents by aspect and indicator, then
// manifest.json listing every other file with its SHA-256, size and origin. Every date inside is
// the approval's, so the same approved cycle gives the same bytes. A cancel (the signal) or a
// failure removes the partial file.

/** A stored document that is gone or no longer matches its recorded SHA-256: the package is not made. */
export class PackageDocumentError extends Error {
  override name = 'PackageDocumentError';
  readonly reason: 'missing' | 'changed';
  readonly documentName: string;
  readonly itemTitle: string;
  constructor(reason: 'missing' | 'changed', documentName: string, itemTitle: string) {
    super(render(msg(reason === 'missing' ? 'award.package.documentMissing' : 'award.package.documentChanged', { name: documentName, item: itemTitle })));
    this.reason = reason;
    this.documentName = documentName;
    this.itemTitle = itemTitle;
  }
}

export interface PackageWritten {
  files: number;
  bytes: number;
  sha256: string;
}

export interface BuildOptions {
  onProgress(done: number, total: number, phase: string): void;
  signal: AbortSignal;
}

/** Already compressed: stored as they are (deflating them again costs time and saves nothing). */
const storedAsIs = (mime: string, name: string) => /^(application\/pdf|image\/(jpeg|png)|application\/zip)$/i.test(mime) || /\.(pdf|jpe?g|png|zip|xlsx|docx)$/i.test(name);

const phaseOf: Record<PlannedEntry['kind'], string> = { index: 'indeks', narrative: 'naratif', table: 'lampiran', annex: 'lampiran', document: 'dokumen' };

function whereOf(source: PackageSource, itemUid: string): { aspect: string; indicator: string } {
  for (const aspect of source.aspects)
    for (const indicator of aspect.indicators)
      if (indicator.items.some((i) => i.uid === itemUid)) return { aspect: `Aspek ${aspect.code}. ${aspect.title}`, indicator: `${indicatorCode(aspect.code, indicator.code)} ${indicator.title}` };
  return { aspect: '', indicator: '' };
}

async function writeEntry(zip: ZipStream, source: PackageSource, entry: PlannedEntry, index: () => Promise<Buffer>): Promise<EntryWritten> {
  const at = source.approval.approvedAt;
  // The annexes are Indonesian documents: their context lines are rendered in Indonesian.
  const frozen = msg('award.package.frozenLine', { month: tanggal(source.approval.snapshotMonth), at: tanggal(source.approval.snapshotAt), approvedAt: tanggalDi(at, source.office.timeZone), approver: source.approval.approverName });
  const context = [`${source.office.name} — ${source.cycle.edition}`, render(frozen, 'id')];
  switch (entry.kind) {
    case 'index':
      return zip.addBytes(entry.path, await index(), false);
    case 'narrative':
      return zip.addBytes(entry.path, await writeNarrativePdf(source, entry.item, whereOf(source, entry.item.uid)), false);
    case 'table':
      return zip.addBytes(entry.path, await tableXlsx(entry.item.table!, [...context, render(msg('award.package.itemLine', { title: entry.item.title }), 'id')], at), false);
    case 'annex':
      return zip.addBytes(entry.path, await tableXlsx(entry.annex.table, context, at), false);
    case 'document': {
      const { document, item } = entry;
      let written: EntryWritten;
      try {
        written = await zip.addFile(entry.path, document.path, !storedAsIs(document.mime, document.name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PackageDocumentError('missing', document.name, item.title);
        throw error;
      }
      if (written.sha256 !== document.sha256) throw new PackageDocumentError('changed', document.name, item.title);
      return written;
    }
  }
}

function manifestOf(source: PackageSource, files: ManifestFile[]): Manifest {
  const { office, cycle, approval } = source;
  return {
    schemaVersion: manifestSchemaVersion,
    generator: 'Lindung',
    office: { name: office.name, areaName: office.areaName },
    cycle: { uid: cycle.uid, edition: cycle.edition, year: cycle.year, level: cycle.level, category: cycle.category, periodStart: cycle.periodStart, periodEnd: cycle.periodEnd },
    approval: { approvedAt: approval.approvedAt, approvedBy: approval.approvedBy, approverName: approval.approverName, approverNip: approval.approverNip },
    snapshot: { uid: approval.snapshotUid, month: approval.snapshotMonth, at: approval.snapshotAt },
    files,
  };
}

/** Closes a partial package's stream and removes its file. */
export async function discardPartial(out: Writable, path: string): Promise<void> {
  if (!out.closed) {
    const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
    out.destroy();
    await closed;
  }
  await rm(path, { force: true });
}

/** The package written to a stream, ended once the ZIP is whole; a failure leaves the stream to the caller. */
export async function writePackage(source: PackageSource, out: Writable, opts: BuildOptions): Promise<PackageWritten> {
  opts.signal.throwIfAborted();
  const layout = planPackage(source);
  const total = layout.entries.length + 1;
  const zip = new ZipStream(out, zipTime(source.approval.approvedAt), opts.signal);
  const files: ManifestFile[] = [];
  for (const [i, entry] of layout.entries.entries()) {
    opts.signal.throwIfAborted();
    opts.onProgress(i, total, phaseOf[entry.kind]);
    const written = await writeEntry(zip, source, entry, () => writeIndexPdf(source, layout));
    files.push({ path: entry.path, sha256: written.sha256, size: written.size, origin: entry.origin });
  }
  opts.signal.throwIfAborted();
  opts.onProgress(total - 1, total, 'manifest');
  await zip.addBytes(manifestName, Buffer.from(`${JSON.stringify(manifestOf(source, files), null, 2)}\n`, 'utf8'), true);
  const done = await zip.finish();
  opts.onProgress(total, total, 'selesai');
  return { files: total, ...done };
}

/** The package written to a file (sealed while encryption is on); a cancel or a failure removes the partial file. */
export async function buildPackage(source: PackageSource, outPath: string, opts: BuildOptions): Promise<PackageWritten> {
  opts.signal.throwIfAborted();
  const out = outgoingWriteStream(outPath);
  try {
    return await writePackage(source, out, opts);
  } catch (error) {
    await discardPartial(out, outPath);
    throw error;
  }
}
