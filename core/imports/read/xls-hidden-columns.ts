import * as XLSX from 'xlsx';
import { addRange, sorted } from './hidden-columns.ts';

// The hidden columns of an XLS sheet (see hidden-columns.ts): its COLINFO records with fHidden
// set, read from the BIFF stream up to the sheet's first cell (some 30 ms for a 20 MB file, most
// of it SheetJS's own reading of the compound file). A BIFF record: a 2-byte type, a 2-byte
// size, the data (MS-XLS 2.1.4).

const BOF = new Set([0x0009, 0x0209, 0x0409, 0x0809]);
const EOF = 0x000a;
const BOUND_SHEET = 0x0085;
const FILE_PASS = 0x002f;
const COL_INFO = 0x007d;
/** BOF's `dt` of the workbook globals (BIFF5 and BIFF8). */
const GLOBALS = 0x0005;
/** The sheet's cells begin (Row, Blank, Number, Label, BoolErr, Formula, RK, MulRk, MulBlank, LabelSst, RString): its COLINFO came before. */
const CELLS = new Set([0x0208, 0x0201, 0x0203, 0x0204, 0x0205, 0x0006, 0x027e, 0x00bd, 0x00be, 0x00fd, 0x00d6]);

/** The workbook stream of an XLS: inside its compound file, or the file itself (a bare BIFF stream). */
function biffStream(buf: Buffer): Buffer | null {
  if (buf[0] !== 0xd0) return buf;
  const cfb = XLSX.CFB.read(buf, { type: 'buffer' });
  const content = (XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book'))?.content as Uint8Array | number[] | undefined;
  if (!content) return null;
  return Buffer.isBuffer(content) ? content : Buffer.from(content);
}

/** Where the `index`-th sheet's substream starts (SheetJS orders sheets by it), or null. */
function sheetStart(stream: Buffer, index: number): number | null {
  if (stream.length < 8 || !BOF.has(stream.readUInt16LE(0))) return null;
  // A bare sheet (BIFF2-4, or a BIFF5/8 worksheet stream): the stream is the one sheet.
  if (stream.readUInt16LE(0) !== 0x0809 || stream.readUInt16LE(6) !== GLOBALS) return index === 0 ? 0 : null;
  const starts = new Set<number>();
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = stream.readUInt16LE(at);
    const size = stream.readUInt16LE(at + 2);
    // An encrypted workbook's records after FILEPASS are not readable as they are.
    if (type === FILE_PASS) return null;
    if (type === BOUND_SHEET && size >= 4 && at + 8 <= stream.length) starts.add(stream.readUInt32LE(at + 4));
    if (type === EOF) break;
    at += 4 + size;
  }
  const start = [...starts].sort((a, b) => a - b)[index];
  return start === undefined || start + 4 > stream.length || !BOF.has(stream.readUInt16LE(start)) ? null : start;
}

/**
 * The hidden columns (0-based, under `maxColumns`) of the `index`-th sheet of an XLS: its
 * COLINFO records whose fHidden is set. None when the stream cannot be walked (SheetJS reports
 * a broken file on its own).
 */
export function xlsHiddenColumns(buf: Buffer, index: number, maxColumns: number): number[] {
  const hidden = new Set<number>();
  try {
    const stream = biffStream(buf);
    const start = stream ? sheetStart(stream, index) : null;
    if (!stream || start === null) return [];
    // Substreams nest (a chart embedded in the sheet has its own BOF ... EOF): only the sheet's own records count.
    let depth = 0;
    for (let at = start; at + 4 <= stream.length; ) {
      const type = stream.readUInt16LE(at);
      const size = stream.readUInt16LE(at + 2);
      if (BOF.has(type)) depth++;
      else if ((type === EOF && --depth === 0) || (depth === 1 && CELLS.has(type))) break;
      else if (type === COL_INFO && depth === 1 && size >= 10 && at + 14 <= stream.length) {
        // colFirst, colLast (0-based), coldx, ixfe, then the flags: bit 0 is fHidden.
        if (stream.readUInt16LE(at + 12) & 1) addRange(hidden, stream.readUInt16LE(at + 4) + 1, stream.readUInt16LE(at + 6) + 1, maxColumns);
      }
      at += 4 + size;
    }
  } catch {
    return [];
  }
  return sorted(hidden);
}
