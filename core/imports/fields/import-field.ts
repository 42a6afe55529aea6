import type { Message } from '../../api/messages/message.ts';

/** One importable column of a register: its key, labels, the header texts that mean it. */
export interface ImportField {
  key: string;
  /** Its name in words (a register's message). */
  label: Message;
  /**
   * Header texts in the register's own language (any case, accents, punctuation) that map to
   * this field automatically, also as whole words inside a longer header ("No. NIB").
   */
  synonyms: readonly string[];
  /**
   * Header texts that map only when they are the whole header: other languages ("Company
   * name") and short or common words that turn up inside unrelated headers. The key is never
   * a header text: it is the program's name for the field.
   */
  wholeHeaders?: readonly string[];
  required?: boolean;
  /**
   * Required unless one of these fields (keys of the same register) has a column: the register
   * reads the value from those instead. Checked before the dry run and shown on the mapping screen.
   */
  requiredUnless?: readonly string[];
  /** An example value for the downloadable template. */
  example: string;
  /** The template's example is instead a place of the office's own area (a place outside it would be refused). */
  exampleOfArea?: 'kecamatan' | 'desa';
  /** An identity number or code: a text column in the template and the error file (Excel would drop a leading zero). */
  identity?: boolean;
  /** A choice column: the register's values, which a file's own words can be mapped to (value mapping). */
  choices?: readonly { value: string; label: Message }[];
}

/** A problem in one cell (or the row as a whole when `field` is null). */
export interface RowIssue {
  field: string | null;
  message: Message;
  severity: 'error' | 'warning';
}
