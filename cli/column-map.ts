import type { Inspection } from '../core/api/imports.ts';
import { labelList } from '../core/imports/label-list.ts';
import { normalizeHeader } from '../core/imports/read/header.ts';
import { msg } from '../core/messages.ts';
import { usageError } from './cli-jobs.ts';

// `--map "<field>=<column>"` of `lindung <register> import`: a column chosen by hand, over the
// guessed (or remembered) mapping, as on the mapping screen. The field is named by its label
// in either language or its key; the column by its header text, or its letter when no header
// reads so. An empty column ("NPWP=") leaves the field out. Anything that names nothing is a
// usage error listing what there is.

export type Mapping = Record<string, number | null>;

/** Collects a repeatable option's values (commander). */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

function fieldOf(inspection: Inspection, spec: string, name: string, option = '--map'): string {
  const wanted = normalizeHeader(name);
  const field = inspection.fields.find((f) => f.key.toLowerCase() === name.trim().toLowerCase() || normalizeHeader(f.label.id) === wanted || normalizeHeader(f.label.en) === wanted);
  if (field) return field.key;
  throw usageError(msg('cli.map.unknownField', { option, spec, name, known: labelList(inspection.fields.map((f) => f.said), true) }));
}

function columnOf(inspection: Inspection, spec: string, text: string): number {
  const wanted = normalizeHeader(text);
  const matches = inspection.headers.filter((h) => h.name !== '' && normalizeHeader(h.name) === wanted);
  if (matches.length === 1) return matches[0]!.index;
  if (matches.length > 1) {
    const letters = matches.map((h) => h.letter).join(', ');
    throw usageError(msg('cli.map.titleTwice', { spec, text, letters, field: spec.split('=')[0] ?? '', letter: matches[0]!.letter }));
  }
  const byLetter = inspection.headers.find((h) => h.letter === text.trim().toUpperCase());
  if (byLetter) return byLetter.index;
  const titles = inspection.headers.filter((h) => h.name !== '').map((h) => `${h.letter} "${h.name}"`).join(', ') || '-';
  throw usageError(msg('cli.map.noTitle', { spec, text, row: inspection.headerRow, titles }));
}

/** The inspection's mapping with each `--map` applied in order. */
export function applyColumnMap(inspection: Inspection, specs: readonly string[]): Mapping {
  const mapping: Mapping = { ...inspection.mapping };
  for (const spec of specs) {
    const at = spec.indexOf('=');
    if (at <= 0) {
      throw usageError(msg('cli.map.shape', { spec, example: inspection.fields[0]?.said ?? msg('cli.map.exampleField') }));
    }
    const field = fieldOf(inspection, spec, spec.slice(0, at));
    const column = spec.slice(at + 1);
    mapping[field] = column.trim() === '' ? null : columnOf(inspection, spec, column);
  }
  return mapping;
}

/**
 * `--value "<field>=<value>"`: one value for all rows of a field the file has no column for
 * (the remembered ones first), as the mapping screen's "Satu nilai untuk semua baris". A choice
 * field's value is named by its value or its label in either language. The field loses its column.
 */
export function applyConstants(inspection: Inspection, mapping: Mapping, specs: readonly string[]): { mapping: Mapping; constants: Record<string, string> } {
  const constants: Record<string, string> = { ...inspection.constants };
  const next: Mapping = { ...mapping };
  for (const spec of specs) {
    const at = spec.indexOf('=');
    if (at <= 0 || spec.slice(at + 1).trim() === '') throw usageError(msg('cli.value.shape', { spec }));
    const key = fieldOf(inspection, spec, spec.slice(0, at), '--value');
    const field = inspection.fields.find((f) => f.key === key)!;
    if (!field.oneValue) throw usageError(msg('cli.value.identity', { spec, field: field.said }));
    const text = spec.slice(at + 1).trim();
    let value = text;
    if (field.choices) {
      const wanted = normalizeHeader(text);
      const choice = field.choices.find((c) => normalizeHeader(c.value) === wanted || normalizeHeader(c.label.id) === wanted || normalizeHeader(c.label.en) === wanted);
      if (!choice) throw usageError(msg('cli.value.notAChoice', { spec, value: text, field: field.said, choices: field.choices.map((c) => c.label.id).join(', ') }));
      value = choice.value;
    }
    constants[key] = value;
    next[key] = null;
  }
  // A field mapped to a column (by --map or remembered) takes its column, not a remembered value.
  for (const key of Object.keys(constants)) if ((next[key] ?? null) !== null) delete constants[key];
  return { mapping: next, constants };
}
