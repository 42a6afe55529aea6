import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { pickColumns } from '../../db/bulk-sql.ts';
import { newUid } from '../../db/ids.ts';
import { fieldsLackingColumn, type DryRunInput, type DryRunResult, type DryRunRow, type RowProblem, type RowStatus } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import type { Message } from '../api/messages/message.ts';
import { AppError } from '../app-error.ts';
import { inBoth, msg, renderBoth } from '../messages.ts';
import type { ServiceContext } from '../context.ts';
import { auditMark } from './audit-mark.ts';
import { changeDescriber, type ChangeDescriber, type RawChange } from '../audit/describe-changes.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { choiceKey, displayCell, isBlank, quotedCell, quotedParams } from './fields/cell-values.ts';
import { committedBatch } from './import-batches.ts';
import type { ContinuedRead } from './held-reads.ts';
import { importerOf, takesOneValue, type AnyImporter, type DryRunPlan } from './importers.ts';
import { PlanStore } from './plan-store.ts';
import { isTemplateExample, templateExamples } from './template-example.ts';
import { columnLetter } from './read/errors.ts';
import { joinedHeaderNames } from './read/header.ts';
import { readInWorker } from './read/read-in-worker.ts';
import type { CellValue, RawRow } from './read/types.ts';
import { asAppError } from './read-failure.ts';
import { missingColumnsError } from './missing-columns.ts';
import { noDataRowsError } from './no-data-rows.ts';
import { notDataRow } from './line-under-table.ts';
import type { ExistingRecord, ImportSession, PlannedWrite } from './register-importer.ts';

// The dry run: every row of the file read (in a worker), converted, matched and checked
// against the register, and classified as new, changed, unchanged or invalid. Nothing in
// the register changes; what each row would write goes to a scratch file the commit copies
// from (plan-store.ts). The commit runs the same planning again when the register changed
// in between (planFile).

/** Rows kept to show per status (the counts are always complete). */
const shownPerStatus = 500;
/** Rows checked between two turns of the event loop (a slice of 1,000 stalled the screens ~0.3 s on a busy machine). */
const rowsPerSlice = 250;
/** Distinct unknown values kept per choice column, for the value mapping. */
const unknownValuesKept = 200;

export function startDryRun(ctx: ServiceContext, input: DryRunInput): JobState {
  const importer = importerOf(ctx, input.register);
  const staged = ctx.runtime.files.staged(input.fileToken);
  checkConstants(ctx, importer, input);
  const lacking = fieldsLackingColumn(importer.fields, input.mapping, input.constants);
  if (lacking.length) {
    // A field required unless others are mapped is named with those others: any one of them will do.
    const others = (keys: readonly string[]) => importer.fields.filter((o) => keys.includes(o.key)).map((o) => o.label);
    const missing = lacking.map((f) => ({ label: f.label, ...(f.required ? {} : { or: others(f.requiredUnless ?? []) }) }));
    throw missingColumnsError({ fileName: staged.name, fileToken: input.fileToken, sheet: input.sheet, headerRow: input.headerRow, missing });
  }
  return ctx.runtime.jobs.start('import.dryRun', async (job) => {
    // The inspect's read carries on if it was of this sheet (held-reads.ts).
    const read = ctx.runtime.reads.take(staged.path, input.sheet, job.signal);
    const plan = await planFile(ctx, importer, input, job, read);
    // Kept for the commit; the file's earlier dry run (a re-check) is removed.
    ctx.runtime.imports.keep(input.fileToken, plan.store);
    const previous = committedBatch(ctx, input.register, staged.sha256);
    const result: DryRunResult = {
      fileName: staged.name,
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      summary: plan.summary,
      rows: plan.shown,
      rowsTruncated: plan.shown.length < plan.summary.total,
      unknownValues: plan.unknownValues,
      alreadyImported: previous ? { batchUid: previous.uid, createdAt: previous.createdAt } : null,
    };
    return { result, internal: plan };
  });
}

/**
 * One value for all rows is given only to a field of the register without a column, never to
 * an identity number, and to a choice field only as one of its values.
 */
function checkConstants(ctx: ServiceContext, importer: AnyImporter, input: DryRunInput): void {
  const officeChoices = Object.keys(input.constants ?? {}).length ? (importer.officeChoices?.(ctx, officeSettings(ctx).areaCode) ?? {}) : {};
  for (const [key, value] of Object.entries(input.constants ?? {})) {
    const field = importer.fields.find((f) => f.key === key);
    if (!field) throw new AppError('INVALID_INPUT', msg('imports.constant.unknownField', { key }));
    if (!takesOneValue(importer, field)) throw new AppError('INVALID_INPUT', msg('imports.constant.identity', { field: field.label }));
    if ((input.mapping[key] ?? null) !== null) throw new AppError('INVALID_INPUT', msg('imports.constant.hasColumn', { field: field.label }));
    const choices = field.choices?.map((c) => c.value) ?? officeChoices[key]?.map((c) => c.value);
    if (choices && !choices.includes(value)) throw new AppError('INVALID_INPUT', msg('imports.constant.notAChoice', { field: field.label, value }));
  }
}

interface RunState {
  importer: AnyImporter;
  session: ImportSession<unknown>;
  store: PlanStore;
  /** field -> column, for the mapped fields. */
  mapped: [string, number][];
  /** field -> the one value every row takes, for fields without a column. */
  constants: Map<string, string>;
  headers: string[];
  /** A CSV's header width (null for a spreadsheet): a row with values beyond it was shifted. */
  csvWidth: number | null;
  /** field -> folded file text -> the register's value (the user's value mapping). */
  valueMap: Record<string, Record<string, string>>;
  choiceFields: Set<string>;
  /** field -> folded value -> the value as first seen, and how many rows have it. */
  unknown: Map<string, Map<string, { text: string; count: number }>>;
  repeatable: Set<string>;
  keepNew: ReadonlySet<number>;
  /** Changes in the register's words (before → after), its describer made when a shown row first needs it. */
  describer: () => ChangeDescriber;
  /** The templates' example rows: refused when a file still holds one (template-example.ts). */
  examples: Map<string, string>[];
  /** The columns of the register's required fields (line-under-table.ts). */
  requiredColumns: number[];
}

/**
 * Reads the whole file and decides every row into a fresh scratch file. `read` is the inspect's
 * held read, if it can be taken; otherwise the file is read again.
 */
export async function planFile(
  ctx: ServiceContext,
  importer: AnyImporter,
  input: DryRunInput,
  job: JobHandle,
  heldRead?: ContinuedRead | null,
  /** A re-check: rows the dry run found new stay new (a number taken since is refused, never silently matched). */
  keepNew?: ReadonlySet<number>,
): Promise<DryRunPlan> {
  const staged = ctx.runtime.files.staged(input.fileToken);
  const read: ContinuedRead = heldRead ?? readInWorker(staged.path, { ...(input.sheet === undefined ? {} : { sheet: input.sheet }), signal: job.signal });
  const officeArea = officeSettings(ctx).areaCode;
  const summary: DryRunResult['summary'] = { new: 0, changed: 0, unchanged: 0, invalid: 0, review: 0, skipped: 0, total: 0, warnings: 0 };
  const shown: DryRunRow[] = [];
  const shownOf: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0, invalid: 0, review: 0, skipped: 0 };
  const store = new PlanStore(
    ctx.runtime.files.jobs,
    randomUUID(),
    importer.tables.map((t) => pickColumns(t.table, t.writes)),
  );
  const valueMap = Object.fromEntries(Object.entries(input.values ?? {}).map(([field, map]) => [field, Object.fromEntries(Object.entries(map).map(([text, value]) => [choiceKey(text), value]))]));
  const state: RunState = {
    importer,
    session: importer.session(ctx, officeArea),
    store,
    mapped: Object.entries(input.mapping).filter((e): e is [string, number] => e[1] !== null),
    constants: new Map(Object.entries(input.constants ?? {}).filter(([field]) => (input.mapping[field] ?? null) === null)),
    headers: [],
    csvWidth: null,
    valueMap,
    choiceFields: new Set([...importer.fields.filter((f) => f.choices?.length).map((f) => f.key), ...Object.keys(importer.officeChoices?.(ctx, officeArea) ?? {})]),
    unknown: new Map(),
    repeatable: new Set(importer.repeatable ?? []),
    keepNew: keepNew ?? new Set(),
    describer: (() => {
      let made: ChangeDescriber | undefined;
      return () => (made ??= changeDescriber(ctx, importer.tables[0]!.entity));
    })(),
    examples: templateExamples(ctx, importer),
    requiredColumns: importer.fields.filter((f) => f.required).flatMap((f) => (input.mapping[f.key] ?? null) === null ? [] : [input.mapping[f.key]!]),
  };
  // The register as the check starts: a write from here on (even during the check) makes the
  // commit plan every row again.
  const mark = auditMark(ctx);
  let sheet = '';
  let format = '';
  // The header's cells until the row under it is seen: a second header row is no data (header.ts).
  let headerCells: RawRow['cells'] | null = null;
  try {
    for await (const batch of read) {
      const opened = await read.opened;
      sheet = opened.sheet.name;
      format = opened.source.format;
      const rows: RawRow[] = [];
      for (const raw of batch.rows) {
        if (raw.rowNumber < input.headerRow) continue;
        if (raw.rowNumber === input.headerRow) {
          state.headers = raw.cells.map((c) => displayCell(c));
          headerCells = raw.cells;
          // A CSV row wider than its header: a comma inside a value left unquoted shifted its cells.
          if (format === 'csv') state.csvWidth = raw.cells.length;
          continue;
        }
        const joined = headerCells ? joinedHeaderNames(headerCells, raw.cells) : null;
        headerCells = null;
        if (joined) state.headers = joined;
        else if (!state.mapped.every(([, col]) => isBlank(raw.cells[col]))) rows.push(raw);
      }
      // A slice at a time, converted first, then matched against the register as one batch; the
      // event loop gets a turn between slices, so the screens answer during a long check.
      for (let from = 0; from < rows.length; from += rowsPerSlice) {
        const slice = rows.slice(from, from + rowsPerSlice);
        // A line under the table, found once a row: its convert collects no words, its classify refuses it whole.
        const underTable = slice.map((raw) => notDataRow(raw.cells, state.requiredColumns, state.headers));
        const converted = slice.map((raw, i) => convert(state, raw, underTable[i]!));
        const existing = state.session.match(converted.map((c, i) => (state.keepNew.has(slice[i]!.rowNumber) ? null : c.values)));
        store.begin();
        for (const [i, raw] of slice.entries()) {
          const row = classify(state, raw, converted[i]!, existing[i], underTable[i]!);
          summary[row.status] += 1;
          if (changedThroughRows.has(row)) summary.changedThroughRows = (summary.changedThroughRows ?? 0) + 1;
          if (row.status !== 'skipped') summary.total += 1;
          if (row.status !== 'skipped' && row.problems.some((p) => p.severity === 'warning')) summary.warnings += 1;
          if (shownOf[row.status] < shownPerStatus) {
            shownOf[row.status] += 1;
            shown.push(withChanges(state, inWords(row)));
          }
        }
        store.end();
        if (from + rowsPerSlice < rows.length) await yieldToLoop();
      }
      job.progress('read', batch.progress.bytesRead, batch.progress.bytesTotal || null);
      await yieldToLoop();
    }
    store.finish();
  } catch (error) {
    store.remove();
    throw asAppError(error);
  }
  if (summary.total === 0) {
    store.remove();
    throw noDataRowsError({ fileName: staged.name, sheet, format }, input.headerRow);
  }
  return {
    register: input.register,
    input,
    fileName: staged.name,
    fileHash: staged.sha256,
    fileBytes: staged.bytes,
    sheet,
    headerRow: input.headerRow,
    headers: state.headers,
    mapping: input.mapping,
    store,
    summary,
    shown: shown.sort((a, b) => a.rowNumber - b.rowNumber),
    unknownValues: [...state.unknown].map(([field, counts]) => ({
      field,
      values: [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    })),
    auditMark: mark,
  };
}

type Converted = ReturnType<ImportSession<unknown>['convert']>;

/** The mapped cells of a row (with the user's value mapping applied) as the register's values. */
function convert(state: RunState, raw: RawRow, underTable: Message | null): Converted {
  const cells: Record<string, CellValue | undefined> = {};
  for (const [field, col] of state.mapped) {
    const cell = raw.cells[col];
    const chosen = state.valueMap[field]?.[choiceKey(displayCell(cell))];
    cells[field] = chosen ?? cell;
  }
  for (const [field, value] of state.constants) cells[field] = value;
  const converted = state.session.convert(cells);
  // A row that is no data is left out whole (classify): none of its words are a value to map.
  if (underTable !== null) return converted;
  // A choice column's value the register did not know: listed for the value mapping.
  for (const issue of converted.issues) {
    if (issue.severity !== 'error' || !issue.field || !state.choiceFields.has(issue.field)) continue;
    const text = displayCell(cells[issue.field]).trim();
    if (!text) continue;
    // Spellings that differ only in case, spaces or punctuation are one value (one choice maps them all).
    let counts = state.unknown.get(issue.field);
    if (!counts) state.unknown.set(issue.field, (counts = new Map()));
    const key = choiceKey(text);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else if (counts.size < unknownValuesKept) counts.set(key, { text, count: 1 });
  }
  return converted;
}

/** Keys the change comparison and the change log skip, per table. */
const derivedOf = new WeakMap<AnyImporter, Map<string, Set<string>>>();
function derived(importer: AnyImporter, table: string): Set<string> {
  let byTable = derivedOf.get(importer);
  if (!byTable) derivedOf.set(importer, (byTable = new Map(importer.tables.map((t) => [t.key, new Set(t.derived ?? [])]))));
  return byTable.get(table) ?? new Set();
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** An update's changed fields as {field: [before, after]}, or null when nothing changes. */
function changesOf(importer: AnyImporter, write: PlannedWrite, target: ExistingRecord): Record<string, [unknown, unknown]> | null {
  const skip = derived(importer, write.table);
  const changes: Record<string, [unknown, unknown]> = {};
  let any = false;
  for (const [key, after] of Object.entries(write.columns)) {
    if (skip.has(key)) continue;
    const before = target.row[key] ?? null;
    if (!same(before, after)) {
      changes[key] = [before, after ?? null];
      any = true;
    }
  }
  return any ? changes : null;
}

/** A problem's words not rendered yet (see classify's problem()). */
const unrendered: LocalizedText = inBoth(() => '');

/** The row's problems with their words, rendered once. */
function inWords<T extends { problems: RowProblem[] }>(row: T): T {
  for (const p of row.problems) if (p.message === unrendered) p.message = renderBoth(p.said!);
  return row;
}

/** What a changed row would change: said in words only for the rows shown. */
const rawChangesOf = new WeakMap<DryRunRow, RawChange[]>();
/** Rows of a known record that change only its rows (walk 37: saved as "0 diperbarui"). */
const changedThroughRows = new WeakSet<DryRunRow>();

/** A shown row with what it changes before → after, in the register's words (which name its children's fields too). */
function withChanges(state: RunState, row: DryRunRow): DryRunRow {
  const raw = rawChangesOf.get(row);
  return raw ? { ...row, changes: state.describer().describe(raw) } : row;
}

/** One row's decision, given its converted values and the record they match (if any). */
function classify(state: RunState, raw: RawRow, converted: Converted, existing: ExistingRecord | undefined, underTable: Message | null): DryRunRow {
  const { importer, store } = state;
  const columnOf = (field: string) => state.mapped.find(([f]) => f === field)?.[1];
  // Words are put in only for rows that are shown or written to the error file (inWords): most
  // rows with a warning are only counted, and rendering every one cost a seventh of the check.
  const problem = (field: string | null, said: Message, severity: RowProblem['severity'], words?: LocalizedText): RowProblem => {
    const col = field ? columnOf(field) : undefined;
    return {
      field,
      column: col === undefined ? null : `${columnLetter(col + 1)} (${state.headers[col] || field})`,
      value: col === undefined ? ((field && state.constants.get(field)) ?? '') : quotedCell(raw.cells[col]),
      message: words ?? unrendered,
      said: quotedParams(said),
      severity,
    };
  };
  const problems = converted.issues.map((i) => problem(i.field, i.message, i.severity));
  const row = (status: RowStatus, extra: Partial<DryRunRow> = {}): DryRunRow => ({ rowNumber: raw.rowNumber, status, name: converted.label, matchUid: null, changedFields: [], problems, ...extra });
  const invalid = () => {
    store.addInvalid({ rowNumber: raw.rowNumber, cells: raw.cells, problems: inWords({ problems }).problems });
    return row('invalid');
  };
  if (state.csvWidth !== null && raw.cells.length > state.csvWidth) {
    const extra = raw.cells.slice(state.csvWidth).filter((c) => !isBlank(c)).length;
    if (extra) {
      problems.splice(0, problems.length, problem(null, msg('imports.csvRowWider', { fields: raw.cells.length, header: state.csvWidth, extra }), 'error'));
      return invalid();
    }
  }
  if (isTemplateExample(state.examples, state.mapped, raw)) {
    problems.splice(0, problems.length, problem(null, msg('imports.templateExampleRow'), 'error'));
    return invalid();
  }
  if (underTable !== null) {
    problems.splice(0, problems.length, problem(null, underTable, 'warning'));
    return row('skipped');
  }
  // Hidden in Excel (by hand or by a filter): imported as every row is, but said, since the clerk did not see it.
  if (raw.hidden) problems.push(problem(null, msg('imports.hiddenRow'), 'warning'));
  if (!converted.values) return invalid();

  // Identity numbers may not repeat in one file, except a register's repeatable kinds.
  const keys = importer.identityKeys(converted.values);
  let repeatOf: { rowNumber: number; uid: string; memo: string | null } | undefined;
  let noteAt: number | undefined;
  const firsts = keys.map((key) => store.firstWith(`${key.kind} ${key.value}`));
  keys.forEach((key, i) => {
    const first = firsts[i];
    if (first && !repeatOf && state.repeatable.has(key.kind)) {
      repeatOf = { rowNumber: first.row, uid: first.uid, memo: first.memo };
      noteAt = first.at;
    }
  });
  for (const [i, key] of keys.entries()) {
    const first = firsts[i];
    // A number may repeat on the rows of one record (a person's KPJ on each of their periods).
    if (!first || state.repeatable.has(key.kind) || first.uid === repeatOf?.uid) continue;
    problems.push(problem(key.field, msg(key.repeatedSaid ?? 'imports.repeatsRow', { kind: key.kind, value: key.value, row: first.row }), 'error'));
    return invalid();
  }

  // What the row gives (a known record keeps what it leaves blank): its non-empty cells, and the
  // fields given one value for all rows (a desa list's desa moves its known people there too).
  const provided = new Set([...state.mapped.filter(([, col]) => !isBlank(raw.cells[col])).map(([field]) => field), ...state.constants.keys()]);
  let writes: PlannedWrite[];
  // The register's note for later rows of the record, kept with its identity once the row is planned.
  const kept: { memo: string | null } = { memo: null };
  try {
    writes = state.session.plan(converted.values, provided, existing, {
      rowNumber: raw.rowNumber,
      warn: (field, said) => problems.push(problem(field, said, 'warning')),
      remember: (note) => (kept.memo = note),
      matched: !state.keepNew.has(raw.rowNumber),
      ...(repeatOf ? { repeatOf } : {}),
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const issues = (error.details as { issues?: { path: string }[] } | undefined)?.issues ?? [];
    problems.push(problem(issues[0]?.path ? importer.fieldOfPath(issues[0].path) : null, error.said, 'error'));
    return invalid();
  }

  // The row's own record (the first table): updated, new, or already staged by an earlier row.
  const ownTable = importer.tables[0]!.key;
  const own = writes.find((w) => w.table === ownTable);
  const ownUid = repeatOf?.uid ?? own?.target?.uid ?? existing?.uid ?? newUid();
  let changedFields: string[] = [];
  const childFields: string[] = [];
  const rawChanges: RawChange[] = [];
  let wrote = false;
  let ownWritten = false;
  let held = false;
  for (const write of writes) {
    const index = importer.tables.findIndex((t) => t.key === write.table);
    if (index < 0) throw new Error(`the import planned a write to an unknown table ${write.table}`);
    if (importer.tables[index]!.review) held = true;
    if (write.table === ownTable && repeatOf) continue; // staged by the row that first had it
    if (write.target) {
      const changes = changesOf(importer, write, write.target);
      if (!changes) continue;
      if (write.table === ownTable) changedFields = Object.keys(changes);
      rawChanges.push(...Object.entries(changes).map(([field, [before, after]]) => ({ field, before, after })));
      store.stage(index, { rowNumber: raw.rowNumber, targetId: write.target.id, uid: write.target.uid, parentUid: null, changes: JSON.stringify(changes), columns: write.columns });
    } else {
      const uid = write.table === ownTable ? ownUid : newUid();
      store.stage(index, { rowNumber: raw.rowNumber, targetId: null, uid, parentUid: write.table === ownTable ? null : (write.parentUid ?? ownUid), changes: null, columns: write.columns });
    }
    wrote = true;
    if (write.table === ownTable) ownWritten = true;
    // A child row added (a person's period): said among what the row changes, by the field its
    // rows read as. A child row changed says its own fields, before → after (rawChanges).
    const childField = write.table === ownTable || write.target ? undefined : importer.tables[index]!.parent?.field;
    if (childField && !childFields.includes(childField)) childFields.push(childField);
  }
  if (!repeatOf) store.claimUnseen(keys.map((k) => `${k.kind} ${k.value}`), raw.rowNumber, ownUid, kept.memo); // each looked up above
  else if (kept.memo !== null) store.note(noteAt!, kept.memo);
  const ownIsNew = repeatOf ? !existing : !own?.target && !existing;
  // Held for a reviewer: the register's record stays as it is (the row writes only its review).
  if (held) return row('review', { matchUid: repeatOf?.uid ?? existing?.uid ?? null });
  if (!wrote) return row('unchanged', { matchUid: existing?.uid ?? null });
  const decided = row(ownIsNew ? 'new' : 'changed', { matchUid: ownIsNew ? null : ownUid, changedFields: ownIsNew ? changedFields : [...changedFields, ...childFields] });
  if (rawChanges.length) rawChangesOf.set(decided, rawChanges);
  // A known record changed only through its rows (a person's period): counted as updated at the commit too.
  if (!ownIsNew && !ownWritten && !repeatOf) changedThroughRows.add(decided);
  return decided;
}
