// XLSX: parts come from zip-guard, XML is parsed by saxes (exceljs's XML parser), styles by
// exceljs's StylesXform, and xlsx-xml.ts turns the rest into rows:
// - parts are read through the central directory that zip-guard checked (never from local
//   headers that may say something else), each stopped at its declared size;
// - parts are read in the order parsing needs (workbook, relationships, shared strings,
//   styles, then only the chosen sheet), so no sheet is spooled to a temp file and the styles
//   that date detection needs are always there;
// - every part is decoded to text by Node's stream decoder before the XML parser sees it
//   (exceljs decodes each chunk alone, which turns a character split between two chunks into
//   U+FFFD).
// Only these exceljs modules are loaded (exceljs whole takes 0.2 s to load).
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import type { Readable } from 'node:stream';
import { readErrors } from './errors.ts';
import type { ReadErrorWhere } from './errors.ts';
import type { ReadLimits } from './limits.ts';
import type { RowSource, SheetInfo } from './types.ts';
import { folderOf, officeDocument, relationshipsPartOf, resolvePart } from './ooxml-package.ts';
import { SheetHandler, isDateFormat, parseXml, parseXmlPart, relationshipsHandler, sharedStringsHandler, workbookHandler } from './xlsx-xml.ts';
import type { Relationship, WorkbookModel, XlsxRow } from './xlsx-xml.ts';
import { mapZipError, openGuardedZip } from './zip-guard.ts';
import { scanMergedDown, type MergedDown } from './merged-down.ts';
import { scanHiddenColumns } from './hidden-columns.ts';
import type { GuardedZip } from './zip-guard.ts';

const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

interface SheetEntry {
  info: SheetInfo;
  part: string;
}

export interface XlsxBook {
  sheets: SheetInfo[];
  openRows(sheet: SheetInfo): Promise<RowSource>;
  close(): void;
}

async function textPart(zip: GuardedZip, name: string, onBytes?: (n: number) => void): Promise<Readable> {
  const s = await zip.open(name, onBytes);
  s.setEncoding('utf8');
  return s;
}

/** Reads a whole small part through `parse`, then releases its stream. */
async function readPart<T>(zip: GuardedZip, name: string, parse: (chunks: AsyncIterable<string>) => Promise<T>): Promise<T> {
  const s = await textPart(zip, name);
  try {
    return await parse(s as AsyncIterable<string>);
  } finally {
    s.destroy();
  }
}

/** Reads the start of a sheet part for `<dimension ref="A1:L100001"/>`; the last row, or null. */
async function dimensionHint(zip: GuardedZip, part: string): Promise<number | null> {
  const s = await textPart(zip, part);
  let head = '';
  try {
    for await (const chunk of s as AsyncIterable<string>) {
      head += chunk;
      if (head.length >= 8192 || /<(\w+:)?sheetData[\s>/]/.test(head)) break;
    }
  } finally {
    s.destroy();
  }
  const m = /<(?:\w+:)?dimension\s+ref="\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?"/.exec(head);
  if (!m) return null;
  const last = Number(m[2] ?? m[1]);
  return Number.isSafeInteger(last) ? last : null;
}

/** Cell style index -> has a date number format (built-in ids like 14 included). */
async function readDateStyles(zip: GuardedZip, part: string | null): Promise<(s: number) => boolean> {
  if (!part) return () => false;
  const styles = new StylesXform();
  await readPart(zip, part, (chunks) => styles.parseStream(chunks));
  const known = new Map<number, boolean>();
  return (s) => {
    let d = known.get(s);
    if (d === undefined) {
      d = isDateFormat(styles.getStyleModel(s)?.numFmt);
      known.set(s, d);
    }
    return d;
  };
}

export async function openXlsx(path: string, limits: ReadLimits, where: ReadErrorWhere): Promise<XlsxBook> {
  const zip = await openGuardedZip(path, limits, where);
  try {
    // The workbook where the package's relationships say (LibreOffice and others may put it
    // elsewhere than Excel's xl/workbook.xml); a package without them: where Excel puts it.
    const main = await officeDocument(zip).catch(() => null);
    const workbookPart = main?.kind === 'workbook' ? main.part : (zip.find('xl/workbook.xml')?.name ?? 'xl/workbook.xml');
    const relsPart = relationshipsPartOf(workbookPart);
    if (!zip.find(relsPart) || !zip.find(workbookPart)) {
      throw readErrors.corrupt(where, `${workbookPart} or its relationships are missing`);
    }
    const folder = folderOf(workbookPart);
    const partName = (target: string) => resolvePart(target, folder);
    const rels: Relationship[] = [];
    const workbook: WorkbookModel = { sheets: [], date1904: false };
    try {
      await readPart(zip, relsPart, (chunks) => parseXmlPart(chunks, relationshipsHandler(rels)));
      await readPart(zip, workbookPart, (chunks) => parseXmlPart(chunks, workbookHandler(workbook)));
    } catch (e) {
      throw mapZipError(e, where);
    }
    const relById = new Map(rels.map((r) => [r.id, r]));
    const sheets: SheetEntry[] = [];
    for (const s of workbook.sheets) {
      const rel = relById.get(s.rId);
      if (!rel || !REL_WORKSHEET.test(rel.type) || rel.external) continue; // chart sheets, macro sheets
      const entry = zip.find(partName(rel.target));
      if (!entry) continue;
      sheets.push({
        part: entry.name,
        info: {
          name: s.name || `Sheet${sheets.length + 1}`,
          index: sheets.length,
          rowCountHint: null,
          hidden: s.state === 'hidden' || s.state === 'veryHidden',
        },
      });
    }
    for (const s of sheets) {
      try {
        s.info.rowCountHint = await dimensionHint(zip, s.part);
      } catch {
        s.info.rowCountHint = null; // a hint only; reading the sheet will report a real problem
      }
    }
    const relPart = (re: RegExp, fallback: string) => {
      const rel = rels.find((r) => re.test(r.type));
      const name = rel ? partName(rel.target) : fallback;
      return zip.find(name)?.name ?? null;
    };
    const sharedStringsPart = relPart(REL_SHARED_STRINGS, partName('sharedStrings.xml'));
    const stylesPart = relPart(REL_STYLES, partName('styles.xml'));

    let opened = false;
    return {
      sheets: sheets.map((s) => s.info),
      close: () => zip.close(),
      async openRows(sheet: SheetInfo): Promise<RowSource> {
        if (opened) throw new Error('openRows may be called once per book');
        opened = true;
        const entry = sheets.find((s) => s.info.index === sheet.index);
        if (!entry) throw readErrors.corrupt(where, `sheet ${sheet.name} has no part`);
        const sheetWhere = { ...where, sheet: sheet.name };
        const sharedStrings: string[] = [];
        let isDateStyle: (s: number) => boolean;
        try {
          if (sharedStringsPart) await readPart(zip, sharedStringsPart, (chunks) => parseXmlPart(chunks, sharedStringsHandler(sharedStrings)));
          isDateStyle = await readDateStyles(zip, stylesPart);
        } catch (e) {
          zip.close();
          throw mapZipError(e, where);
        }
        let mergedDown: MergedDown[];
        let hiddenColumns: number[];
        try {
          const scanned = await zip.open(entry.part);
          try {
            mergedDown = await scanMergedDown(scanned);
          } finally {
            scanned.destroy();
          }
          // Only the part's head, up to <sheetData>.
          const head = await zip.open(entry.part);
          try {
            hiddenColumns = await scanHiddenColumns(head, limits.maxColumns);
          } finally {
            head.destroy();
          }
        } catch (e) {
          zip.close();
          throw mapZipError(e, sheetWhere);
        }
        const bytesTotal = zip.find(entry.part)?.uncompressedSize ?? 0;
        let bytesRead = 0;
        const stream = await textPart(zip, entry.part, (n) => {
          bytesRead = n;
        });
        const close = () => {
          stream.destroy();
          zip.close();
        };
        const handler = new SheetHandler({ sharedStrings, isDateStyle, date1904: workbook.date1904, where: sheetWhere });
        return {
          sheet,
          bytesTotal,
          bytesRead: () => bytesRead,
          rows: sheetRows(stream, handler, sheetWhere, close),
          mergedDown,
          hiddenColumns,
          close,
        };
      },
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

async function* sheetRows(stream: Readable, handler: SheetHandler, where: ReadErrorWhere, close: () => void): AsyncGenerator<XlsxRow> {
  let lastRow = 0;
  try {
    for await (const _ of parseXml(stream as AsyncIterable<string>, handler)) {
      const rows = handler.rows;
      handler.rows = [];
      for (const row of rows) {
        lastRow = row.rowNumber;
        yield row;
      }
    }
    if (handler.rowCount === 0 && handler.sawCell) {
      throw readErrors.corrupt(where, 'the sheet has cells but none could be read');
    }
  } catch (e) {
    throw mapZipError(e, { ...where, row: lastRow + 1 });
  } finally {
    close();
  }
}
