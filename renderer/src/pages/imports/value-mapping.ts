import type { DryRunResult } from '../../../../core/api/imports.ts';

/** Field -> a value as the file writes it -> the register's value the user chose for it. */
export type ValueMapping = Record<string, Record<string, string>>;

/** One line of the value mapping: a text of the file, how many rows have it (unknown ones), its choice ('' none yet). */
export interface ValueLine {
  text: string;
  count: number | null;
  value: string;
}

/**
 * The lines to show per field: the values the dry run did not know (with their counts), then the
 * ones already mapped (remembered or chosen before), which the user may change or clear.
 */
export function valueLines(unknown: DryRunResult['unknownValues'], values: ValueMapping): { field: string; lines: ValueLine[] }[] {
  const fields = [...new Set([...unknown.map((u) => u.field), ...Object.keys(values)])];
  return fields
    .map((field) => {
      const mapped = values[field] ?? {};
      const lines: ValueLine[] = (unknown.find((u) => u.field === field)?.values ?? []).map((v) => ({ text: v.text, count: v.count, value: mapped[v.text] ?? '' }));
      for (const [text, value] of Object.entries(mapped)) if (!lines.some((l) => l.text === text)) lines.push({ text, count: null, value });
      return { field, lines };
    })
    .filter((f) => f.lines.length > 0);
}

/** The mapping to send: every line with a choice, by field. */
export function mappingOf(lines: { field: string; lines: ValueLine[] }[]): ValueMapping {
  const out: ValueMapping = {};
  for (const { field, lines: ls } of lines) {
    const chosen = ls.filter((l) => l.value);
    if (chosen.length) out[field] = Object.fromEntries(chosen.map((l) => [l.text, l.value]));
  }
  return out;
}
