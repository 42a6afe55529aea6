import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import type { MessageLanguage } from '../api/messages/message.ts';
import { inBoth, msg, render } from '../messages.ts';

// The office's words for a figure's value: region names, list labels and KBLI section names (in
// both languages, the English falling back to the Indonesian where the list has none), programme
// names. Read once per report.

export interface Labels {
  region(code: string): string | undefined;
  list(list: 'segment' | 'vulnerable_category' | 'funding_source', code: string): LocalizedText | undefined;
  sector(section: string): LocalizedText | undefined;
  programme(id: number): { uid: string; name: string; year: number } | undefined;
  programmeByUid(uid: string): { id: number; name: string; year: number } | undefined;
}

interface ListWords {
  labelId: string;
  labelEn: string;
}
/** A list label in each language; the Indonesian where the list has no English. */
const listWords = (r: ListWords): LocalizedText => ({ id: r.labelId, en: r.labelEn || r.labelId });

/** One list label in each language; the code itself when the list does not know it. */
export function listLabel(sqlite: Sqlite, list: string, code: string): LocalizedText {
  const r = stmt(sqlite, 'SELECT label_id AS labelId, label_en AS labelEn FROM lookup_item WHERE list = ? AND code = ?').get(list, code) as ListWords | undefined;
  return r ? listWords(r) : inBoth(() => code);
}

export function loadLabels(sqlite: Sqlite, regionCodes: readonly string[]): Labels {
  const regions = new Map<string, string>();
  const lookup = stmt(sqlite, 'SELECT name FROM region WHERE code = ?').pluck();
  for (const code of new Set(regionCodes)) {
    const name = lookup.get(code) as string | undefined;
    if (name) regions.set(code, name);
  }
  const lists = new Map((stmt(sqlite, 'SELECT list, code, label_id AS labelId, label_en AS labelEn FROM lookup_item').all() as (ListWords & { list: string; code: string })[]).map((r) => [`${r.list}:${r.code}`, listWords(r)]));
  const sections = new Map(
    (stmt(sqlite, "SELECT code, name_id AS nameId, name_en AS nameEn FROM kbli_entry WHERE level = 'kategori'").all() as { code: string; nameId: string; nameEn: string }[]).map((r) => [r.code, { id: r.nameId, en: r.nameEn || r.nameId }]),
  );
  const programmes = stmt(sqlite, 'SELECT id, uid, name, year FROM worker_programme').all() as { id: number; uid: string; name: string; year: number }[];
  const byId = new Map(programmes.map((p) => [p.id, p]));
  const byUid = new Map(programmes.map((p) => [p.uid, p]));
  return {
    region: (code) => regions.get(code),
    list: (list, code) => lists.get(`${list}:${code}`),
    sector: (section) => sections.get(section),
    programme: (id) => byId.get(id),
    programmeByUid: (uid) => byUid.get(uid),
  };
}

/**
 * A programme as a figure's name: "Perlindungan Pekerja Rentan APBD (2026)", its name alone when
 * the name already says its year as a whole word ("… APBD 2026", not twice).
 */
export function programmeLabel(p: { name: string; year: number }, language: MessageLanguage = 'id'): string {
  return new RegExp(`(^|[^0-9\\p{L}])${p.year}($|[^0-9\\p{L}])`, 'u').test(p.name) ? p.name : render(msg('coverage.programmeLabel', { name: p.name, year: p.year }), language);
}

export const regionName = (sqlite: Sqlite, code: string): string | undefined => stmt(sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined;
