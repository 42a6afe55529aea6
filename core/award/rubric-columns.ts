import type { MessageKey } from '../api/messages/catalogue.ts';
import { msg, render } from '../messages.ts';
import { normalizeHeader } from '../imports/read/header.ts';

// The rubric's spreadsheet columns, in the export's order: one row per indicator, its aspect's
// columns repeated (an aspect without indicators has a row of its own). The import finds them
// by their Indonesian or English heading, in any order.

export const rubricColumns = ['aspectCode', 'aspectTitle', 'aspectWeight', 'indicatorCode', 'indicatorTitle', 'evidenceAsked', 'indicatorWeight', 'maxScore', 'aspectDescription'] as const;
export type RubricColumn = (typeof rubricColumns)[number];
export const requiredRubricColumns: readonly RubricColumn[] = ['aspectCode', 'aspectTitle', 'indicatorCode', 'indicatorTitle'];

export const columnLabel = (column: RubricColumn, language: 'id' | 'en' = 'id') => render(msg(`award.rubricFile.columns.${column}` as MessageKey), language);

/** Headings (normalised) that name each column. */
export const columnByHeading: ReadonlyMap<string, RubricColumn> = new Map(
  rubricColumns.flatMap((c) => [[normalizeHeader(columnLabel(c, 'id')), c] as const, [normalizeHeader(columnLabel(c, 'en')), c] as const]),
);

/** The spreadsheet letter of a 0-based column (A, B, …, AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
