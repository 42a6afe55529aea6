import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';

// The office's words for a figure's value: region names, list labels (Indonesian), KBLI section
// names, programme names. Read once per report.

export interface Labels {
  region(code: string): string | undefined;
  list(list: 'segment' | 'vulnerable_category' | 'funding_source', code: string): string | undefined;
  sector(section: string): string | undefined;
  programme(id: number): { uid: string; name: string; year: number } | undefined;
  programmeByUid(uid: string): { id: number; name: string; year: number } | undefined;
}

export function loadLabels(sqlite: Sqlite, regionCodes: readonly string[]): Labels {
  const regions = new Map<string, string>();
  const lookup = stmt(sqlite, 'SELECT name FROM region WHERE code = ?').pluck();
  for (const code of new Set(regionCodes)) {
    const name = lookup.get(code) as string | undefined;
    if (name) regions.set(code, name);
  }
  const lists = new Map((stmt(sqlite, 'SELECT list, code, label_id AS label FROM lookup_item').all() as { list: string; code: string; label: string }[]).map((r) => [`${r.list}:${r.code}`, r.label]));
  const sections = new Map((stmt(sqlite, "SELECT code, name_id AS name FROM kbli_entry WHERE level = 'kategori'").all() as { code: string; name: string }[]).map((r) => [r.code, r.name]));
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

export const regionName = (sqlite: Sqlite, code: string): string | undefined => stmt(sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined;
