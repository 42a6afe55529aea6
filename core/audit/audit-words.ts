import type { MessageKey } from '../api/messages/catalogue.ts';
import { messageLanguages, type Message } from '../api/messages/message.ts';
import { hasMessage, render } from '../messages.ts';
import type { AuditEntry } from './write.ts';

// The words a change-log entry shows, in both languages, for its search (audit_fts): a user
// searches "ubah", "Perusahaan" or a firm's name, not "update" and "employer" alone.

/** The key of an action's words: its entity's own where it has one (a person "removed" is marked entered in error), else the general one. */
export function actionWordsKey(entity: string, action: string): MessageKey {
  const own = `audit.entityActions.${entity}.${action}`;
  return (hasMessage(own) ? own : `audit.actions.${action}`) as MessageKey;
}

const both = (message: Message) => `${render(message, 'id')} ${render(message, 'en')}`;
const word = (key: string) => (hasMessage(key) ? both({ key }) : '');

/** A register's field labels by entity (the registry passes each register's in): the search finds "Kecamatan", not "kecamatanCode". */
const fieldLabels = new Map<string, (field: string) => Message | null | undefined>();

export function setAuditFieldLabels(entity: string, labelOf: (field: string) => Message | null | undefined): void {
  fieldLabels.set(entity, labelOf);
}

function fieldWords(entity: string, field: string): string {
  const labelOf = fieldLabels.get(entity);
  if (labelOf) {
    const label = labelOf(field);
    return label ? both(label) : ''; // null: a key the register hides
  }
  return word(`audit.fields.${field}`);
}

export function auditWords(entry: Pick<AuditEntry, 'action' | 'entity' | 'label' | 'summary'>, actorName: string, changedFields: readonly string[]): string {
  const creates = entry.action === 'create' || entry.action === 'demo';
  return [
    actorName,
    entry.action,
    word(actionWordsKey(entry.entity, entry.action)),
    word(`audit.entities.${entry.entity}`),
    entry.label ?? '',
    // What it did in words, in both languages (a display setting: "Kolom NIK ditampilkan").
    ...messageLanguages.map((language) => entry.summary?.[language] ?? ''),
    // A new record's every field is "changed": only the changes of an edit name them.
    ...(creates ? [] : changedFields.map((f) => fieldWords(entry.entity, f))),
  ]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
