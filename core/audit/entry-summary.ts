import type { LocalizedText } from '../api/localized-text.ts';
import type { Message } from '../api/messages/message.ts';
import type { ServiceContext } from '../context.ts';
import { inBoth, msg, renderBoth } from '../messages.ts';
import { layoutRegister, readableSettingSnapshot } from '../settings/column-layout.ts';

// What a change-log entry did, in a line of words, where neither its record's name nor its
// changed fields say it: a register's column layout ("Kolom NIK ditampilkan — Register pekerja",
// so the log answers "who showed the NIKs of a whole register"), and the office's "Sembunyikan
// kolom NIK" turned off or on. Derived from the row's snapshots as the log reads it (the search
// gets the same words when the row is written), so rows logged before read the same way.

interface SummarySource {
  entity: string;
  entityUid: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const shownIn = (snapshot: Record<string, unknown> | null): string[] | null =>
  Array.isArray(snapshot?.shownColumns) ? (snapshot.shownColumns as unknown[]).map(String) : null;

/** The entities an entry of which may have a summary. */
export const summarised: ReadonlySet<string> = new Set(['office_profile', 'user_setting']);

export function entrySummary(ctx: Pick<ServiceContext, 'runtime'>, entry: SummarySource): LocalizedText | null {
  if (entry.entity === 'office_profile') {
    const [was, now] = [entry.before?.hideNikByDefault, entry.after?.hideNikByDefault];
    if (typeof now !== 'boolean' || was === now) return null;
    return renderBoth(msg(now ? 'audit.summary.nikHiddenByDefault' : 'audit.summary.nikShownByDefault'));
  }
  if (entry.entity !== 'user_setting') return null;
  const definition = layoutRegister(ctx, entry.entityUid);
  if (!definition) return null;
  const [before, after] = [readableSettingSnapshot(ctx, entry.entityUid, entry.before), readableSettingSnapshot(ctx, entry.entityUid, entry.after)];
  const [was, now] = [shownIn(before), shownIn(after)];
  if (!now) return null;
  // A personal column (the NIK) shown or hidden is said by name; a layout saved the first time
  // had the personal columns hidden (the office's default) unless it shows them.
  const personal = definition.columns.filter((c) => c.cell.kind === 'identity' && c.cell.personal);
  const said: Message[] = personal.flatMap((c): Message[] => {
    const [shownBefore, shownNow] = [was?.includes(c.id) ?? false, now.includes(c.id)];
    if (shownBefore === shownNow) return [];
    return [msg(shownNow ? 'audit.summary.columnShown' : 'audit.summary.columnHidden', { column: c.label, register: definition.title })];
  });
  if (said.length === 0) said.push(msg('audit.summary.layout', { register: definition.title }));
  const words = said.map((m) => renderBoth(m));
  return inBoth((language) => words.map((w) => w[language]).join('; '));
}
