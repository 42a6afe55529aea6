import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { stmt } from '../../db/statements.ts';
import { openSqlite, type Sqlite } from '../../db/open.ts';
import type { SimpleFilter } from '../api/grid.ts';
import type { DownloadToken } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { ianaZoneOf, utcOffsetMinutesOf } from '../api/office-profile.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { actorCan } from '../accounts/roles.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { describeFilter } from '../grid/filter-words.ts';
import type { GridSpec } from '../grid/grid-spec.ts';
import { orderOf, whereOf, type ParsedGridRequest } from '../grid/query-grid.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { msg, render } from '../messages.ts';
import type { RegisterColumn } from '../registers/register-definition.ts';
import { getOfficeProfile } from '../settings/office-profile-service.ts';
import { cellWriter } from './export-cells.ts';
import { writeCsv } from './csv-writer.ts';
import { writeXlsx } from './xlsx-writer.ts';
import { maskNik, maskTypedNik } from './mask-nik.ts';
import { encodeIds, IdCollector } from './record-set.ts';

// Any register's current view (filters, search, sort, the columns shown in their order) to
// XLSX or CSV, headed by the office, the register, the filter in words and the time of export.
// No row cap. It reads on a read-only connection of its own, so the app writes meanwhile
// (an in-memory database, in tests, is read under the write gate instead). Registers hold
// personal data: every export is in the audit log (who, which register, how many rows, the
// filter, the columns, whether NIKs were in it and masked), written before the job starts so an
// export cancelled or failed half-way is on record too. When the file is finished, the ids of
// the records it holds are stored with that audit row (export_record_set, a few KB for a
// million): "which exports included this person" is then exact, not a guess from the filter
// replayed against today's data. Codes of editable lists are written as their labels, as the
// screen shows them. Masked (asked for, and the export holds a NIK or the birth date it holds), a
// NIK keeps its first 6 and last 4 digits and a birth date its year (the hidden digits are that
// date: the full date and the sex would give them back); the heading says so and hides typed NIK
// digits and birth dates in its filter words. A sort on a NIK or a birth date would give the
// hidden digits' order away: a masked export is written in the register's usual order instead
// (by name, then id), and its heading says why.

export interface ExportInput extends Omit<ParsedGridRequest, 'startRow' | 'endRow'> {
  register: string;
  format: 'xlsx' | 'csv';
  /** Column ids in the order shown; empty: every exportable column. */
  columns: string[];
  /** NIK columns as 510301******0002 (first 6 and last 4 digits), birth dates as their year, never sorted by either. */
  maskNik?: boolean | undefined;
}

/** The audit row just written in this transaction (the chained insert gives the next id). */
const lastAuditId = (sqlite: Sqlite) => stmt(sqlite, 'SELECT max(id) FROM audit_log').pluck().get() as number;

/** The records a finished export wrote, stored with its audit row (append-only, like the row). */
function saveRecordSet(sqlite: Sqlite, auditId: number, ids: IdCollector): void {
  const set = encodeIds(ids.sorted());
  stmt(sqlite, 'INSERT INTO export_record_set (audit_id, count, min_id, max_id, ids) VALUES (?, ?, ?, ?, ?)').run(auditId, set.count, set.minId, set.maxId, set.ids);
}

/** The columns with codes of editable lists as their Indonesian labels (the file's language); a code with no row stays. */
function listWords(sqlite: Sqlite, columns: readonly RegisterColumn[]): RegisterColumn[] {
  if (!columns.some((c) => c.cell.kind === 'text' && c.cell.list)) return [...columns];
  const rows = stmt(sqlite, 'SELECT list, code, label_id AS label FROM lookup_item').all() as { list: string; code: string; label: string }[];
  const labels = new Map(rows.map((r) => [`${r.list}:${r.code}`, r.label]));
  return columns.map((c) => {
    const list = c.cell.kind === 'text' ? c.cell.list : undefined;
    return list ? { ...c, cell: { kind: 'words', words: (code: string) => labels.get(`${list}:${code}`) || code } } : c;
  });
}

/** A birth date a masked NIK's hidden digits hold (CellKind `inNik`). */
const nikDate = (c: RegisterColumn | undefined) => c?.cell.kind === 'date' && c.cell.inNik === true;
/** A person's NIK (CellKind `personal`). */
const personalNik = (c: RegisterColumn | undefined) => c?.cell.kind === 'identity' && c.cell.personal === true;
/** What a masked export hides in part: a NIK, and the birth date its hidden digits hold. */
const masksPart = (c: RegisterColumn | undefined) => personalNik(c) || nikDate(c);

/**
 * The sort a masked export is written in: the view's, less its NIK and birth-date keys (their
 * order is the hidden digits' order), then the register's usual order (by name) so that the id's
 * order (an imported list's, often by NIK) decides only between equal names. `changed`: what
 * the heading says, in the file's words; null when the view's sort reveals nothing.
 */
function maskedSort(spec: GridSpec, columns: readonly RegisterColumn[], sortModel: ParsedGridRequest['sortModel']): { sortModel: ParsedGridRequest['sortModel']; changed: string | null } {
  const asked = sortModel.length ? sortModel : spec.defaultSort;
  const reveals = (colId: string) => masksPart(columns.find((c) => c.id === colId));
  if (!asked.some((s) => reveals(s.colId))) return { sortModel, changed: null };
  const kept = asked.filter((s) => !reveals(s.colId));
  const safe = [...kept, ...spec.defaultSort.filter((s) => !reveals(s.colId) && !kept.some((k) => k.colId === s.colId))];
  const words = (sort: typeof asked) => sort.flatMap((s) => columns.filter((c) => c.id === s.colId).map((c) => render(c.label, 'id'))).join(', ');
  const order = safe.length ? words(safe) : render(msg('registers.export.entryOrder'), 'id');
  return { sortModel: safe, changed: render(msg('registers.export.sortChanged', { order, asked: words(asked.filter((s) => reveals(s.colId))) }), 'id') };
}

/**
 * The view as a masked export's heading says it: NIK digits typed into a filter or the search
 * hidden as in the cells, birth-date filters by their year only.
 */
function maskedView(columns: readonly RegisterColumn[], view: Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'>): Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'> {
  const year = (day: string | null | undefined) => (day ? `${day.slice(0, 4)}-**-**` : day);
  const masker = (column: RegisterColumn | undefined) => (f: SimpleFilter): SimpleFilter => {
    if (column?.cell.kind === 'identity' && column.cell.personal) {
      // A prefix or a whole NIK is matched from its start: the 7th to 12th digits are the hidden ones.
      if (f.filterType === 'text') return { ...f, filter: f.filter ? maskTypedNik(f.filter, ['equals', 'notEqual', 'startsWith'].includes(f.type)) : f.filter };
      if (f.filterType === 'set') return { ...f, values: f.values.map((v) => (v ? maskTypedNik(v, true) : v)) };
    }
    if (nikDate(column) && f.filterType === 'date') return { ...f, dateFrom: year(f.dateFrom), dateTo: year(f.dateTo) };
    return f;
  };
  const filterModel = Object.fromEntries(
    Object.entries(view.filterModel).map(([colId, filter]) => {
      const mask = masker(columns.find((c) => c.id === colId));
      return [colId, 'conditions' in filter ? { ...filter, conditions: filter.conditions.map(mask) } : mask(filter)];
    }),
  );
  const term = view.quickSearch;
  // Digits alone are a NIK prefix (the worker register's quick search); digits among words, anything.
  return { filterModel, quickSearch: term ? maskTypedNik(term, /^[\d\s.-]+$/.test(term.trim())) : term };
}

/** A read-only connection to the same file, or null for an in-memory database. */
function ownReader(sqlite: Sqlite): Sqlite | null {
  if (sqlite.memory || !sqlite.name || sqlite.name === ':memory:') return null;
  return openSqlite(sqlite.name, { readonly: true, skipQuickCheck: true });
}

export function startRegisterExport(ctx: ServiceContext, input: ExportInput): JobState {
  const definition = ctx.runtime.registers.get(input.register);
  const spec = ctx.runtime.registers.gridSpec(input.register);
  const profile = getOfficeProfile(ctx);
  const offset = utcOffsetMinutesOf[profile.timeZone];
  const request = { ...input, startRow: 0, endRow: 1 };
  const where = whereOf(spec, request, offset); // checks the filter's columns before the job starts
  orderOf(spec, request); // and the sort's
  const worded = listWords(ctx.sqlite, definition.columns);
  const columns = input.columns.length ? input.columns.map((id) => {
    const column = worded.find((c) => c.id === id);
    if (!column) throw invalidInput(msg('registers.unknownColumn', { column: id, use: msg('registers.uses.export') }), { column: id });
    return column;
  }) : worded.filter((c) => !c.filterOnly);
  const regionName = (code: string) => stmt(ctx.sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined;
  const filterWords = describeFilter(worded, input, regionName);
  const title = render(definition.title, 'id');
  const today = officeTodayIso(ctx); // the file's name says the office's day, as its heading does
  const total = stmt(ctx.sqlite, `SELECT count(*) FROM ${spec.countFrom ?? spec.from} ${where.sql}`).pluck().get(...where.params) as number;
  const personal = columns.some(personalNik);
  // Full NIKs of a register in bulk: a kepala bidang and up (UU PDP); anyone else's export of NIKs is masked or refused.
  if (personal && !input.maskNik && !actorCan(ctx.actor, 'records.exportFullNik')) {
    throw new AppError('FORBIDDEN', msg('registers.fullNikNeedsRole', { role: msg(`roles.${ctx.actor.role ?? 'operator'}`) }), { permission: 'records.exportFullNik' });
  }
  const masked = Boolean(input.maskNik) && columns.some(masksPart);
  const asYear = (c: RegisterColumn) => masked && nikDate(c);
  // A masked file's heading hides what its cells hide (a NIK searched for, a birth date filtered on).
  const headingFilter = masked ? describeFilter(worded, maskedView(worded, input), regionName) : filterWords;
  const maskNote = render(msg(personal ? (columns.some(asYear) ? 'registers.export.maskedNikBirth' : 'registers.export.maskedNik') : 'registers.export.maskedBirth'), 'id');
  // Nor does its order say what its cells hide.
  const sorted = masked ? maskedSort(spec, definition.columns, input.sortModel) : { sortModel: input.sortModel, changed: null };
  const order = sorted.sortModel.length || !sorted.changed ? orderOf(spec, { ...request, sortModel: sorted.sortModel }) : `ORDER BY ${spec.primaryKey}`;
  // Who exported which records, in the words of the file's heading, the view whole (the channel writes: it holds the gate).
  const auditId = writeAudited(ctx, ({ audit }) => {
    const after = { register: input.register, format: input.format, rows: total, filter: filterWords, columns: columns.map((c) => c.id), ...(personal ? { nik: masked ? 'masked' : 'shown' } : {}), ...(columns.some(nikDate) ? { birthDates: masked ? 'year' : 'full' } : {}) };
    audit({ action: 'export', entity: definition.entity, entityUid: null, label: `${title} ${today}.${input.format}`, before: null, after });
    return lastAuditId(ctx.sqlite);
  });
  const ids = new IdCollector();

  return ctx.runtime.jobs.start(`${input.register}.export`, async (job) => {
    const reader = ownReader(ctx.sqlite);
    const source = reader ?? ctx.sqlite;
    const out = ctx.runtime.files.reserveOutgoing(`${title} ${today}.${input.format}`);
    try {
      const read = async () => {
        const stamp = new Intl.DateTimeFormat('id-ID', { timeZone: ianaZoneOf[profile.timeZone], dateStyle: 'long', timeStyle: 'short' }).format(ctx.now());
        const preamble = [profile.officeName || 'Lindung', `${title} — ${total.toLocaleString('id-ID')} data`, `Saringan: ${headingFilter}`, `Diekspor ${stamp} ${profile.timeZone}`, ...(masked ? [maskNote] : []), ...(sorted.changed ? [sorted.changed] : [])];
        const target = { format: input.format, utcOffsetMinutes: offset };
        const writers = columns.map((c) => {
          if (asYear(c)) {
            return (row: Record<string, unknown>) => {
              const v = row[c.id];
              return typeof v === 'string' && /^\d{4}/.test(v) ? Number(v.slice(0, 4)) : null;
            };
          }
          const write = cellWriter(c, target);
          if (!masked || c.cell.kind !== 'identity' || !c.cell.personal) return write;
          return (row: Record<string, unknown>) => {
            const v = write(row);
            return typeof v === 'string' ? maskNik(v) : v;
          };
        });
        const statement = stmt(source, `SELECT ${spec.select} FROM ${spec.from} ${where.sql} ${order}`);
        // Every 1,000 rows the loop lets other calls in (a cancel among them) and stops if asked.
        const rows = async function* () {
          let n = 0;
          for (const row of statement.iterate(...where.params) as Iterable<Record<string, unknown>>) {
            if (typeof row.id === 'number') ids.add(row.id);
            yield writers.map((write) => write(row));
            if (++n % 1000 === 0) {
              await yieldToLoop();
              if (job.signal.aborted) throw new CancelledError();
            }
          }
        };
        const header = columns.map((c) => `${render(c.label, 'id')}${asYear(c) ? ' (tahun)' : ''}`);
        // A year is a plain number, not a date cell.
        const indexesOf = (kinds: string[]) => columns.flatMap((c, i) => (kinds.includes(c.cell.kind) && !asYear(c) ? [i] : []));
        const onRow = (n: number) => job.progress('write', n, total);
        job.progress('write', 0, total);
        if (input.format === 'csv') await writeCsv(out.path, preamble, header, rows(), onRow);
        else {
          const sheet = render(definition.recordNoun, 'id');
          await writeXlsx(out.path, [{ name: sheet, preamble, header, rows: rows(), textColumns: indexesOf(['identity']), dateColumns: indexesOf(['date']), dateTimeColumns: indexesOf(['datetime']), widths: columns.map((c) => c.exportWidth ?? 18) }], onRow);
        }
        job.progress('write', total, total);
        if (!reader) saveRecordSet(ctx.sqlite, auditId, ids);
      };
      // On its own reader the export needs no gate; on the shared connection the gate keeps other calls off it.
      // Its record set is a write on the shared connection: through the gate, out of any import's transaction.
      await (reader ? read() : ctx.runtime.gate.run(read));
      if (reader) await ctx.runtime.gate.run(() => saveRecordSet(ctx.sqlite, auditId, ids));
    } catch (error) {
      ctx.runtime.files.discardOutgoing(out.token);
      throw error;
    } finally {
      reader?.close();
    }
    await yieldToLoop();
    const result: DownloadToken = { token: out.token, fileName: out.name };
    return { result };
  });
}
