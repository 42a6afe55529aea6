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

const kept = 50;
const byToken = new Map<string, InspectedHeader>();

export function rememberInspectedHeader(fileToken: string, header: InspectedHeader): void {
  byToken.delete(fileToken);
  byToken.set(fileToken, header);
  if (byToken.size > kept) byToken.delete(byToken.keys().next().value!);
}

/** The remembered header of this file, if it was of the same sheet and row. */
export function inspectedHeader(fileToken: string, sheet: string | number | undefined, headerRow: number): InspectedHeader | null {
  const found = byToken.get(fileToken);
  if (!found || found.headerRow !== headerRow) return null;
  const sameSheet = sheet === undefined || sheet === found.sheetAsked || sheet === found.sheet;
  return sameSheet ? found : null;
}
