import type { EmployerValues } from '../api/employers.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import { MANDATORY_PROGRAMMES } from '../reference/business-scale.ts';

// What "Terdaftar" (registered with BPJS Ketenagakerjaan) implies: an NPP, the employer's
// registration number, and every programme the law makes mandatory for the firm's scale
// (PP 37/2021 Pasal 4 as amended by PP 6/2025: medium and large businesses JKK, JHT, JP and
// JKM; micro and small at least JKK, JHT and JKM; of an unknown scale, that minimum).
// A finding is a warning: the office may know more than the row says.

export interface RegistrationFinding {
  field: 'npp' | 'bpjsProgrammes';
  message: LocalizedText;
}

export function registrationFindings(values: Pick<EmployerValues, 'bpjsStatus' | 'npp' | 'bpjsProgrammes' | 'businessScale'>): RegistrationFinding[] {
  if (values.bpjsStatus !== 'terdaftar') return [];
  const findings: RegistrationFinding[] = [];
  if (!values.npp) {
    findings.push({
      field: 'npp',
      message: {
        id: 'Status BPJS "Terdaftar" tetapi NPP kosong. Isi NPP (nomor pendaftaran perusahaan dari BPJS Ketenagakerjaan), atau ubah statusnya bila belum terdaftar.',
        en: 'BPJS status "Registered" but no NPP. Fill in the NPP (the employer registration number from BPJS Ketenagakerjaan), or change the status if it is not registered.',
      },
    });
  }
  const rule = MANDATORY_PROGRAMMES[values.businessScale ?? 'mikro'];
  const missing = rule.programmes.filter((p) => !values.bpjsProgrammes.includes(p));
  if (missing.length > 0) {
    const scale = values.businessScale
      ? { id: `usaha ${values.businessScale}`, en: { mikro: 'a micro business', kecil: 'a small business', menengah: 'a medium business', besar: 'a large business' }[values.businessScale] }
      : { id: 'skala usaha belum diisi, paling sedikit', en: 'business scale unknown, at least' };
    findings.push({
      field: 'bpjsProgrammes',
      message: {
        id: `Status BPJS "Terdaftar" tetapi program wajib belum lengkap: ${missing.join(', ')} belum ada (${scale.id}: ${rule.programmes.join(', ')}; ${rule.source}). Lengkapi programnya, atau ubah status menjadi "PDS program".`,
        en: `BPJS status "Registered" but mandatory programmes are missing: ${missing.join(', ')} (${scale.en}: ${rule.programmes.join(', ')}; ${rule.source}). Complete the programmes, or set the status to "PDS programmes".`,
      },
    });
  }
  return findings;
}
