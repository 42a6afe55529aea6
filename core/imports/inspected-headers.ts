import { LRUCache } from '../../db/bounded-cache.ts';

// The header row each staged file was last inspected with, so that a refusal later (a dry run
// asked without a required column) can list the headers the file has. In memory only, for the
// last few files: a header row taken from the wrong place may hold data.

export interface InspectedHeader {
  /** The sheet as the caller asked for it (undefined: the first visible one). */
  sheetAsked: string | number | undefined;
  sheet: string;
  format: string;
  headerRow: number;
  names: readonly string[];
}

const byToken = new LRUCache<string, InspectedHeader>({ max: 50 });

export function rememberInspectedHeader(fileToken: string, header: InspectedHeader): void {
  byToken.set(fileToken, header);
}

/** The remembered header of this file, if it was of the same sheet and row. */
export function inspectedHeader(fileToken: string, sheet: string | number | undefined, headerRow: number): InspectedHeader | null {
  const found = byToken.get(fileToken);
  if (!found || found.headerRow !== headerRow) return null;
  const sameSheet = sheet === undefined || sheet === found.sheetAsked || sheet === found.sheet;
  return sameSheet ? found : null;
}
