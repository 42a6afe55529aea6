import type { Message, MessageParam } from '../../api/messages/message.ts';
import { msg } from '../../messages.ts';
import type { CellValue } from '../read/types.ts';
import { displayCell, text, type CellResult } from './cell-values.ts';

// A name (of a company, of a person) from one cell. What spreadsheets put in a name column
// by mistake is refused, with the value and the fix: an error value left by a formula
// ("#N/A"), a yes/no value ("TRUE"), a bare number, a date, or anything without a letter.
// Such a column is usually the wrong one, or a formula that failed. And what offices write
// under a table (a "JUMLAH" row, "Badung, 31 Oktober 2026", "Kepala Bidang", "Dicetak oleh: …"): never a record.

/** Excel's, LibreOffice's, WPS's and Google Sheets' error values, as they show in a cell or a CSV. */
const ERROR_VALUE = /^(?:#(?:N\/A|NUM!|DIV\/0!|VALUE!|REF!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|ERROR!|EXTERNAL!|PYTHON!)|Err:\d{3})$/i;
/** TRUE/FALSE as any program writes them; Indonesian Excel's BENAR/SALAH only in its own capitals (Salah is also a name). */
const looksBoolean = (s: string) => /^(?:true|false)$/i.test(s) || s === 'BENAR' || s === 'SALAH';
/** 10/11/14, 2014-11-10, 10.11.2014, 10-11-2014 (with or without a time). */
const DATE_TEXT = /^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const NUMBER_TEXT = /^[+-]?(?:\d[\d.,\s]*)(?:e[+-]?\d+)?%?$/i;
const LETTER = /\p{L}/u;
/** What offices write under a table: "JUMLAH", "Total", "Jumlah seluruhnya:". */
const TOTAL_LINE = /^(?:jumlah|jml\.?|total|sub\s*total|grand\s*total|rekap(?:itulasi)?)(?:\s+(?:seluruhnya|keseluruhan|semua|akhir|perusahaan|pekerja|peserta|tenaga\s+kerja|tk|karyawan|orang|anggota|data)(?:\s+\p{L}{1,6})?)?\s*:?$/iu;
/** "Badung, 31 Oktober 2026", "Mengetahui,", "Kepala Bidang …", "Perbekel Pengambengan", "a.n. Kepala Dinas", "NIP. 1975…". */
const SIGNATURE_LINE = /^(?:[\p{L} .]+,\s*\d{1,2}\s+\p{L}+\s+\d{4}|mengetahui\b.*|menyetujui\b.*|kepala\s+(?:bidang|dinas|seksi|kantor|sub\s*bagian|desa|kelurahan)\b.*|(?:perbekel|kades|lurah|camat|sekdes|sekretaris\s+desa|bendahara\s+desa)(?:\s.*)?|a\.?\s?n\.?\s.*|nip\.?\s*:?\s*\d.*)$/iu;

/** A note under (or over) a table: "Dicetak oleh: Operator, 05/12/2026", "Sumber: BPJS", "Keterangan: …", "Printed by …". */
const NOTE_LINE = /^(?:(?:dicetak|diprint|dibuat|diolah|disusun|diunduh)\s*(?:oleh|pada|tanggal|tgl\.?|dari|:)|sumber(?:\s+data)?\s*:|keterangan\s*:|catatan\s*:|ket\.?\s*:|data\s+per\s+(?:tanggal|tgl|\d)|printed\s+(?:by|on)\b|source\s*:|note\s*:|(?:halaman|hal\.?|page)\s*\d+(?:\s*(?:dari|of|\/)\s*\d+)?\s*$)/iu;

/** A cell's text as offices write it under a table: a total ("JUMLAH"), a signature block ("Mengetahui,"), a note ("Sumber: BPJS"). */
export const isLineUnderTable = (s: string): boolean => TOTAL_LINE.test(s) || SIGNATURE_LINE.test(s) || NOTE_LINE.test(s);

type Kind = 'error' | 'failedFormula' | 'boolean' | 'date' | 'number' | 'noLetter' | 'total' | 'signature' | 'note';

function kindOf(cell: CellValue | undefined, shown: string): Kind | null {
  if (cell !== null && typeof cell === 'object') {
    if ('error' in cell) return 'error';
    if ('date' in cell) return 'date';
    if ('formula' in cell) {
      if (cell.result === null) return 'failedFormula'; // its result is an error value, or was never saved
      if (typeof cell.result === 'boolean') return 'boolean';
      if (typeof cell.result === 'number') return 'number';
    }
  }
  if (typeof cell === 'boolean') return 'boolean';
  if (typeof cell === 'number') return 'number';
  const s = shown.trim();
  if (s === '') return null;
  if (ERROR_VALUE.test(s)) return 'error';
  if (looksBoolean(s)) return 'boolean';
  if (DATE_TEXT.test(s)) return 'date';
  if (NUMBER_TEXT.test(s)) return 'number';
  if (!LETTER.test(s)) return 'noLetter';
  if (TOTAL_LINE.test(s)) return 'total';
  if (SIGNATURE_LINE.test(s)) return 'signature';
  if (NOTE_LINE.test(s)) return 'note';
  return null;
}

function message(kind: Kind, label: MessageParam, value: string): Message {
  return msg(`imports.names.${kind}`, { label, value: value.length > 60 ? `${value.slice(0, 60)}…` : value });
}

/**
 * A name: tidied text (as `text`), or an error naming the value when the cell holds a
 * spreadsheet error, a yes/no value, a number, a date or no letter at all. An empty cell is
 * '' (whether a name is required is the register's rule). `label` names the column in the
 * message ("Nama perusahaan").
 */
export function nameText(cell: CellValue | undefined, label: MessageParam, max = 200): CellResult<string> {
  const shown = displayCell(cell);
  const kind = kindOf(cell, shown);
  if (kind) {
    const value = cell !== null && typeof cell === 'object' && 'formula' in cell && cell.result !== null ? String(cell.result) : shown;
    return { ok: false, message: message(kind, label, value.trim()) };
  }
  return text(cell, max);
}
