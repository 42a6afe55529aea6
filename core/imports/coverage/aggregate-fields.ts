import { aggregateSegments } from '../../api/coverage-input-kinds.ts';
import type { ImportField } from '../fields/import-field.ts';
import { areaField, asOfField, categoryField, coverageWord, notesField, sourceField, sourceKindField } from './denominator-fields.ts';

// The aggregate import's columns: the BPJS branch's totals of active participants by area,
// segment and month's end, or a programme's list counted by category.

const field = (key: string, example: string, synonyms: string[], extra: Partial<ImportField> = {}): ImportField => ({ key, label: coverageWord(key), example, synonyms, ...extra });

export const aggregateFields: ImportField[] = [
  areaField('51'),
  field('segment', 'PU', ['segmen', 'segmen peserta', 'jenis kepesertaan', 'program kepesertaan'], { wholeHeaders: ['segment'], choices: aggregateSegments.map((value) => ({ value, label: { key: `coverageInputs.segment.${value}` } })) }),
  categoryField,
  field('sector', '', ['seksi kbli', 'sektor', 'lapangan usaha', 'kategori kbli'], { wholeHeaders: ['sector'] }),
  field('funding', '', ['sumber dana', 'pembiayaan', 'sumber pembiayaan', 'dibiayai'], { wholeHeaders: ['funding'] }),
  field('count', '538504', ['jumlah peserta aktif', 'peserta aktif', 'jumlah peserta', 'jumlah tenaga kerja', 'jumlah', 'tk aktif'], { required: true, wholeHeaders: ['count', 'total', 'active'] }),
  asOfField('30/11/2023'),
  { ...sourceKindField, example: 'BPJS Ketenagakerjaan' },
  { ...sourceField, example: 'BPJS Ketenagakerjaan Kanwil Bali Nusra, peserta aktif per 30 November 2023' },
  notesField,
];
