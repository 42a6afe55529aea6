import { nikRefusal, type NikAnalysis } from '../api/nik.ts';
import type { Message } from '../api/messages/message.ts';
import { msg } from '../messages.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// A NIK as a save and an import read it (the parser in core/reference/nik): usable, usable
// after a repair the user must see, or refused with the parser's own explanation.

export type NikReading =
  | { ok: true; nik: string; sex: 'L' | 'P' | null; birthDate: string | null; repaired: Message | null; warnings: Message[] }
  | { ok: false; said: Message };

export function readNik(analysis: NikAnalysis, use: 'save' | 'import' = 'save'): NikReading {
  const refused = nikRefusal(analysis);
  if (refused || !analysis.nik) return { ok: false, said: refused ?? msg('workers.import.nikRequired') };
  const changes = analysis.repair.changes.filter((c) => c.code !== 'TRIMMED_WHITESPACE' && c.code !== 'REMOVED_APOSTROPHE');
  // A save asks to confirm the repair (a checkbox); an import's confirmation is its commit, after the dry run said it.
  const repairKey = use === 'save' ? 'workers.save.nikRepairConfirm' : 'workers.import.nikRepaired';
  const repaired = analysis.repair.needsConfirmation ? msg(repairKey, { input: analysis.input, nik: analysis.nik, changes: changes[0]?.said ?? '' }) : null;
  const warnings = analysis.warnings.filter((w) => w.code !== 'REPAIR_NEEDS_CONFIRMATION').map((w) => w.said);
  return { ok: true, nik: analysis.nik, sex: analysis.sex, birthDate: analysis.birthDate, repaired, warnings };
}

/** A typed birth date after today: refused by the form and the import alike, with this message. */
export function birthAfterToday(birthDateTyped: string | null, today: string): Message | null {
  return birthDateTyped && birthDateTyped > today ? msg('workers.save.birthAfterToday', { date: dayMonthYear(birthDateTyped), today: dayMonthYear(today) }) : null;
}

/** The typed sex and birth date set against the NIK's: a disagreement is kept and flagged. */
export function identityDisagreements(nik: { sex: 'L' | 'P' | null; birthDate: string | null }, typed: { sexTyped: 'L' | 'P' | null; birthDateTyped: string | null }): Message[] {
  const found: Message[] = [];
  const sexWord = (s: 'L' | 'P') => msg(s === 'L' ? 'workers.sex.L' : 'workers.sex.P');
  if (typed.sexTyped && nik.sex && typed.sexTyped !== nik.sex) found.push(msg('workers.save.sexMismatch', { typed: sexWord(typed.sexTyped), fromNik: sexWord(nik.sex) }));
  if (typed.birthDateTyped && nik.birthDate && typed.birthDateTyped !== nik.birthDate) {
    found.push(msg('workers.save.birthMismatch', { typed: dayMonthYear(typed.birthDateTyped), fromNik: dayMonthYear(nik.birthDate) }));
  }
  return found;
}
