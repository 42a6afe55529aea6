import { aggregateInputSchema, kbliSections, type AggregateValues } from '../../api/coverage-inputs.ts';
import { msg } from '../../messages.ts';
import type { RowIssue } from '../fields/import-field.ts';
import type { CellValue } from '../read/types.ts';
import type { AreaLookup } from './area-words.ts';
import { rowReader, segmentWords, sourceKindWords } from './coverage-cells.ts';
import { coverageWord } from './denominator-fields.ts';

// One row of an aggregate file into values, or what is wrong, cell by cell. A blank segment,
// category, sector or funding means "all together".

export type ImportedAggregate = Omit<AggregateValues, 'uid'>;

type ListCode = (list: 'vulnerable_category' | 'funding_source', text: string) => string | null;

export function convertAggregateRow(row: Record<string, CellValue | undefined>, area: AreaLookup, listCode: ListCode): { values: ImportedAggregate | null; issues: RowIssue[] } {
  const read = rowReader(row, area, coverageWord);
  const listed = (field: 'category' | 'funding', list: 'vulnerable_category' | 'funding_source') => {
    const text = read.text(field, 120);
    if (!text) return null;
    const code = listCode(list, text);
    if (!code) read.error(field, msg(list === 'vulnerable_category' ? 'coverageInputs.check.unknownCategory' : 'coverageInputs.check.unknownFunding', { code: text }));
    return code;
  };
  const sectorText = read.text('sector', 20).toUpperCase();
  if (sectorText && !kbliSections.includes(sectorText)) read.error('sector', msg('coverageInputs.importRow.invalid', { label: coverageWord('sector'), hint: msg('coverageInputs.importRow.sectorHint') }));
  const candidate = {
    areaCode: read.area('areaCode'),
    segment: read.choice('segment', segmentWords, false),
    category: listed('category', 'vulnerable_category'),
    sector: sectorText || null,
    funding: listed('funding', 'funding_source'),
    programmeUid: null,
    count: read.number('count', false),
    asOfDate: read.date('asOfDate'),
    sourceKind: read.choice('sourceKind', sourceKindWords, true),
    source: read.text('source', 300, true),
    notes: read.text('notes', 2000),
  };
  if (read.issues.some((i) => i.severity === 'error')) return { values: null, issues: read.issues };
  const parsed = aggregateInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const i of parsed.error.issues) read.error(String(i.path[0] ?? 'count'), msg('coverageInputs.importRow.required', { label: coverageWord(String(i.path[0] ?? 'count')) }));
    return { values: null, issues: read.issues };
  }
  const { uid: _uid, ...values } = parsed.data;
  return { values, issues: read.issues };
}
