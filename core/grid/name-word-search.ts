import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';
import type { ColumnFilter } from '../api/grid.ts';
import { ftsMatchQuery, searchTokens } from './fts-query.ts';
import type { OrderedSearchView, QuickSearchCondition } from './grid-spec.ts';
import { dataVersion } from './ordered-ids.ts';
import { cachesPerOwner } from '../../db/bounded-cache.ts';

// A quick search by name, read from a register's name words (person_word, migration 0025;
// employer_word, 0028; db/name-words.ts): a row per word of a name keyed (word, name_fold, id).
// One typed word (the one with fewest records) drives: each word of the register it begins is
// an arm read in name order, the arms merged by SQLite (UNION: a name holding two such words
// comes once), the other typed words tested on the name, and a page stops after its rows. The
// count: the totals per word for one typed word that is one word of the register, else the FTS
// (its AND of words in C), less or plus the few records not active (their own index). Views it
// does not answer (other filters or sorts, a prefix begun by too many words) are read with the
// FTS condition, listed whole.

/** A typed prefix begun by more words than this reads through the FTS (each word is an arm). */
const maxArms = 64;
const active = 'aktif';

/** Whose words: `<table>_word`, `<table>_word_total`, `<table>_word_inactive_idx` and the FTS counted. */
export interface NameWordTables {
  table: 'person' | 'employer';
  /** The register's FTS table, whose MATCH counts a search of several words. */
  fts: string;
}

/**
 * A quick search of words in the FTS (`idSql IN` its matches), whose pages in the screen's views
 * (by name; everyone or by record status) are read in name order from the name words. Another
 * view lists the FTS's matches whole (a walk of the name index would meet them late, for names
 * cluster: "i putu …", "pt bali …"). `byName` false: the FTS alone (a search the names cannot answer).
 */
export function nameWordsSearch(words: NameWordTables, idSql: string, term: string, byName = true): QuickSearchCondition | null {
  const match = ftsMatchQuery(term);
  if (!match) return null;
  const tokens = searchTokens(term);
  const condition = { sql: `${idSql} IN (SELECT rowid FROM ${words.fts} WHERE ${words.fts} MATCH ?)`, params: [match] };
  return byName ? { ...condition, ordered: (sqlite, view) => nameSearchPage(sqlite, words, tokens, match, view) } : condition;
}

/** A prefix's upper bound: every word starting with `p` sorts below it. */
const above = (p: string) => `${p}\u{10FFFF}`;

interface Driver {
  words: string[];
  records: number;
}

/** The words of the register each typed prefix begins (null past maxArms) and their records. */
function driverOf(sqlite: Sqlite, words: NameWordTables, tokens: string[]): { driver: Driver; others: string[] } | 'none' | null {
  const sql = `SELECT word, n FROM ${words.table}_word_total WHERE word >= ? AND word < ? AND n > 0 LIMIT ?`;
  let best: { driver: Driver; index: number } | null = null;
  for (const [index, token] of tokens.entries()) {
    const rows = stmt(sqlite, sql).all(token, above(token), maxArms + 1) as { word: string; n: number }[];
    if (rows.length === 0) return 'none';
    if (rows.length > maxArms) continue;
    const records = rows.reduce((sum, r) => sum + r.n, 0);
    if (!best || records < best.driver.records) best = { driver: { words: rows.map((r) => r.word), records }, index };
  }
  return best ? { driver: best.driver, others: tokens.filter((_, i) => i !== best.index) } : null;
}

/** The chosen record statuses of the view (null: all), or undefined when it has another filter. */
function statusesOf(filterModel: Record<string, ColumnFilter>): string[] | null | undefined {
  const entries = Object.entries(filterModel);
  if (entries.length === 0) return null;
  const [colId, filter] = entries[0]!;
  if (entries.length > 1 || colId !== 'recordStatus' || 'operator' in filter || filter.filterType !== 'set') return undefined;
  return filter.values.every((v): v is string => v !== null) ? filter.values : undefined;
}

/** One SELECT per driving word, each in (name_fold, id) order, merged: the view's matches. */
function matches(words: NameWordTables, driver: Driver, others: string[], where: string[], whereParams: unknown[], indexed = ''): { sql: string; params: unknown[] } {
  const probes = others.length ? [...others.map(() => 'instr(name_fold, ?) > 0'), 'name_has_prefixes(name_fold, ?)'] : [];
  const probeParams = others.length ? [...others, others.join(' ')] : [];
  const arm = `SELECT name_fold AS k, id FROM ${words.table}_word ${indexed} WHERE ${['word = ?', ...where, ...probes].join(' AND ')}`;
  return {
    sql: driver.words.map(() => arm).join(' UNION '),
    params: driver.words.flatMap((word) => [word, ...whereParams, ...probeParams]),
  };
}

const countsOf = cachesPerOwner<{ version: string; n: number }>(24);

/** The number of matches in the view, kept per query until the next write. */
function countOf(sqlite: Sqlite, words: NameWordTables, tokens: string[], ftsMatch: string, picked: { driver: Driver; others: string[] }, statuses: string[] | null): number {
  const cache = countsOf(sqlite);
  const key = JSON.stringify([words.table, tokens, statuses]);
  const version = dataVersion(sqlite);
  const hit = cache.get(key);
  if (hit?.version === version) return hit.n;
  const { driver, others } = picked;
  const everyone =
    others.length === 0 && driver.words.length === 1 ? driver.records : (stmt(sqlite, `SELECT count(*) FROM ${words.fts} WHERE ${words.fts} MATCH ?`).pluck().get(ftsMatch) as number);
  let n = everyone;
  if (statuses) {
    // The people not active, read along their own index: those the view leaves out of everyone
    // (it holds the active), or those it holds (it does not).
    const holdsActive = statuses.includes(active);
    const rest = statuses.filter((s) => s !== active);
    const chosen = rest.length ? `record_status ${holdsActive ? 'NOT ' : ''}IN (${rest.map(() => '?').join(', ')})` : '';
    const q = matches(words, driver, others, [`record_status <> '${active}'`, chosen].filter(Boolean), rest, `INDEXED BY ${words.table}_word_inactive_idx`);
    const inactive = stmt(sqlite, `SELECT count(*) FROM (${q.sql})`).pluck().get(...q.params) as number;
    n = holdsActive ? everyone - inactive : inactive;
  }
  cache.set(key, { version, n });
  return n;
}

/** The page [startRow, endRow) of a name search and its count, or null for a view it does not answer. */
function nameSearchPage(sqlite: Sqlite, words: NameWordTables, tokens: string[], ftsMatch: string, view: OrderedSearchView): { rowCount: number; ids: number[] } | null {
  const sort = view.sortModel.length ? view.sortModel : [{ colId: 'name', sort: 'asc' as const }];
  const statuses = statusesOf(view.filterModel);
  if (sort.length !== 1 || sort[0]!.colId !== 'name' || statuses === undefined) return null;
  if (statuses?.length === 0) return { rowCount: 0, ids: [] };
  const picked = driverOf(sqlite, words, tokens);
  if (picked === 'none') return { rowCount: 0, ids: [] };
  if (!picked) return null;
  const rowCount = countOf(sqlite, words, tokens, ftsMatch, picked, statuses);
  const [start, end] = [view.startRow, Math.min(view.endRow, rowCount)];
  if (start >= end) return { rowCount, ids: [] };
  const statusWhere = statuses ? [`record_status IN (${statuses.map(() => '?').join(', ')})`] : [];
  const q = matches(words, picked.driver, picked.others, statusWhere, statuses ?? []);
  // Read from whichever end of the view is nearer the page (the rest is walked past, not sorted).
  const descending = sort[0]!.sort === 'desc';
  const fromEnd = rowCount - end < start;
  const dir = descending !== fromEnd ? 'DESC' : 'ASC';
  const ids = stmt(sqlite, `${q.sql} ORDER BY k ${dir}, id ${dir} LIMIT ? OFFSET ?`)
    .raw()
    .all(...q.params, end - start, fromEnd ? rowCount - end : start)
    .map((row) => (row as [string, number])[1]);
  return { rowCount, ids: fromEnd ? ids.reverse() : ids };
}
