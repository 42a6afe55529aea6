import type { InspectionNote } from '../api/imports.ts';
import { columnLetter } from './read/errors.ts';
import type { HeaderMatch, HeaderSynonyms } from './read/header.ts';
import type { ImportField } from './fields/import-field.ts';
import { headerList } from './file-place.ts';
import { labelList } from './label-list.ts';
import { msg, renderBoth } from '../messages.ts';

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
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  // Two fields, or one that is most of a narrow sheet ("Nama Perusahaan" alone, or with "No").
  const enough = header.fields.size >= 2 || known.length * 2 >= named.length;
  if (header.fields.size > 0 && enough) {
    if (unknown.length * 2 <= named.length) return { mapping: guess, note: null };
    const list = headerList(unknown.map((c) => c.name));
    return {
      mapping: guess,
      note: {
        severity: 'info',
        message: renderBoth(msg('imports.mapping.someUnknown', { unknown: unknown.length, named: named.length, list })),
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
        message: renderBoth(msg('imports.mapping.noneKnown', { row: header.rowNumber, titles })),
      },
    };
  }
  const found = labelList(known.map((c) => msg('imports.mapping.found', { letter: columnLetter(c.index + 1), name: c.name, field: labelOf(c.field!) })));
  const others = headerList(unknown.map((c) => c.name));
  return {
    mapping: empty,
    note: {
      severity: 'warning',
      message: renderBoth(msg('imports.mapping.fewKnown', { known: known.length, named: named.length, row: header.rowNumber, found, others })),
    },
  };
}
