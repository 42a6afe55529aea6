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
import type { Message } from '../../api/messages/message.ts';
import { msg } from '../../messages.ts';
import { nikIssue } from './nik-issue.ts';

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

function issue(code: NikContentErrorCode | NikWarningCode, said: Message): NikIssue {
  return nikIssue(code, said);
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
      issue('REPAIR_NEEDS_CONFIRMATION', msg('nik.repaired', { input: quote(input), nik: quote(nik) })),
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
      issue('UNKNOWN_PROVINCE', msg('nik.unknownProvince', { code: provinceCode })),
    );
  } else if (!lookup.regencyExists(regencyCode)) {
    errors.push(
      issue('UNKNOWN_REGENCY', msg('nik.unknownRegency', { code: regencyCode })),
    );
  } else if (!lookup.districtExists(districtCode)) {
    warnings.push(
      issue('UNKNOWN_DISTRICT', msg('nik.unknownDistrict', { code: districtCode })),
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
      issue('INVALID_DAY', msg('nik.invalidDay', { day: ddText })),
    );
  }
  const monthOk = mm >= 1 && mm <= 12;
  if (!monthOk) {
    errors.push(
      issue('INVALID_MONTH', msg('nik.invalidMonth', { month: mmText })),
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
        issue('INVALID_DATE', msg('nik.invalidDate', { shown, yy: yyText })),
      );
    } else if (candidates.length === 0) {
      errors.push(
        issue('FUTURE_BIRTH_DATE', msg('nik.futureBirth', { dates: real.map(iso).join(' / '), today: iso(today) })),
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
        issue('CENTURY_DOUBTFUL', msg('nik.centuryDoubtful', { yy: yyText, recentYear: recent?.slice(0, 4) ?? '', olderYear: older?.slice(0, 4) ?? '', recent: recent ?? '' })),
      );
    }
  }

  if (serial === '0000') {
    errors.push(
      issue('SERIAL_ZERO', msg('nik.serialZero')),
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
