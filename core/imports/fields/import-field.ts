import type { LocalizedText } from '../../api/localized-text.ts';

/** One importable column of a register: its key, labels, the header texts that mean it. */
export interface ImportField {
  key: string;
  label: LocalizedText;
  /** Header texts (any case/accents/punctuation) that map to this field automatically. */
  synonyms: readonly string[];
  required?: boolean;
  /** An example value for the downloadable template. */
  example: string;
  /** An identity number or code: a text column in the template and the error file (Excel would drop a leading zero). */
  identity?: boolean;
  /** A choice column: the register's values, which a file's own words can be mapped to (value mapping). */
  choices?: readonly { value: string; label: LocalizedText }[];
}

/** A problem in one cell (or the row as a whole when `field` is null). */
export interface RowIssue {
  field: string | null;
  message: LocalizedText;
  severity: 'error' | 'warning';
}
