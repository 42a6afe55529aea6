import { hasMessage, render } from '../messages.ts';
import type { AuditEntry } from './write.ts';

// The words a change-log entry shows, in both languages, for its search (audit_fts): a user
// searches "ubah", "Perusahaan" or a firm's name, not "update" and "employer" alone.

const word = (key: string) => (hasMessage(key) ? `${render({ key }, 'id')} ${render({ key }, 'en')}` : '');

export function auditWords(entry: Pick<AuditEntry, 'action' | 'entity' | 'label'>, actorName: string, changedFields: readonly string[]): string {
  return [
    actorName,
    entry.action,
    word(`audit.actions.${entry.action}`),
    word(`audit.entities.${entry.entity}`),
    entry.label ?? '',
    ...changedFields.map((f) => `${f} ${word(`${entry.entity}.fields.${f}`)}`),
  ]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
