import { stmt } from '../../db/statements.ts';
import type { FieldChange, ShownValue } from '../api/audit.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import type { Message } from '../api/messages/message.ts';
import { utcOffsetMinutesOf } from '../api/office-profile.ts';
import type { ServiceContext } from '../context.ts';
import { listLabel } from '../coverage/labels.ts';
import { dayText, officeDateTime } from '../exports/export-cells.ts';
import { formatNumber } from '../api/messages/formats.ts';
import { hasMessage, inBoth, render, renderBoth } from '../messages.ts';
import type { HistoryCell, RegisterDefinition } from '../registers/register-definition.ts';
import { officeSettings } from '../settings/office-profile-service.ts';

// A change in the words on screen: only the fields it changed, named as the register names
// them, each value as the user sees it (a choice's label, a region's name, an editable list's
// label for its code, dd/mm/yyyy, "—" for empty). The register passes its words in (its columns
// and `history`); entries no register declares (office profile, an import's summary) use the
// change log's own words.

export type RawChange = { field: string; before: unknown; after: unknown };

/** Fields no register declares that hold a record's id: named by the record (a follow-up's employer). */
const linkedRecord: Record<string, string> = { employerId: 'SELECT name FROM employer WHERE id = ?' };

/** Keys no entry shows: ids and bookkeeping. */
/** Fields every record carries that say nothing to the user about what changed. */
export const internal: ReadonlySet<string> = new Set(['id', 'uid', 'createdAt', 'updatedAt']);
const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const same = (text: string): LocalizedText => inBoth(() => text);
const monthWords = (month: string, language: 'id' | 'en') =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
const empty = (v: unknown) => v === null || v === undefined || v === '' || v === '[]' || v === '{}' || (Array.isArray(v) && v.length === 0);

/** The fields that differ between two snapshots, as raw changes. */
export function snapshotChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): RawChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

/** The register whose records carry this audit entity, if any. */
export function registerOfEntity(ctx: Pick<ServiceContext, 'runtime'>, entity: string): RegisterDefinition | undefined {
  return ctx.runtime.registers
    .keys()
    .map((key) => ctx.runtime.registers.get(key))
    .find((d) => d.entity === entity);
}

export interface ChangeDescriber {
  /** Only the changes a user reads, in order, in words. */
  describe(changes: readonly RawChange[]): FieldChange[];
  /** A field's label in both languages. */
  label(field: string): LocalizedText;
}

/** A describer for one entity: looks up regions and linked records as it goes, once each. */
export function changeDescriber(ctx: Pick<ServiceContext, 'sqlite' | 'runtime'>, entity: string, options: { register?: RegisterDefinition | null } = {}): ChangeDescriber {
  // A register's column layout (a display setting) names its columns by that register's labels.
  const register = options.register ?? registerOfEntity(ctx, entity);
  const offset = utcOffsetMinutesOf[officeSettings(ctx).timeZone];
  const columns = new Map((register?.columns ?? []).map((c) => [c.id, { label: c.label, cell: c.cell as HistoryCell }]));
  const own = register?.history?.fields ?? {};
  const hidden = new Set([...internal, ...(register?.history?.hidden ?? [])]);
  const declared = (field: string): { label: Message; cell: HistoryCell } | undefined => columns.get(field) ?? (Object.hasOwn(own, field) ? own[field] : undefined);
  const regionName = (code: string) => stmt(ctx.sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined;
  // A code of an editable list in the office's words, in each language (the code itself once the list has no such item).
  const listWords = new Map<string, LocalizedText>();
  const listWord = (list: string, code: string) => listWords.get(`${list}:${code}`) ?? listWords.set(`${list}:${code}`, listLabel(ctx.sqlite, list, code)).get(`${list}:${code}`)!;

  const label = (field: string): LocalizedText => {
    const found = declared(field);
    if (found) return renderBoth(found.label);
    return hasMessage(`audit.fields.${field}`) ? renderBoth({ key: `audit.fields.${field}` }) : same(field);
  };

  const shown = (field: string, value: unknown): ShownValue => {
    if (empty(value)) return null;
    const cell = declared(field)?.cell;
    if (cell?.kind === 'localized') return cell.words(ctx.sqlite, value);
    const text = typeof value === 'object' ? null : String(value);
    // A word of the change log's own for this field's value (an export's 'nik: masked') reads so
    // even where the register has a column of that name (the worker's NIK).
    if (cell && text !== null && hasMessage(`audit.values.${field}.${text}`)) return renderBoth({ key: `audit.values.${field}.${text}` });
    if (cell && text !== null) {
      switch (cell.kind) {
        case 'choice':
          return cell.choices[text] ? renderBoth(cell.choices[text]) : same(text);
        case 'region':
          return same(regionName(text) ?? text);
        case 'date':
          return same(dayText(text));
        case 'datetime':
          return same(officeDateTime(text, offset));
        case 'identity':
          return same(cell.format ? cell.format(text) : text);
        case 'words':
          try {
            return same(cell.words(text));
          } catch {
            return same(text);
          }
        case 'number':
          return typeof value === 'number' && !cell.plain ? inBoth((language) => formatNumber(value, language)) : same(text);
        case 'recordName': {
          const name = stmt(ctx.sqlite, cell.sql).pluck().get(value) as string | undefined;
          return name ? same(name) : null;
        }
        case 'text':
          return cell.list ? listWord(cell.list, text) : same(text);
      }
    }
    return generic(field, value);
  };

  /** A value no register declares: a known word, a register's title, a list, a number; never a UUID. */
  const generic = (field: string, value: unknown): ShownValue => {
    // An export's columns, by the labels its register gives them.
    if ((field === 'columns' || field === 'shownColumns') && Array.isArray(value) && columns.size) {
      return inBoth((language) => value.map((id) => { const c = columns.get(String(id)); return c ? render(c.label, language) : String(id); }).join(', '));
    }
    // A list of codes, each in the change log's words where it has them (a report's formats: "teks, PDF").
    if (Array.isArray(value)) {
      const item = (v: unknown, language: 'id' | 'en') => {
        const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
        return hasMessage(`audit.values.${field}.${text}`) ? render({ key: `audit.values.${field}.${text}` }, language) : text;
      };
      return inBoth((language) => value.map((v) => item(v, language)).join(', '));
    }
    if (typeof value === 'boolean') return renderBoth({ key: `audit.values.boolean.${value}` });
    const linked = linkedRecord[field];
    if (linked && typeof value === 'number') {
      const name = stmt(ctx.sqlite, linked).pluck().get(value) as string | undefined;
      return name ? same(name) : null;
    }
    if (typeof value === 'object') return same(JSON.stringify(value));
    const text = String(value);
    if (uuidLike.test(text)) return null;
    if (field === 'register' && ctx.runtime.registers.keys().includes(text)) return renderBoth(ctx.runtime.registers.get(text).title);
    if (hasMessage(`audit.values.${field}.${text}`)) return renderBoth({ key: `audit.values.${field}.${text}` });
    // What a document is attached to: the change log's word for that kind of record.
    if (field === 'entity' && hasMessage(`audit.entities.${text}`)) return renderBoth({ key: `audit.entities.${text}` });
    if (typeof value === 'number') return inBoth((language) => formatNumber(value, language));
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return same(officeDateTime(text, offset));
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return same(dayText(text));
    // A month ('2025-12': a frozen coverage month) in words: "Des 2025".
    if (/^\d{4}-\d{2}$/.test(text) && /month$/i.test(field)) return inBoth((language) => monthWords(text, language));
    return same(text);
  };

  const order = (field: string) => {
    const i = register?.columns.findIndex((c) => c.id === field) ?? -1;
    return i >= 0 ? i : 1000;
  };

  return {
    label,
    describe: (changes) =>
      changes
        .filter((c) => !hidden.has(c.field))
        .map((c) => ({ ...c, label: label(c.field), shownBefore: shown(c.field, c.before), shownAfter: shown(c.field, c.after) }))
        // A change that reads the same on both sides ('' to null, [] to null) is no change to a user.
        .filter((c) => JSON.stringify(c.shownBefore) !== JSON.stringify(c.shownAfter))
        .sort((a, b) => order(a.field) - order(b.field)),
  };
}
