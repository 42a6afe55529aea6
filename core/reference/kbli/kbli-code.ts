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
import type { Message } from '../../api/messages/message.ts';
import { msg, renderBoth } from '../../messages.ts';
import type { KbliAnalysis, KbliIssue, KbliIssueCode, KbliLevel } from '../../api/kbli.ts';

export type { Bilingual, KbliAnalysis, KbliIssue, KbliIssueCode, KbliLevel };






export type AnalyzeKbliOptions = {
  /** How to read a 4-digit code not starting with 0. Default 'lost-leading-zero'. */
  fourDigits?: 'lost-leading-zero' | 'subgolongan';
};

const LEVEL_BY_LENGTH: Record<number, KbliLevel> = { 2: 'golongan-pokok', 3: 'golongan', 4: 'subgolongan', 5: 'kelompok' };

const LEVEL_NAME: Record<KbliLevel, Message> = {
  'golongan-pokok': msg('kbli.levels.golonganPokok'),
  golongan: msg('kbli.levels.golongan'),
  subgolongan: msg('kbli.levels.subgolongan'),
  kelompok: msg('kbli.levels.kelompok'),
};

/** An issue from its coded message: the words in both languages beside it. */
const issueOf = (code: KbliIssue['code'], severity: KbliIssue['severity'], said: Message): KbliIssue => ({ code, severity, message: renderBoth(said), said });

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
      return failed(issueOf('not-integer', 'error', msg('kbli.notInteger', { input: String(input) })));
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
    return failed(issueOf('empty', 'error', msg('kbli.empty')));
  }
  if (!/^\d+$/.test(text)) {
    return failed(issueOf('not-digits', 'error', msg('kbli.notDigits', { text })));
  }
  if (text.length > 5) {
    return failed(issueOf('too-long', 'error', msg('kbli.tooLong', { text, length: text.length })));
  }

  const issues: KbliIssue[] = [];
  let code = text;
  let repaired = false;

  const lostZero = text.length === 1 || (text.length === 4 && fourDigits === 'lost-leading-zero');
  if (lostZero && !text.startsWith('0') && kbliDivision('0' + text[0]) !== undefined) {
    code = '0' + text;
    repaired = true;
    const where = msg(fromNumber ? 'kbli.whereNumber' : 'kbli.whereText');
    const alt = text.length === 4 && kbliDivision(text.slice(0, 2)) !== undefined ? msg('kbli.alt', { text }) : '';
    issues.push(issueOf('leading-zero-restored', 'confirm', msg('kbli.zeroRestored', { text, code, where, alt })));
  }

  if (code.length === 1) {
    return failed(issueOf('unknown-division', 'error', msg('kbli.unknown', { text })));
  }

  const division = kbliDivision(code.slice(0, 2));
  if (!division) {
    return failed(issueOf('unknown-division', 'error', msg('kbli.unknownDivision', { division: code.slice(0, 2), text })));
  }

  const level = LEVEL_BY_LENGTH[code.length]!;
  if (level !== 'kelompok') {
    issues.push(issueOf('not-five-digit', 'info', msg('kbli.notFiveDigit', { code, level: LEVEL_NAME[level] })));
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
