/**
 * Folds a place or person name for comparison: compatibility decomposition, no diacritics,
 * lower case, apostrophes and quotes dropped ("Regapu’u" = "Regapuu"), every other
 * non-alphanumeric run one space. Shared by the region resolver and the region picker.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´"“”]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
