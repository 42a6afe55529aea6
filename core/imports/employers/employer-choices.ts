import { bpjsStatuses, businessScales, legalForms } from '../../api/employers.ts';
import type { ImportField } from '../fields/import-field.ts';
import { msg } from '../../messages.ts';
import { word } from './employer-words.ts';

// The employer import's choice columns: the values a file's own words can be mapped to in the
// value mapping ("Belum Daftar" -> PWBD), with their labels.
export const employerChoices: Record<string, NonNullable<ImportField['choices']>> = {
  bpjsStatus: bpjsStatuses.map((value) => ({ value, label: word(`choices.bpjsStatus.${value}`) })),
  businessScale: businessScales.map((value) => ({ value, label: word(`choices.businessScale.${value}`) })),
  // A legal form is its own name in both languages ("PT").
  legalForm: legalForms.map((value) => ({ value, label: msg('imports.quotedless', { text: value }) })),
  officeType: (['pusat', 'cabang'] as const).map((value) => ({ value, label: word(`choices.officeType.${value}`) })),
};
