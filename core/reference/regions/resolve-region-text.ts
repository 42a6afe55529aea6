// Turns free text from spreadsheets ("Kec. Kuta Utara", "KUTA UTARA",
// "Desa Dalung", "510306", "51.03.06.2006", "Baturiti, Kerambitan") into a
// kode wilayah, or explains in Bahasa Indonesia and English why it cannot.
//
// Matching is exact on folded names (case, diacritics, punctuation and
// repeated spaces ignored). A leading kind word ("Kec.", "Desa", "Kel.",
// "Kab.", "Kota", ...) is used as a hint; names that themselves begin with
// such a word ("Kota Baru", "Kampung Baru" are real desa) match first as
// written. Typos are never auto-corrected: they produce `unknown` with
// suggestions found by edit distance, so a person confirms the choice.

import { foldName } from '../../api/fold-name.ts';
import { isWithin, normalizeCode } from './region-code.ts';
import type { RegionKind, RegionLevel } from './region-code.ts';
import type { RegionRow } from './idn-area-source.ts';
import type { LocalizedText as Bilingual } from '../../api/localized-text.ts';
import type { Message } from '../../api/messages/message.ts';
import { msg, renderBoth } from '../../messages.ts';
import type { RegionCandidate, RegionResolution } from '../../api/regions.ts';

export type { Bilingual, RegionCandidate, RegionResolution };




export type ResolveOptions = {
  /** Only accept kecamatan (3) or desa/kelurahan (4). Without it every level may match. */
  level?: 3 | 4;
  /** Only accept areas inside this code (the office area `51.03`, or a known kecamatan `51.03.05`); the code itself counts as inside. */
  withinCode?: string;
};

export type RegionResolver = {
  resolve(text: string, options?: ResolveOptions): RegionResolution;
};

/** Max suggestions returned for an unknown name. */
const MAX_SUGGESTIONS = 5;
/** Max candidates spelled out inside an ambiguity message. */
const MAX_LISTED = 5;

export { foldName };

type Hint = { levels: readonly RegionLevel[]; kind?: RegionKind };

// Kind words a person may write before a name, already folded, longest first
// within each group so "kota administrasi" wins over "kota".
const PREFIXES: ReadonlyArray<{ words: string; hint: Hint }> = [
  { words: 'provinsi', hint: { levels: [1] } },
  { words: 'propinsi', hint: { levels: [1] } },
  { words: 'prov', hint: { levels: [1] } },
  { words: 'kabupaten administrasi', hint: { levels: [2], kind: 'kabupaten' } },
  { words: 'kab administrasi', hint: { levels: [2], kind: 'kabupaten' } },
  { words: 'kab adm', hint: { levels: [2], kind: 'kabupaten' } },
  { words: 'kabupaten', hint: { levels: [2], kind: 'kabupaten' } },
  { words: 'kab', hint: { levels: [2], kind: 'kabupaten' } },
  { words: 'kota administrasi', hint: { levels: [2], kind: 'kota' } },
  { words: 'kota adm', hint: { levels: [2], kind: 'kota' } },
  { words: 'kotamadya', hint: { levels: [2], kind: 'kota' } },
  { words: 'kodya', hint: { levels: [2], kind: 'kota' } },
  { words: 'kota', hint: { levels: [2], kind: 'kota' } },
  { words: 'kecamatan', hint: { levels: [3] } },
  { words: 'kec', hint: { levels: [3] } },
  { words: 'distrik', hint: { levels: [3] } },
  { words: 'desa adat', hint: { levels: [4], kind: 'desa' } },
  { words: 'desa', hint: { levels: [4], kind: 'desa' } },
  { words: 'ds', hint: { levels: [4], kind: 'desa' } },
  { words: 'kelurahan', hint: { levels: [4], kind: 'kelurahan' } },
  { words: 'kel', hint: { levels: [4], kind: 'kelurahan' } },
  { words: 'kampung', hint: { levels: [4], kind: 'desa' } },
  { words: 'kampong', hint: { levels: [4], kind: 'desa' } },
  { words: 'gampong', hint: { levels: [4], kind: 'desa' } },
  { words: 'nagari', hint: { levels: [4], kind: 'desa' } },
];

/** Prefixes the data itself puts in names, stripped to index the bare name too. */
const OWN_PREFIX: Partial<Record<RegionLevel, RegExp>> = {
  2: /^(?:kabupaten|kota)(?: administrasi)? /,
  4: /^desa adat /,
};

/** Strips kind words from the front of a folded text (at most two: "kel desa x"). */
function stripPrefixes(key: string): { rest: string; hint: Hint | null } {
  let rest = key;
  let hint: Hint | null = null;
  for (let round = 0; round < 2; round++) {
    const p = PREFIXES.find((x) => rest.startsWith(x.words + ' '));
    if (!p) break;
    rest = rest.slice(p.words.length + 1);
    if (hint === null) {
      hint = p.hint;
    } else if (hint.levels[0] === p.hint.levels[0] && hint.kind !== p.hint.kind) {
      // "Kel./Desa X": same level, either kind.
      hint = { levels: hint.levels };
    }
  }
  return { rest, hint };
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent
 * transposition), giving up early once it exceeds `max` (returns max + 1).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Edits tolerated for a suggestion, by length of the folded query. */
function suggestionBudget(length: number): number {
  if (length <= 4) return 1;
  if (length <= 11) return 2;
  return 3;
}

/**
 * The regions held as columns (one entry per region, found by its position), not as 91,000
 * objects with their keys: the whole country's resolver held 40 MB of heap that way, and its
 * building grew the heap by 130 MB more that the process kept. A RegionRow is made only for
 * the few regions an answer names.
 */
class RegionColumns {
  readonly codes: string[] = [];
  readonly names: string[] = [];
  readonly parents: number[] = [];
  readonly levels: RegionLevel[] = [];
  readonly kinds: RegionKind[] = [];
  /** Each region's folded name; a second key (the name without a kind word the data put in it) in `otherKeys`. */
  readonly keys: string[] = [];
  readonly otherKeys = new Map<number, string>();
  readonly byCode = new Map<string, number>();
  /** Folded name -> the region, or the regions, that have it. */
  readonly byKey = new Map<string, number | number[]>();

  constructor(rows: Iterable<RegionRow>) {
    const parentCodes: (string | null)[] = [];
    for (const row of rows) {
      const at = this.codes.length;
      this.codes.push(row.code);
      this.names.push(row.name);
      this.levels.push(row.level);
      this.kinds.push(row.kind);
      parentCodes.push(row.parentCode);
      this.byCode.set(row.code, at);
      const full = foldName(row.name);
      this.keys.push(full);
      this.#index(full, at);
      const own = OWN_PREFIX[row.level];
      if (own && own.test(full)) {
        const bare = full.replace(own, '');
        this.otherKeys.set(at, bare);
        this.#index(bare, at);
      }
    }
    for (const code of parentCodes) this.parents.push(code === null ? -1 : (this.byCode.get(code) ?? -1));
  }

  #index(key: string, at: number) {
    const held = this.byKey.get(key);
    if (held === undefined) this.byKey.set(key, at);
    else if (typeof held === 'number') this.byKey.set(key, [held, at]);
    else held.push(at);
  }

  get size() {
    return this.codes.length;
  }

  withKey(key: string): readonly number[] {
    const held = this.byKey.get(key);
    return held === undefined ? [] : typeof held === 'number' ? [held] : held;
  }

  row(at: number): RegionRow {
    const parent = this.parents[at]!;
    return { code: this.codes[at]!, parentCode: parent < 0 ? null : this.codes[parent]!, level: this.levels[at]!, kind: this.kinds[at]!, name: this.names[at]! };
  }

  parentOf(row: RegionRow): RegionRow | undefined {
    const at = row.parentCode === null ? undefined : this.byCode.get(row.parentCode);
    return at === undefined ? undefined : this.row(at);
  }

  byCodeRow(code: string): RegionRow | undefined {
    const at = this.byCode.get(code);
    return at === undefined ? undefined : this.row(at);
  }
}

export function createRegionResolver(rows: Iterable<RegionRow>): RegionResolver {
  const regions = new RegionColumns(rows);

  /** "Desa Dalung", "Kecamatan Kuta Utara", "Kabupaten Badung", "Provinsi Bali". */
  function describe(row: RegionRow): string {
    switch (row.level) {
      case 1:
        return `Provinsi ${row.name}`;
      case 2:
        return row.name;
      case 3:
        return `Kecamatan ${row.name}`;
      case 4:
        return row.name.startsWith('Desa ') ? row.name : `${row.kind === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${row.name}`;
    }
  }

  function parentDescription(row: RegionRow): string {
    const parent = regions.parentOf(row);
    return parent ? describe(parent) : '';
  }

  /** "Desa Dalung, Kecamatan Kuta Utara, Kabupaten Badung". */
  function describePath(code: string): string {
    const parts: string[] = [];
    let row = regions.byCodeRow(code);
    while (row && row.level >= 2) {
      parts.push(describe(row));
      row = regions.parentOf(row);
    }
    if (parts.length === 0 && row) parts.push(describe(row));
    return parts.join(', ');
  }

  function ancestorMatches(row: RegionRow, qualifier: string): boolean {
    let p = regions.parentOf(row);
    while (p) {
      const key = foldName(p.name);
      if (key === qualifier) return true;
      const own = OWN_PREFIX[p.level];
      if (own && key.replace(own, '') === qualifier) return true;
      p = regions.parentOf(p);
    }
    return false;
  }

  function levelWord(level: RegionLevel | undefined): Message {
    return msg(`regions.levels.${level ? `l${level}` as const : "any"}`);
  }

  /** Candidates for one folded key among the rows accepted by `accept`. */
  function lookup(key: string, accept: (row: RegionRow) => boolean): RegionRow[] {
    const out: RegionRow[] = [];
    const seen = new Set<number>();
    for (const at of regions.withKey(key)) {
      const row = regions.row(at);
      if (!seen.has(at) && accept(row)) {
        seen.add(at);
        out.push(row);
      }
    }
    return out;
  }

  /**
   * Name matches for `text`: first the text exactly as written, then with a
   * leading kind word stripped (that word narrows by level, and by kind when
   * that leaves anything), then "name, parent" / "name (parent)" forms.
   */
  function matchName(text: string, accept: (row: RegionRow) => boolean): { rows: RegionRow[]; query: string; hint: Hint | null } {
    const full = foldName(text);
    const direct = lookup(full, accept);
    const { rest, hint } = stripPrefixes(full);
    if (direct.length > 0) return { rows: direct, query: full, hint: null };

    if (rest !== full && rest !== '') {
      const byLevel = lookup(rest, (r) => accept(r) && hint!.levels.includes(r.level));
      const byKind = hint!.kind ? byLevel.filter((r) => r.kind === hint!.kind) : byLevel;
      if (byKind.length > 0) return { rows: byKind, query: rest, hint };
      if (byLevel.length > 0) return { rows: byLevel, query: rest, hint };
    }

    // "Baturiti, Kerambitan", "Baturiti (Kec. Kerambitan)", "Dalung / Kuta Utara".
    const parts = text.split(/[,;()/]+/).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length >= 2) {
      const target = matchName(parts[0]!, accept);
      const qualifiers = parts.slice(1).map((p) => {
        const folded = foldName(p);
        const stripped = stripPrefixes(folded).rest;
        return stripped === '' ? folded : stripped;
      });
      const narrowed = target.rows.filter((r) => qualifiers.every((q) => ancestorMatches(r, q)));
      if (narrowed.length > 0) return { rows: narrowed, query: target.query, hint: target.hint };
      return { rows: [], query: target.query, hint: target.hint };
    }
    return { rows: [], query: rest !== '' ? rest : full, hint };
  }

  function suggest(query: string, accept: (row: RegionRow) => boolean): { code: string; name: string }[] {
    if (query === '') return [];
    const budget = suggestionBudget(query.length);
    const scored: { row: RegionRow; d: number }[] = [];
    for (let at = 0; at < regions.size; at++) {
      const row = regions.row(at);
      if (!accept(row)) continue;
      let best = budget + 1;
      const other = regions.otherKeys.get(at);
      for (const key of other === undefined ? [regions.keys[at]!] : [regions.keys[at]!, other]) {
        let d = editDistance(query, key, budget);
        // "Kuta" -> "Kuta Utara", "Kuta Selatan": the query is a whole-word prefix.
        if (d > budget && query.length >= 3 && key.startsWith(query + ' ')) d = budget;
        if (d < best) best = d;
      }
      if (best <= budget) scored.push({ row, d: best });
    }
    scored.sort((a, b) => a.d - b.d || a.row.level - b.row.level || (a.row.code < b.row.code ? -1 : 1));
    return scored.slice(0, MAX_SUGGESTIONS).map(({ row }) => ({ code: row.code, name: describePath(row.code) }));
  }

  function unknown(said: Message, suggestions: { code: string; name: string }[] = []): RegionResolution {
    return { status: 'unknown', suggestions, message: renderBoth(said), said };
  }

  function resolve(text: string, options: ResolveOptions = {}): RegionResolution {
    const level = options.level;
    let scope: string | null = null;
    if (options.withinCode !== undefined) {
      scope = normalizeCode(options.withinCode);
      if (scope === null || !regions.byCode.has(scope)) throw new Error(`withinCode ${options.withinCode} is not a known region code`);
    }
    const scopeText = scope ? describePath(scope) : null;
    const inScope = (row: RegionRow) => scope === null || isWithin(row.code, scope);
    const atLevel = (row: RegionRow) => level === undefined || row.level === level;
    const accept = (row: RegionRow) => inScope(row) && atLevel(row);
    const wanted = levelWord(level);
    const raw = typeof text === 'string' ? text.trim() : '';

    if (raw === '') return unknown(msg('regions.empty', { wanted }));

    // A code: only digits and separators.
    if (/^[\d\s.\-/]+$/.test(raw)) {
      const code = normalizeCode(raw);
      if (code === null) return unknown(msg('regions.badCode', { raw }));
      const row = regions.byCodeRow(code);
      if (!row) return unknown(msg('regions.noSuchCode', { code, wanted }));
      if (!inScope(row)) return unknown(msg('regions.codeOutside', { code, path: describePath(code), scope: scopeText! }));
      if (!atLevel(row)) return unknown(msg('regions.codeWrongLevel', { code, got: levelWord(row.level), described: describe(row), wanted }));
      return { status: 'found', code: row.code, name: row.name, kind: row.kind, how: 'code' };
    }

    // "Melaya (51.01.04)", "Tukadaya (5101042009)": a name with its code, as Lindung's own export
    // writes a region. Taken when both name the same region; a name and a code that disagree are refused.
    const withCode = /^(.*\S)\s*[([]\s*(\d[\d\s.\-/]*)\s*[)\]]$/.exec(raw);
    const code = withCode ? normalizeCode(withCode[2]!) : null;
    if (withCode && code !== null) {
      const byCode = resolve(withCode[2]!, options);
      if (byCode.status !== 'found') return byCode;
      const namePart = withCode[1]!;
      if (matchName(namePart, (r) => r.code === byCode.code).rows.length > 0) return byCode;
      const byName = resolve(namePart, options);
      const nameSays =
        byName.status === 'found'
          ? msg('regions.nameMeans', { path: describePath(byName.code), code: byName.code })
          : msg('regions.nameMeansOther', { described: describe(regions.byCodeRow(byCode.code)!) });
      return unknown(msg('regions.nameCodeDisagree', { raw, code: byCode.code, path: describePath(byCode.code), name: namePart, nameSays }), byName.status === 'found' ? [{ code: byName.code, name: describePath(byName.code) }, { code: byCode.code, name: describePath(byCode.code) }] : []);
    }

    const match = matchName(raw, accept);
    if (match.rows.length === 1) {
      const row = match.rows[0]!;
      return { status: 'found', code: row.code, name: row.name, kind: row.kind, how: 'name' };
    }

    if (match.rows.length > 1) {
      const rowsSorted = [...match.rows].sort((a, b) => (a.code < b.code ? -1 : 1));
      const candidates = rowsSorted.map((r) => ({ code: r.code, name: r.name, kind: r.kind, parentName: parentDescription(r) }));
      const listed = rowsSorted.slice(0, MAX_LISTED).map((r) => `${describe(r)} (${parentDescription(r)}, ${r.code})`);
      const more = rowsSorted.length > MAX_LISTED ? ` …` : '';
      const levels = new Set(rowsSorted.map((r) => r.level));
      const example = rowsSorted[0]!;
      const parentName = regions.parentOf(example)?.name ?? '';
      const advice =
        levels.size > 1
          ? msg('regions.adviceKind', { name: example.name })
          : msg('regions.adviceParent', { parentLevel: levelWord((example.level - 1) as RegionLevel), name: example.name, parentName, code: example.code });
      const said = msg('regions.ambiguous', { raw, count: rowsSorted.length, listed: listed.join('; '), more, advice });
      return { status: 'ambiguous', candidates, message: renderBoth(said), said };
    }

    // Nothing found: explain why, most specific reason first.
    const suggestions = suggest(match.query, (r) => accept(r) && (match.hint === null || match.hint.levels.includes(r.level)));
    const didYouMean = suggestions.length > 0 ? msg('regions.didYouMean', { list: suggestions.map((s) => `${s.name} (${s.code})`).join('; ') }) : '';

    if (scope !== null) {
      const outside = matchName(raw, atLevel).rows;
      if (outside.length > 0) {
        const where = outside.slice(0, MAX_LISTED).map((r) => `${describePath(r.code)} (${r.code})`).join('; ');
        return unknown(msg('regions.outside', { raw, scope: scopeText!, where, didYouMean }), suggestions);
      }
    }
    if (level !== undefined) {
      const otherLevel = matchName(raw, inScope).rows;
      if (otherLevel.length > 0) {
        const r = otherLevel[0]!;
        return unknown(msg('regions.otherLevel', { raw, got: levelWord(r.level), path: describePath(r.code), wanted }), suggestions);
      }
    }
    return unknown(
      scopeText ? msg('regions.notFoundIn', { wanted, raw, scope: scopeText, didYouMean }) : msg('regions.notFound', { wanted, raw, didYouMean }),
      suggestions,
    );
  }

  return { resolve };
}
