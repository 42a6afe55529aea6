import type { ManifestOrigin } from './manifest.ts';
import type { PackageDocument, PackageItem, PackageSource } from './package-source.ts';
import { safeSegment, UniqueNames } from './safe-names.ts';

// Where each file sits in the package, decided once before anything is written: the index PDF
// prints these paths beside each item, and the ZIP is written in exactly this order (so two
// builds of one source give the same bytes).

export const indexName = '00-indeks.pdf';

export type PlannedEntry =
  | { kind: 'index'; path: string; origin: ManifestOrigin }
  | { kind: 'narrative'; path: string; origin: ManifestOrigin; item: PackageItem }
  | { kind: 'table'; path: string; origin: ManifestOrigin; item: PackageItem }
  | { kind: 'annex'; path: string; origin: ManifestOrigin; annex: PackageSource['annexes'][number] }
  | { kind: 'document'; path: string; origin: ManifestOrigin; item: PackageItem; document: PackageDocument };

export interface PackageLayout {
  entries: PlannedEntry[];
  /** Per item uid: where its table, its narrative and its documents are (document index → path). */
  byItem: Map<string, { table: string | null; narrative: string | null; documents: string[] }>;
}

/** "A" and "1" → "A.1"; an indicator already coded "A.1" stays so. */
export const indicatorCode = (aspect: string, indicator: string) => (indicator.startsWith(`${aspect}.`) || indicator.startsWith(`${aspect}-`) ? indicator : `${aspect}.${indicator}`);

const withExtension = (name: string, ext: string) => (name.toLowerCase().endsWith(ext) ? name : `${name}${ext}`);

export function planPackage(source: PackageSource): PackageLayout {
  const entries: PlannedEntry[] = [{ kind: 'index', path: indexName, origin: { kind: 'index' } }];
  const byItem: PackageLayout['byItem'] = new Map();
  const narratives = new UniqueNames();
  const annexes = new UniqueNames();
  const aspectFolders = new UniqueNames();
  const narrativeEntries: PlannedEntry[] = [];
  const tableEntries: PlannedEntry[] = [];
  const documentEntries: PlannedEntry[] = [];

  for (const annex of source.annexes) {
    const path = `lampiran/${annexes.claim(withExtension(safeSegment(annex.fileName, 'lampiran'), '.xlsx'))}`;
    tableEntries.push({ kind: 'annex', path, origin: { kind: 'annex' }, annex });
  }
  for (const aspect of source.aspects) {
    const aspectFolder = aspectFolders.claim(safeSegment(`${aspect.code} ${aspect.title}`, 'aspek'));
    const indicatorFolders = new UniqueNames();
    for (const indicator of aspect.indicators) {
      const indicatorFolder = indicatorFolders.claim(safeSegment(indicator.code, 'indikator'));
      const files = new UniqueNames();
      for (const item of indicator.items) {
        // "C.1 Cakupan per kecamatan, Desember 2025": the indicator's code as the index prints it, then the item's title.
        const stem = safeSegment(`${indicatorCode(aspect.code, indicator.code)} ${item.title}`, 'bukti');
        const at = { table: null as string | null, narrative: null as string | null, documents: [] as string[] };
        if (item.table) {
          at.table = `lampiran/${annexes.claim(withExtension(stem, '.xlsx'))}`;
          tableEntries.push({ kind: 'table', path: at.table, origin: { kind: 'annex', item: item.uid }, item });
        }
        if (item.narrative) {
          at.narrative = `naratif/${narratives.claim(withExtension(stem, '.pdf'))}`;
          narrativeEntries.push({ kind: 'narrative', path: at.narrative, origin: { kind: 'narrative', item: item.uid }, item });
        }
        for (const document of item.documents) {
          const path = `dokumen/${aspectFolder}/${indicatorFolder}/${files.claim(safeSegment(document.name, 'dokumen'))}`;
          at.documents.push(path);
          documentEntries.push({ kind: 'document', path, origin: { kind: 'document', item: item.uid, sha256: document.sha256 }, item, document });
        }
        byItem.set(item.uid, at);
      }
    }
  }
  entries.push(...narrativeEntries, ...tableEntries, ...documentEntries);
  return { entries, byItem };
}
