// Result types for NIK (Nomor Induk Kependudukan) analysis and spreadsheet-cell repair.
//
// NIK layout (16 digits): PP KK CC DDMMYY SSSS
//   PP   province code            } region where the NIK was FIRST ISSUED —
//   KK   kabupaten/kota code      } it never follows moves, so it is not the
//   CC   kecamatan code           } holder's domicile.
//   DD   birth day (+40 for women), MM month, YY two-digit year (century ambiguous)
//   SSSS serial, from 0001
import type { LocalizedText } from './localized-text.ts';
import type { Message } from './messages/message.ts';

export type { LocalizedText };

export type NikSex = 'L' | 'P'; // L = laki-laki, P = perempuan

export type NikRepairOutcome = 'clean' | 'repaired' | 'unrepairable';

/** Changes applied by the repair. The first two are silent; the rest need confirmation. */
export type NikRepairChangeCode =
  | 'TRIMMED_WHITESPACE'
  | 'REMOVED_APOSTROPHE'
  | 'REMOVED_DECIMAL_SUFFIX'
  | 'REMOVED_SEPARATORS'
  | 'NUMERIC_CELL'
  | 'FROM_SCIENTIFIC';

/** Why a cell cannot be turned into 16 trustworthy digits. */
export type NikRepairFailureCode =
  | 'EMPTY'
  | 'NOT_TEXT'
  | 'NOT_INTEGER'
  | 'SCIENTIFIC_NOTATION'
  | 'UNSAFE_NUMBER'
  | 'EXCEL_PRECISION_LOST'
  | 'NOT_DIGITS'
  | 'WRONG_LENGTH';

export type NikContentErrorCode =
  | 'INVALID_DAY'
  | 'INVALID_MONTH'
  | 'INVALID_DATE'
  | 'FUTURE_BIRTH_DATE'
  | 'SERIAL_ZERO'
  | 'UNKNOWN_PROVINCE'
  | 'UNKNOWN_REGENCY';

export type NikWarningCode = 'UNKNOWN_DISTRICT' | 'CENTURY_DOUBTFUL' | 'REPAIR_NEEDS_CONFIRMATION';

export type NikIssueCode = NikRepairChangeCode | NikRepairFailureCode | NikContentErrorCode | NikWarningCode;


/** One finding: what is wrong (or what was changed) and how to fix it, in both languages. */
export interface NikIssue {
  readonly code: NikIssueCode;
  readonly message: LocalizedText;
  /** The coded message the words come from. */
  readonly said: Message;
}

/** Kemendagri region codes in dotted form. */
export interface RegionCodeLookup {
  /** e.g. '51' */
  provinceExists(code: string): boolean;
  /** e.g. '51.03' */
  regencyExists(code: string): boolean;
  /** e.g. '51.03.01' */
  districtExists(code: string): boolean;
}

export interface NikRepairResult {
  readonly outcome: NikRepairOutcome;
  /** The 16 digits after repair; null when unrepairable. */
  readonly text: string | null;
  /** Everything that was changed, in order (also filled up to the failure point when unrepairable). */
  readonly changes: readonly NikIssue[];
  /** True when a change other than trimming / removing the Excel apostrophe was made. */
  readonly needsConfirmation: boolean;
  /** Set when outcome is 'unrepairable'. */
  readonly reason: NikIssue | null;
  /** For scientific notation: the leading digits that are still known (e.g. '510312'). */
  readonly knownDigits: string | null;
}

export interface NikAnalysis {
  /** The raw value as text. */
  readonly input: string;
  /** 16 digits after repair; null if unusable. Check `repair.needsConfirmation` before storing. */
  readonly nik: string | null;
  /** No errors (warnings allowed). */
  readonly valid: boolean;
  readonly repair: NikRepairResult;
  readonly errors: readonly NikIssue[];
  readonly warnings: readonly NikIssue[];
  readonly sex: NikSex | null;
  /** ISO 'YYYY-MM-DD', the most recent plausible century. */
  readonly birthDate: string | null;
  /** Every real, non-future reading of the date, most recent first. */
  readonly birthDateCandidates: readonly string[];
  /** Two candidates remain and both give an age of 0..100 years at `today`. */
  readonly centuryDoubtful: boolean;
  /** Parsed codes (present whenever `nik` is; see errors/warnings for whether they are known). */
  readonly provinceCode: string | null; // '51'
  readonly regencyCode: string | null; // '51.03'
  readonly districtCode: string | null; // '51.03.01'
  readonly serial: string | null; // '0001'
}

export interface AnalyzeNikOptions {
  readonly lookup: RegionCodeLookup;
  /** Reference date; only its UTC calendar date is used (pass Date.UTC(y, m, d) of the local date). */
  readonly today: Date;
  /** The cell was numeric in the sheet (JS numbers are always treated as numeric). */
  readonly fromNumericCell?: boolean;
}

export interface RegionCodeSets {
  readonly provinces: Iterable<string>;
  readonly regencies: Iterable<string>;
  readonly districts: Iterable<string>;
}

/**
 * Why a NIK cannot be stored, in the parser's own words (null: usable, perhaps after a repair
 * the user confirms). The save refuses with it and the person form says it on the field first.
 */
export function nikRefusal(analysis: NikAnalysis): Message | null {
  if (analysis.nik && analysis.valid) return null;
  const problem = analysis.repair.reason ?? analysis.errors[0];
  return { key: 'workers.save.nikInvalid', params: { problem: problem?.said ?? { key: 'workers.import.nikRequired' } } };
}
