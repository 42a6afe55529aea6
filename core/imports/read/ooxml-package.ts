// Where an Office Open XML package keeps its main part. Excel writes `xl/workbook.xml`, but the
// standard only says: the package's relationships (`_rels/.rels`) name the officeDocument part,
// and `[Content_Types].xml` says what it is. LibreOffice, WPS and other writers follow that, so
// a workbook at `spreadsheet/book.xml` is as valid as Excel's.
import { parseXmlPart, relationshipsHandler } from './xlsx-xml.ts';
import type { Relationship, XmlHandler } from './xlsx-xml.ts';
import type { GuardedZip } from './zip-guard.ts';

const OFFICE_DOCUMENT = /\/relationships\/officeDocument$/;
/** The package-level parts are small; anything bigger is not an honest package. */
const MAX_PACKAGE_PART_BYTES = 1024 * 1024;

export type OfficeDocumentKind = 'workbook' | 'binaryWorkbook' | 'word' | 'presentation' | 'other';

export interface OfficeDocument {
  /** The part's name as it is in the ZIP (its case), e.g. `xl/workbook.xml`. */
  part: string;
  kind: OfficeDocumentKind;
}

/** Resolves a relationship target against the folder of the part that holds the relationships ('' = the root). */
export function resolvePart(target: string, fromFolder: string): string {
  const t = target.replace(/\\/g, '/');
  const parts = t.startsWith('/') ? [] : fromFolder.split('/').filter(Boolean);
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(decoded(seg));
  }
  return parts.join('/');
}

/** A target is a URI: `%20` is a space in the part's name (a malformed escape stays as written). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The folder of a part ('' for a part at the root). */
export const folderOf = (part: string) => (part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : '');

/** Where the relationships of `part` are: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder ? folder.length + 1 : 0);
  return folder ? `${folder}/_rels/${name}.rels` : `_rels/${name}.rels`;
}

function kindOf(contentType: string | null): OfficeDocumentKind {
  if (!contentType) return 'other';
  const t = contentType.toLowerCase();
  if (/spreadsheetml\.(sheet|template)\.main\+xml$/.test(t) || /ms-excel\.(sheet|template|addin)\.macroenabled\.main\+xml$/.test(t)) return 'workbook';
  if (t.includes('ms-excel.sheet.binary')) return 'binaryWorkbook';
  if (t.includes('wordprocessingml') || t.includes('ms-word')) return 'word';
  if (t.includes('presentationml') || t.includes('ms-powerpoint')) return 'presentation';
  return 'other';
}

function contentTypesHandler(out: { defaults: Map<string, string>; overrides: Map<string, string> }): XmlHandler {
  return {
    open(tag) {
      const a = tag.attributes;
      if (tag.name === 'Default' && a.Extension && a.ContentType) out.defaults.set(a.Extension.toLowerCase(), a.ContentType);
      else if (tag.name === 'Override' && a.PartName && a.ContentType) out.overrides.set(resolvePart(a.PartName, '').toLowerCase(), a.ContentType);
    },
    text() {},
    close() {},
  };
}

async function readSmallPart(zip: GuardedZip, name: string, handler: XmlHandler): Promise<boolean> {
  const entry = zip.find(name);
  if (!entry || entry.uncompressedSize > MAX_PACKAGE_PART_BYTES) return false;
  const s = await zip.open(entry.name);
  s.setEncoding('utf8');
  try {
    await parseXmlPart(s as AsyncIterable<string>, handler);
  } finally {
    s.destroy();
  }
  return true;
}

/**
 * The package's main part and what it is, from `_rels/.rels` and `[Content_Types].xml`; null when
 * the ZIP has no such relationship (not an Office package) or names a part that is not in it.
 * Throws on XML that does not parse (the caller reports the file as damaged).
 */
export async function officeDocument(zip: GuardedZip): Promise<OfficeDocument | null> {
  const rels: Relationship[] = [];
  if (!(await readSmallPart(zip, '_rels/.rels', relationshipsHandler(rels)))) return null;
  const main = rels.find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  if (!main) return null;
  const entry = zip.find(resolvePart(main.target, ''));
  if (!entry) return null;
  const types = { defaults: new Map<string, string>(), overrides: new Map<string, string>() };
  await readSmallPart(zip, '[Content_Types].xml', contentTypesHandler(types));
  const extension = entry.name.includes('.') ? entry.name.slice(entry.name.lastIndexOf('.') + 1).toLowerCase() : '';
  const contentType = types.overrides.get(entry.name.toLowerCase()) ?? types.defaults.get(extension) ?? null;
  return { part: entry.name, kind: kindOf(contentType) };
}
