// Kode wilayah administrasi pemerintahan (Kemendagri) in dotted form:
//   51              provinsi
//   51.03           kabupaten / kota (2nd part >= 71 is a kota)
//   51.03.01        kecamatan (distrik in Papua)
//   51.03.01.2001   desa / kelurahan: 4th part starting with 1 = kelurahan,
//                   2 = desa, 3 = desa adat (only in Kabupaten Jayapura, 91.03)
//
// Kab vs kota: in idn-area-data 4.0.1 the code rule (2nd part >= 71 -> kota)
// and the name prefix ("Kota ..." / "Kabupaten ...") agree for all 514
// regencies (the test checks this), so the code rule is used: it needs no name.



import type { RegionKind, RegionLevel } from '../../api/regions.ts';

export type { RegionKind, RegionLevel };
const DOTTED = [/^\d{2}$/, /^\d{2}\.\d{2}$/, /^\d{2}\.\d{2}\.\d{2}$/, /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/] as const;

/** Number of digits of a code at each level, without dots. */
const UNDOTTED_LENGTH: Record<number, RegionLevel> = { 2: 1, 4: 2, 6: 3, 10: 4 };

/**
 * True when `code` is a well-formed dotted code (not whether it exists).
 * Parts must not be all zeros and a village part must start with 1, 2 or 3.
 */
export function isValidCodeFormat(code: string): boolean {
  if (typeof code !== 'string') return false;
  if (!DOTTED.some((re) => re.test(code))) return false;
  const parts = code.split('.');
  if (parts.some((p) => /^0+$/.test(p))) return false;
  const village = parts[3];
  if (village !== undefined && !/^[123]/.test(village)) return false;
  return true;
}

/**
 * Normalises user input to the dotted form, or returns null.
 * Accepts `51.03.01.2001`, `5103012001`, `51 03 01 2001`, `51-03-01-2001`,
 * `51.03.01`, `510301`, `5103`, `51`. Surrounding spaces are ignored.
 * A spreadsheet number such as 5103012001 arrives as text already; numbers
 * are accepted too.
 */
export function normalizeCode(input: string | number): string | null {
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) return null;
    input = String(input);
  }
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (text === '') return null;
  let dotted: string;
  if (/^\d+$/.test(text)) {
    const level = UNDOTTED_LENGTH[text.length];
    if (level === undefined) return null;
    const parts = [text.slice(0, 2), text.slice(2, 4), text.slice(4, 6), text.slice(6, 10)].slice(0, level);
    dotted = parts.join('.');
  } else if (/^\d+(?:\s*[.\-/ ]\s*\d+){0,3}$/.test(text)) {
    dotted = text.split(/\s*[.\-/ ]\s*/).join('.');
  } else {
    return null;
  }
  return isValidCodeFormat(dotted) ? dotted : null;
}

/** Level 1..4 of a dotted code, or null when the format is invalid. */
export function levelOf(code: string): RegionLevel | null {
  if (!isValidCodeFormat(code)) return null;
  return code.split('.').length as RegionLevel;
}

/** Parent code (`51.03.01.2001` -> `51.03.01`), null for a province or an invalid code. */
export function parentOf(code: string): string | null {
  const level = levelOf(code);
  if (level === null || level === 1) return null;
  return code.slice(0, code.lastIndexOf('.'));
}

/** All ancestors from the province down, excluding the code itself. */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  let p = parentOf(code);
  while (p !== null) {
    out.unshift(p);
    p = parentOf(p);
  }
  return out;
}

/** Kind of area the code denotes, from the code alone; null when invalid. */
export function kindOf(code: string): RegionKind | null {
  const level = levelOf(code);
  if (level === null) return null;
  const parts = code.split('.');
  switch (level) {
    case 1:
      return 'provinsi';
    case 2:
      return Number(parts[1]) >= 71 ? 'kota' : 'kabupaten';
    case 3:
      return 'kecamatan';
    case 4:
      // 1xxx kelurahan; 2xxx desa; 3xxx desa adat (counted as desa).
      return parts[3]?.startsWith('1') ? 'kelurahan' : 'desa';
  }
}

/** True when `code` equals `scope` or lies inside it (`51.03.06.2006` is within `51.03`). */
export function isWithin(code: string, scope: string): boolean {
  return code === scope || code.startsWith(scope + '.');
}

