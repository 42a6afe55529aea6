import { foldText } from '../../db/fold.ts';

/**
 * Turns what a user types into a safe FTS5 MATCH expression: every word a quoted prefix
 * term ("bali"* "sej"*), all required. Numbers typed with dots or dashes (NPWP
 * 01.234.567.8-901.000) become one digits-only term, as they are indexed.
 * Returns null when nothing searchable is left.
 */
export function ftsMatchQuery(term: string): string | null {
  const tokens = searchTokens(term);
  return tokens.length ? tokens.map((t) => `"${t}"*`).join(' ') : null;
}

/** The words of a quick search, folded, each a prefix every match must have (at most 8). */
export function searchTokens(term: string): string[] {
  const folded = foldText(term) ?? '';
  const compact = folded.replace(/[\s.\-/]/g, '');
  const tokens = /^\d+$/.test(compact) && compact.length >= 4 ? [compact] : folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return tokens.slice(0, 8).map((t) => t.replaceAll('"', ''));
}
