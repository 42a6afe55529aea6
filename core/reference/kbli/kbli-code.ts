// Checks a KBLI 2020 code typed or imported from a spreadsheet.
//
// Levels by length: 2 digits golongan pokok (division), 3 golongan,
// 4 subgolongan, 5 kelompok (the level OSS/NIB uses, e.g. 47111).
// Only the division is checked against the table: the 3–5 digit levels are
// checked for shape, not for existence (the full KBLI list is not bundled).
//
// Spreadsheets drop leading zeros from number cells: kelompok 01111 (Pertanian
// jagung) arrives as 1111. A 4-digit input that does not start with 0 and
// would be a known division after adding the zero is therefore read, by
// default, as a 5-digit code that lost its zero — reported as repaired and in
// need of confirmation, never silently. Pass `fourDigits: 'subgolongan'` when
// the column really holds 4-digit subgolongan codes. A 1-digit input can only
// be a division that lost its zero ("1" -> "01") and is treated the same way.

import { kbliDivision, kbliSection } from './kbli-2020.ts';
import type { KbliSectionCode } from './kbli-2020.ts';
import type { LocalizedText as Bilingual } from '../../api/localized-text.ts';
import type { KbliAnalysis, KbliIssue, KbliIssueCode, KbliLevel } from '../../api/kbli.ts';

export type { Bilingual, KbliAnalysis, KbliIssue, KbliIssueCode, KbliLevel };






export type AnalyzeKbliOptions = {
  /** How to read a 4-digit code not starting with 0. Default 'lost-leading-zero'. */
  fourDigits?: 'lost-leading-zero' | 'subgolongan';
};

const LEVEL_BY_LENGTH: Record<number, KbliLevel> = { 2: 'golongan-pokok', 3: 'golongan', 4: 'subgolongan', 5: 'kelompok' };

const LEVEL_NAME: Record<KbliLevel, Bilingual> = {
  'golongan-pokok': { id: 'golongan pokok (2 digit)', en: 'division (2 digits)' },
  golongan: { id: 'golongan (3 digit)', en: 'group (3 digits)' },
  subgolongan: { id: 'subgolongan (4 digit)', en: 'class (4 digits)' },
  kelompok: { id: 'kelompok (5 digit)', en: 'subclass (5 digits)' },
};

function failed(issue: KbliIssue): KbliAnalysis {
  return {
    valid: false,
    code: null,
    level: null,
    division: null,
    divisionName: null,
    section: null,
    sectionName: null,
    repaired: false,
    needsConfirmation: false,
    issues: [issue],
  };
}

/** Analyses a KBLI code from text or a spreadsheet number cell. */
export function analyzeKbliCode(input: string | number | null | undefined, options: AnalyzeKbliOptions = {}): KbliAnalysis {
  const fourDigits = options.fourDigits ?? 'lost-leading-zero';
  let fromNumber = false;
  let text: string;

  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) {
      return failed({
        code: 'not-integer',
        severity: 'error',
        message: {
          id: `Kode KBLI harus berupa angka bulat 2–5 digit, bukan ${input}. Tulis kodenya sebagai teks, mis. 47111.`,
          en: `A KBLI code must be a whole number of 2–5 digits, not ${input}. Enter it as text, e.g. 47111.`,
        },
      });
    }
    fromNumber = true;
    text = String(input);
  } else {
    text = (input ?? '').trim().replace(/\s+/g, '');
    // "1111.0" is how some exports write a number cell.
    const numberLike = /^(\d+)\.0+$/.exec(text);
    if (numberLike) {
      fromNumber = true;
      text = numberLike[1]!;
    }
  }

  if (text === '') {
    return failed({
      code: 'empty',
      severity: 'error',
      message: { id: 'Kode KBLI kosong. Isi kode KBLI 5 digit, mis. 47111.', en: 'The KBLI code is empty. Enter the 5-digit KBLI code, e.g. 47111.' },
    });
  }
  if (!/^\d+$/.test(text)) {
    return failed({
      code: 'not-digits',
      severity: 'error',
      message: {
        id: `"${text}" bukan kode KBLI: kode KBLI hanya angka (2–5 digit), mis. 47111. Kategori huruf (A–U) tidak dipakai di sini.`,
        en: `"${text}" is not a KBLI code: KBLI codes are digits only (2–5 digits), e.g. 47111. Section letters (A–U) are not used here.`,
      },
    });
  }
  if (text.length > 5) {
    return failed({
      code: 'too-long',
      severity: 'error',
      message: {
        id: `Kode KBLI paling panjang 5 digit; "${text}" ${text.length} digit. Periksa kodenya di NIB/OSS.`,
        en: `A KBLI code has at most 5 digits; "${text}" has ${text.length}. Check the code on the NIB/OSS record.`,
      },
    });
  }

  const issues: KbliIssue[] = [];
  let code = text;
  let repaired = false;

  const lostZero = text.length === 1 || (text.length === 4 && fourDigits === 'lost-leading-zero');
  if (lostZero && !text.startsWith('0') && kbliDivision('0' + text[0]) !== undefined) {
    code = '0' + text;
    repaired = true;
    const where = fromNumber ? { id: 'sel angka', en: 'a number cell' } : { id: 'teks', en: 'the text' };
    const alt =
      text.length === 4 && kbliDivision(text.slice(0, 2)) !== undefined
        ? {
            id: ` Jika yang dimaksud memang subgolongan 4 digit ${text}, perbaiki di sumbernya.`,
            en: ` If the 4-digit class ${text} was really meant, correct it at the source.`,
          }
        : { id: '', en: '' };
    issues.push({
      code: 'leading-zero-restored',
      severity: 'confirm',
      message: {
        id: `Kode "${text}" dibaca sebagai ${code}: angka nol di depan kemungkinan hilang karena ${where.id} di spreadsheet. Periksa dan konfirmasi.${alt.id} Agar tidak terulang, format kolom KBLI sebagai teks.`,
        en: `Code "${text}" was read as ${code}: the leading zero was probably lost in ${where.en} of the spreadsheet. Check and confirm.${alt.en} To avoid this, format the KBLI column as text.`,
      },
    });
  }

  if (code.length === 1) {
    return failed({
      code: 'unknown-division',
      severity: 'error',
      message: {
        id: `"${text}" bukan kode KBLI yang dikenal. Tulis kode KBLI 5 digit, mis. 47111.`,
        en: `"${text}" is not a known KBLI code. Enter the 5-digit KBLI code, e.g. 47111.`,
      },
    });
  }

  const division = kbliDivision(code.slice(0, 2));
  if (!division) {
    return failed({
      code: 'unknown-division',
      severity: 'error',
      message: {
        id: `Golongan pokok ${code.slice(0, 2)} tidak ada di KBLI 2020 (kode "${text}"). Periksa kodenya di NIB/OSS.`,
        en: `Division ${code.slice(0, 2)} does not exist in KBLI 2020 (code "${text}"). Check the code on the NIB/OSS record.`,
      },
    });
  }

  const level = LEVEL_BY_LENGTH[code.length]!;
  if (level !== 'kelompok') {
    issues.push({
      code: 'not-five-digit',
      severity: 'info',
      message: {
        id: `Kode ${code} adalah ${LEVEL_NAME[level].id}; NIB/OSS memakai kode kelompok 5 digit. Lengkapi bila tahu kode 5 digitnya.`,
        en: `Code ${code} is a ${LEVEL_NAME[level].en}; NIB/OSS uses 5-digit codes. Complete it if the 5-digit code is known.`,
      },
    });
  }

  const section = kbliSection(division.section)!;
  return {
    valid: true,
    code,
    level,
    division: division.code,
    divisionName: { id: division.nameId, en: division.nameEn },
    section: section.code,
    sectionName: { id: section.nameId, en: section.nameEn },
    repaired,
    needsConfirmation: issues.some((i) => i.severity === 'confirm'),
    issues,
  };
}

/**
 * Section (A–U) of an already clean 2–5 digit KBLI code, from its division;
 * null when the code is malformed or its division does not exist. No repair
 * is attempted here: "1111" is division 11 (C). Use analyzeKbliCode for input.
 */
export function sectionOfKbli(code: string): KbliSectionCode | null {
  if (typeof code !== 'string' || !/^\d{2,5}$/.test(code)) return null;
  return kbliDivision(code.slice(0, 2))?.section ?? null;
}
