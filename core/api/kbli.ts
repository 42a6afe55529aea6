// KBLI 2020 analysis as the contract shows it (types only).
import type { LocalizedText as Bilingual } from './localized-text.ts';
import type { Message } from './messages/message.ts';

export type KbliSectionCode =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K'
  | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U';

export type KbliIssueCode =
  | 'empty'
  | 'not-integer'
  | 'not-digits'
  | 'too-long'
  | 'unknown-division'
  | 'leading-zero-restored'
  | 'not-five-digit';

export type KbliIssue = {
  code: KbliIssueCode;
  /** error: not usable; confirm: usable after a person confirms the repair; info: usable. */
  severity: 'error' | 'confirm' | 'info';
  message: Bilingual;
  /** The coded message the words come from. */
  said: Message;
};

export type KbliLevel = 'golongan-pokok' | 'golongan' | 'subgolongan' | 'kelompok';

export type KbliAnalysis = {
  /** True when there is no error (a repair needing confirmation still counts as valid). */
  valid: boolean;
  /** The code after trimming / repair, digits only; null when unusable. */
  code: string | null;
  level: KbliLevel | null;
  division: string | null;
  divisionName: Bilingual | null;
  section: KbliSectionCode | null;
  sectionName: Bilingual | null;
  /** A leading zero was added back. */
  repaired: boolean;
  needsConfirmation: boolean;
  issues: KbliIssue[];
};
