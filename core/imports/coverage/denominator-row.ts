import { denominatorInputSchema, type DenominatorValues } from '../../api/coverage-inputs.ts';
import { msg } from '../../messages.ts';
import type { RowIssue } from '../fields/import-field.ts';
import type { CellValue } from '../read/types.ts';
import type { AreaLookup } from './area-words.ts';
import { rowReader, sourceKindWords, universeWords } from './coverage-cells.ts';
import { coverageWord } from './denominator-fields.ts';

// One row of a denominator file (mapped: field key -> cell) into values, or what is wrong,
// cell by cell. The area is a code or a region's name; the category a word of its list.

export type ImportedDenominator = Omit<DenominatorValues, 'uid'>;

export function convertDenominatorRow(row: Record<string, CellValue | undefined>, area: AreaLookup, category: (text: string) => string | null): { values: ImportedDenominator | null; issues: RowIssue[] } {
  const read = rowReader(row, area, coverageWord);
  const categoryText = read.text('category', 120);
  const categoryCode = categoryText ? category(categoryText) : null;
  if (categoryText && !categoryCode) read.error('category', msg('coverageInputs.check.unknownCategory', { code: categoryText }));
  const candidate = {
    name: read.text('name', 300, true),
    value: read.number('value', true),
    areaCode: read.area('areaCode'),
    universe: read.choice('universe', universeWords, true),
    category: categoryCode,
    programmeUid: null,
    sourceKind: read.choice('sourceKind', sourceKindWords, true),
    source: read.text('source', 300, true),
    asOfDate: read.date('asOfDate'),
    notes: read.text('notes', 2000),
  };
  if (read.issues.some((i) => i.severity === 'error')) return { values: null, issues: read.issues };
  const parsed = denominatorInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const i of parsed.error.issues) read.error(String(i.path[0] ?? 'name'), msg('coverageInputs.importRow.required', { label: coverageWord(String(i.path[0] ?? 'name')) }));
    return { values: null, issues: read.issues };
  }
  const { uid: _uid, ...values } = parsed.data;
  return { values, issues: read.issues };
}
