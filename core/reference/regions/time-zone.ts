import type { TimeZoneCode } from '../../api/office-profile.ts';

// Indonesia's three zones by province code (Kemendagri). WIT: Maluku and Papua;
// WITA: Bali, Nusa Tenggara, Kalimantan Selatan/Timur/Utara, Sulawesi; WIB: the rest.
const wita = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const wit = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/** The zone to suggest for an office in this province or kabupaten/kota (the user may change it). */
export function suggestedTimeZone(regionCode: string): TimeZoneCode {
  const province = regionCode.slice(0, 2);
  if (wit.has(province)) return 'WIT';
  if (wita.has(province)) return 'WITA';
  return 'WIB';
}
