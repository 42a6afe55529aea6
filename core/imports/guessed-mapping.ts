import type { InspectionNote } from '../api/imports.ts';
import { columnLetter } from './read/errors.ts';
import type { HeaderMatch, HeaderSynonyms } from './read/header.ts';
import type { ImportField } from './fields/import-field.ts';
import { headerList } from './file-place.ts';

// The columns guessed from a header row's texts, and when they are not to be trusted. A sheet
// that shares one header with the register ("Name", "Nama Usaha" among a dozen others) is most
// likely something else (a parts list, an interview, a price list): its rows must not become
// records because of that one word. Then nothing is matched automatically and the note says
// why; a person who knows it is the right file matches the columns by hand.

/** The header texts of a register's fields, as findHeaderRow takes them. */
export function headerNamesOf(fields: readonly ImportField[]): HeaderSynonyms {
  return Object.fromEntries(fields.map((f) => [f.key, { synonyms: f.synonyms, wholeHeaders: f.wholeHeaders }]));
}

export interface GuessedMapping {
  mapping: Record<string, number | null>;
  note: InspectionNote | null;
}

export function guessedMapping(fields: readonly ImportField[], header: HeaderMatch): GuessedMapping {
  const guess: Record<string, number | null> = Object.fromEntries(fields.map((f) => [f.key, header.fields.get(f.key) ?? null]));
  const named = header.columns.filter((c) => c.name !== '');
  const known = named.filter((c) => c.field !== null);
  const unknown = named.filter((c) => c.field === null);
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? { id: key, en: key };
  // Two fields, or one that is most of a narrow sheet ("Nama Perusahaan" alone, or with "No").
  const enough = header.fields.size >= 2 || known.length * 2 >= named.length;
  if (header.fields.size > 0 && enough) {
    if (unknown.length * 2 <= named.length) return { mapping: guess, note: null };
    const list = headerList(unknown.map((c) => c.name));
    return {
      mapping: guess,
      note: {
        severity: 'info',
        message: {
          id: `${unknown.length} dari ${named.length} judul kolom tidak dikenali dan tidak diimpor kecuali dipasangkan sendiri: ${list.id}.`,
          en: `${unknown.length} of ${named.length} column titles are not known and are not imported unless matched by hand: ${list.en}.`,
        },
      },
    };
  }
  const empty = Object.fromEntries(fields.map((f) => [f.key, null]));
  const titles = headerList(named.map((c) => c.name));
  if (known.length === 0) {
    return {
      mapping: empty,
      note: {
        severity: 'warning',
        message: {
          id: `Tidak ada judul kolom yang dikenali di baris ${header.rowNumber} (${titles.id}). Berkas atau lembar ini tampaknya bukan data untuk register ini, jadi tidak ada kolom yang dipasangkan otomatis. Periksa berkas dan lembarnya; bila memang benar, pasangkan kolomnya sendiri.`,
          en: `No column title on row ${header.rowNumber} is known (${titles.en}). This file or sheet does not look like data for this register, so no column was matched automatically. Check the file and sheet; if it is the right one, match the columns by hand.`,
        },
      },
    };
  }
  const found = known.map((c) => ({ id: `${columnLetter(c.index + 1)} "${c.name}" → ${labelOf(c.field!).id}`, en: `${columnLetter(c.index + 1)} "${c.name}" → ${labelOf(c.field!).en}` }));
  const others = headerList(unknown.map((c) => c.name));
  return {
    mapping: empty,
    note: {
      severity: 'warning',
      message: {
        id: `Hanya ${known.length} dari ${named.length} judul kolom di baris ${header.rowNumber} yang dikenali (${found.map((f) => f.id).join(', ')}); yang lain tidak: ${others.id}. Berkas atau lembar ini mungkin bukan data untuk register ini, jadi tidak ada kolom yang dipasangkan otomatis. Bila memang benar, pasangkan kolomnya sendiri.`,
        en: `Only ${known.length} of ${named.length} column titles on row ${header.rowNumber} are known (${found.map((f) => f.en).join(', ')}); the others are not: ${others.en}. This file or sheet may not be data for this register, so no column was matched automatically. If it is the right one, match the columns by hand.`,
      },
    },
  };
}
