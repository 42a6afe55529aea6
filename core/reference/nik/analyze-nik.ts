// Parses and validates a NIK: PP KK CC DDMMYY SSSS.
// Pure: no I/O, no clock (the caller passes `today`); dates are computed in UTC.

import type {
  AnalyzeNikOptions,
  NikAnalysis,
  NikContentErrorCode,
  NikIssue,
  NikRepairResult,
  NikSex,
  NikWarningCode,
  RegionCodeLookup,
  RegionCodeSets,
} from '../../api/nik.ts';
import { quote, rawToText, repairNikCell } from './repair-nik.ts';

const FEMALE_DAY_OFFSET = 40;
/** Both century readings must give an age in 0..this for the century to be doubtful. */
const DOUBTFUL_MAX_AGE = 100;

/** A RegionCodeLookup backed by in-memory sets of dotted codes ('51', '51.03', '51.03.01'). */
export function createSetLookup(sets: RegionCodeSets): RegionCodeLookup {
  const provinces = new Set(sets.provinces);
  const regencies = new Set(sets.regencies);
  const districts = new Set(sets.districts);
  return {
    provinceExists: (code) => provinces.has(code),
    regencyExists: (code) => regencies.has(code),
    districtExists: (code) => districts.has(code),
  };
}

interface YMD {
  readonly y: number;
  readonly m: number; // 1..12
  readonly d: number;
}

function issue(code: NikContentErrorCode | NikWarningCode, id: string, en: string): NikIssue {
  return { code, message: { id, en } };
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function compare(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Completed years between birth and today (birth <= today). */
function ageInYears(birth: YMD, today: YMD): number {
  const beforeBirthday = today.m < birth.m || (today.m === birth.m && today.d < birth.d);
  return today.y - birth.y - (beforeBirthday ? 1 : 0);
}

function iso(date: YMD): string {
  return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

function utcToday(today: Date): YMD {
  if (!(today instanceof Date) || Number.isNaN(today.getTime())) {
    throw new TypeError('analyzeNik: options.today must be a valid Date');
  }
  return { y: today.getUTCFullYear(), m: today.getUTCMonth() + 1, d: today.getUTCDate() };
}

function unusable(input: string, repair: NikRepairResult): NikAnalysis {
  return {
    input,
    nik: null,
    valid: false,
    repair,
    errors: repair.reason ? [repair.reason] : [],
    warnings: [],
    sex: null,
    birthDate: null,
    birthDateCandidates: [],
    centuryDoubtful: false,
    provinceCode: null,
    regencyCode: null,
    districtCode: null,
    serial: null,
  };
}

/**
 * Repair the raw cell (see repairNikCell), then parse and validate the NIK.
 * Never throws on `raw`; throws TypeError only for an invalid `options.today`.
 */
export function analyzeNik(raw: unknown, options: AnalyzeNikOptions): NikAnalysis {
  const today = utcToday(options.today);
  const input = rawToText(raw);
  const repair = repairNikCell(raw, options.fromNumericCell ?? false);
  const nik = repair.text;
  if (repair.outcome === 'unrepairable' || nik === null) return unusable(input, repair);

  const errors: NikIssue[] = [];
  const warnings: NikIssue[] = [];

  if (repair.needsConfirmation) {
    warnings.push(
      issue(
        'REPAIR_NEEDS_CONFIRMATION',
        `NIK diperbaiki otomatis dari ${quote(input)} menjadi ${quote(nik)}. Konfirmasi hasilnya dengan KTP/KK sebelum disimpan.`,
        `The NIK was repaired automatically from ${quote(input)} to ${quote(nik)}. Confirm the result against the KTP/KK before saving.`,
      ),
    );
  }

  const pp = nik.slice(0, 2);
  const kk = nik.slice(2, 4);
  const cc = nik.slice(4, 6);
  const ddText = nik.slice(6, 8);
  const mmText = nik.slice(8, 10);
  const yyText = nik.slice(10, 12);
  const serial = nik.slice(12, 16);
  const provinceCode = pp;
  const regencyCode = `${pp}.${kk}`;
  const districtCode = `${pp}.${kk}.${cc}`;

  // --- region (where the NIK was first issued, not domicile) ---
  const { lookup } = options;
  if (!lookup.provinceExists(provinceCode)) {
    errors.push(
      issue(
        'UNKNOWN_PROVINCE',
        `Kode provinsi ${provinceCode} (digit 1–2 NIK) tidak ada dalam daftar kode wilayah Kemendagri. Periksa NIK dengan KTP/KK.`,
        `Province code ${provinceCode} (NIK digits 1–2) is not in the Kemendagri region code list. Check the NIK against the KTP/KK.`,
      ),
    );
  } else if (!lookup.regencyExists(regencyCode)) {
    errors.push(
      issue(
        'UNKNOWN_REGENCY',
        `Kode kabupaten/kota ${regencyCode} (digit 1–4 NIK) tidak ada dalam daftar kode wilayah Kemendagri. Periksa NIK dengan KTP/KK.`,
        `Regency/city code ${regencyCode} (NIK digits 1–4) is not in the Kemendagri region code list. Check the NIK against the KTP/KK.`,
      ),
    );
  } else if (!lookup.districtExists(districtCode)) {
    warnings.push(
      issue(
        'UNKNOWN_DISTRICT',
        `Kode kecamatan ${districtCode} (digit 1–6 NIK) tidak ada dalam daftar saat ini. NIK lama dapat memakai kode kecamatan sebelum pemekaran wilayah, jadi NIK tetap diterima; periksa dengan KTP/KK bila ragu.`,
        `District (kecamatan) code ${districtCode} (NIK digits 1–6) is not in the current list. Older NIKs may carry a code from before a boundary split, so the NIK is still accepted; check it against the KTP/KK if in doubt.`,
      ),
    );
  }

  // --- sex and birth date ---
  const dd = Number(ddText);
  const mm = Number(mmText);
  const yy = Number(yyText);
  let sex: NikSex | null = null;
  let day = 0;
  if (dd >= 1 && dd <= 31) {
    sex = 'L';
    day = dd;
  } else if (dd >= 1 + FEMALE_DAY_OFFSET && dd <= 31 + FEMALE_DAY_OFFSET) {
    sex = 'P';
    day = dd - FEMALE_DAY_OFFSET;
  } else {
    errors.push(
      issue(
        'INVALID_DAY',
        `Tanggal lahir pada digit 7–8 NIK harus 01–31 (laki-laki) atau 41–71 (perempuan: tanggal + 40); ditemukan ${ddText}. Periksa NIK dengan KTP/KK.`,
        `The birth day in NIK digits 7–8 must be 01–31 (male) or 41–71 (female: day + 40); found ${ddText}. Check the NIK against the KTP/KK.`,
      ),
    );
  }
  const monthOk = mm >= 1 && mm <= 12;
  if (!monthOk) {
    errors.push(
      issue(
        'INVALID_MONTH',
        `Bulan lahir pada digit 9–10 NIK harus 01–12; ditemukan ${mmText}. Periksa NIK dengan KTP/KK.`,
        `The birth month in NIK digits 9–10 must be 01–12; found ${mmText}. Check the NIK against the KTP/KK.`,
      ),
    );
  }

  let candidates: YMD[] = [];
  let centuryDoubtful = false;
  if (sex !== null && monthOk) {
    const shown = `${String(day).padStart(2, '0')}-${mmText}-${yyText}`;
    const real = [2000 + yy, 1900 + yy]
      .filter((y) => day <= daysInMonth(y, mm))
      .map((y): YMD => ({ y, m: mm, d: day }));
    candidates = real.filter((c) => compare(c, today) <= 0);
    if (real.length === 0) {
      errors.push(
        issue(
          'INVALID_DATE',
          `Tanggal lahir ${shown} (HH-BB-TT) tidak ada di kalender, baik untuk tahun 19${yyText} maupun 20${yyText}. Periksa NIK dengan KTP/KK.`,
          `The birth date ${shown} (DD-MM-YY) does not exist in the calendar, neither in 19${yyText} nor in 20${yyText}. Check the NIK against the KTP/KK.`,
        ),
      );
    } else if (candidates.length === 0) {
      errors.push(
        issue(
          'FUTURE_BIRTH_DATE',
          `Tanggal lahir ${real.map(iso).join(' / ')} berada di masa depan (hari ini ${iso(today)}). Periksa NIK dengan KTP/KK.`,
          `The birth date ${real.map(iso).join(' / ')} lies in the future (today is ${iso(today)}). Check the NIK against the KTP/KK.`,
        ),
      );
    } else if (
      candidates.length === 2 &&
      candidates.every((c) => {
        const age = ageInYears(c, today);
        return age >= 0 && age <= DOUBTFUL_MAX_AGE;
      })
    ) {
      centuryDoubtful = true;
      const [recent, older] = candidates.map(iso);
      warnings.push(
        issue(
          'CENTURY_DOUBTFUL',
          `Tahun lahir ${yyText} bisa berarti ${recent?.slice(0, 4)} atau ${older?.slice(0, 4)}; dipilih ${recent}. Pastikan tanggal lahir dengan KTP/KK atau dokumen lain.`,
          `Birth year ${yyText} may mean ${recent?.slice(0, 4)} or ${older?.slice(0, 4)}; ${recent} was chosen. Confirm the birth date with the KTP/KK or another document.`,
        ),
      );
    }
  }

  if (serial === '0000') {
    errors.push(
      issue(
        'SERIAL_ZERO',
        'Nomor urut NIK (4 digit terakhir) 0000 tidak sah; nomor urut dimulai dari 0001. Periksa NIK dengan KTP/KK.',
        'The NIK serial number (last 4 digits) 0000 is invalid; serials start at 0001. Check the NIK against the KTP/KK.',
      ),
    );
  }

  const birthDateCandidates = candidates.map(iso);
  return {
    input,
    nik,
    valid: errors.length === 0,
    repair,
    errors,
    warnings,
    sex,
    birthDate: birthDateCandidates[0] ?? null,
    birthDateCandidates,
    centuryDoubtful,
    provinceCode,
    regencyCode,
    districtCode,
    serial,
  };
}
