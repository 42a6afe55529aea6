import type { Inspection } from '../core/api/imports.ts';
import { normalizeHeader } from '../core/imports/read/header.ts';
import { usageError } from './cli-jobs.ts';

// `--map "<field>=<column>"` of `lindung <register> import`: a column chosen by hand, over the
// guessed (or remembered) mapping, as on the mapping screen. The field is named by its label
// in either language or its key; the column by its header text, or its letter when no header
// reads so. An empty column ("NPWP=") leaves the field out. Anything that names nothing is a
// usage error listing what there is.

export type Mapping = Record<string, number | null>;

/** Collects a repeatable option's values (commander). */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

function fieldOf(inspection: Inspection, spec: string, name: string): string {
  const wanted = normalizeHeader(name);
  const field = inspection.fields.find((f) => f.key.toLowerCase() === name.trim().toLowerCase() || normalizeHeader(f.label.id) === wanted || normalizeHeader(f.label.en) === wanted);
  if (field) return field.key;
  const known = inspection.fields.map((f) => `"${f.label.id}"`).join(', ');
  throw usageError({
    id: `--map "${spec}": kolom Lindung "${name}" tidak dikenal. Yang ada: ${known}.`,
    en: `--map "${spec}": there is no Lindung field "${name}". Fields: ${inspection.fields.map((f) => `"${f.label.en}"`).join(', ')}.`,
  });
}

function columnOf(inspection: Inspection, spec: string, text: string): number {
  const wanted = normalizeHeader(text);
  const matches = inspection.headers.filter((h) => h.name !== '' && normalizeHeader(h.name) === wanted);
  if (matches.length === 1) return matches[0]!.index;
  if (matches.length > 1) {
    const letters = matches.map((h) => h.letter).join(', ');
    throw usageError({
      id: `--map "${spec}": judul "${text}" ada di beberapa kolom (${letters}); sebut kolomnya dengan hurufnya, mis. --map "${spec.split('=')[0]}=${matches[0]!.letter}".`,
      en: `--map "${spec}": the title "${text}" is on several columns (${letters}); name the column by its letter, e.g. --map "${spec.split('=')[0]}=${matches[0]!.letter}".`,
    });
  }
  const byLetter = inspection.headers.find((h) => h.letter === text.trim().toUpperCase());
  if (byLetter) return byLetter.index;
  const titles = inspection.headers.filter((h) => h.name !== '').map((h) => `${h.letter} "${h.name}"`).join(', ') || '-';
  throw usageError({
    id: `--map "${spec}": tidak ada kolom berjudul "${text}" di baris judul (baris ${inspection.headerRow}). Kolom yang ada: ${titles}.`,
    en: `--map "${spec}": no column titled "${text}" on the header row (row ${inspection.headerRow}). Columns: ${titles}.`,
  });
}

/** The inspection's mapping with each `--map` applied in order. */
export function applyColumnMap(inspection: Inspection, specs: readonly string[]): Mapping {
  const mapping: Mapping = { ...inspection.mapping };
  for (const spec of specs) {
    const at = spec.indexOf('=');
    if (at <= 0) {
      throw usageError({
        id: `--map "${spec}": tulis sebagai "<kolom Lindung>=<judul kolom di berkas>", mis. --map "${inspection.fields[0]?.label.id ?? 'Nama'}=Nama Usaha".`,
        en: `--map "${spec}": write it as "<Lindung field>=<column title in the file>", e.g. --map "${inspection.fields[0]?.label.en ?? 'Name'}=Nama Usaha".`,
      });
    }
    const field = fieldOf(inspection, spec, spec.slice(0, at));
    const column = spec.slice(at + 1);
    mapping[field] = column.trim() === '' ? null : columnOf(inspection, spec, column);
  }
  return mapping;
}
