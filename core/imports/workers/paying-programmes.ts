import type { Message } from '../../api/messages/message.ts';
import type { ServiceContext } from '../../context.ts';
import { msg } from '../../messages.ts';
import { choiceKey } from '../fields/cell-values.ts';

// The "program pembayar" column of a worker list: a vulnerable-worker programme named as the
// office named it, with or without its year ("PPR APBD" or "PPR APBD 2025"). A name used in
// several years is read in the period's year; otherwise the clerk is asked to add the year.

interface Programme {
  id: number;
  year: number;
}

export function payingProgrammeLookup(ctx: Pick<ServiceContext, 'sqlite'>) {
  const byKey = new Map<string, Programme[]>();
  const rows = ctx.sqlite.prepare('SELECT id, name, year FROM worker_programme ORDER BY year, id').all() as { id: number; name: string; year: number }[];
  for (const r of rows) {
    for (const key of [choiceKey(r.name), choiceKey(`${r.name} ${r.year}`)]) {
      const list = byKey.get(key) ?? [];
      list.push({ id: r.id, year: r.year });
      byKey.set(key, list);
    }
  }
  /**
   * A name not in the list. One that ends in a year gets no second year as its example
   * (walk 36: "… 2026 2025"): the years its name has, when it has any, or a plain refusal.
   */
  const unknownSaid = (text: string): Message => {
    const year = /^(.*\S)\s+((?:19|20)\d{2})$/.exec(text.trim());
    if (!year) return msg('workers.import.unknownPayingProgramme', { value: text });
    const years = (byKey.get(choiceKey(year[1]!)) ?? []).map((p) => p.year);
    return years.length
      ? msg('workers.import.payingProgrammeOtherYear', { value: text, name: year[1]!, year: year[2]!, years: years.join(', ') })
      : msg('workers.import.unknownPayingProgrammeWithYear', { value: text });
  };
  return (text: string, startYear: number | null): { id: number; year: number } | { error: Message } => {
    const found = byKey.get(choiceKey(text)) ?? [];
    if (found.length === 1) return found[0]!;
    if (found.length === 0) return { error: unknownSaid(text) };
    const inYear = found.find((p) => p.year === startYear);
    if (inYear) return inYear;
    const years = found.map((p) => p.year);
    return { error: msg('workers.import.ambiguousPayingProgramme', { value: text, years: years.join(', '), year: years.at(-1) ?? startYear ?? "" }) };
  };
}
