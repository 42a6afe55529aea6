import { bpjsStatuses, businessScales, legalForms } from '../../api/employers.ts';
import type { ImportField } from '../fields/import-field.ts';

// The employer import's choice columns: the values a file's own words can be mapped to in the
// value mapping ("Belum Daftar" -> PWBD), with their labels.
const bpjsLabels: Record<(typeof bpjsStatuses)[number], { id: string; en: string }> = {
  terdaftar: { id: 'Terdaftar', en: 'Registered' },
  pwbd: { id: 'PWBD (belum mendaftar)', en: 'PWBD (not registered)' },
  pds_tk: { id: 'PDS tenaga kerja', en: 'PDS workers' },
  pds_upah: { id: 'PDS upah', en: 'PDS wages' },
  pds_program: { id: 'PDS program', en: 'PDS programmes' },
};
const scaleLabels: Record<(typeof businessScales)[number], { id: string; en: string }> = {
  mikro: { id: 'Mikro', en: 'Micro' },
  kecil: { id: 'Kecil', en: 'Small' },
  menengah: { id: 'Menengah', en: 'Medium' },
  besar: { id: 'Besar', en: 'Large' },
};

export const employerChoices: Record<string, NonNullable<ImportField['choices']>> = {
  bpjsStatus: bpjsStatuses.map((value) => ({ value, label: bpjsLabels[value] })),
  businessScale: businessScales.map((value) => ({ value, label: scaleLabels[value] })),
  legalForm: legalForms.map((value) => ({ value, label: { id: value, en: value } })),
  officeType: [
    { value: 'pusat', label: { id: 'Kantor pusat', en: 'Head office' } },
    { value: 'cabang', label: { id: 'Kantor cabang', en: 'Branch' } },
  ],
};
