import type { CommitResult, Inspection, DownloadToken, ImportBatchInfo } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context.ts';
import { importBatch, importMapping } from '../../db/schema/index.ts';
import { contentWidths, writeXlsx, type OutCell } from '../exports/xlsx-writer.ts';
import { commitPlan } from './commit-import.ts';
import { writeAudited } from '../audit/write.ts';
import { AppError } from '../app-error.ts';
import { inBoth, msg, render, renderBoth } from '../messages.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { displayCell, previewCell } from './fields/cell-values.ts';
import { batchInfo, committedBatch } from './import-batches.ts';
import { errorFileColumns, constantsOfStored, fromStoredMapping, layoutSignature } from './remembered-mapping.ts';
import { importerOf, takesOneValue, type AnyImporter, type DryRunPlan } from './importers.ts';
import type { ImportField } from './fields/import-field.ts';
import { columnLetter } from './read/errors.ts';
import { findHeaderRow } from './read/header.ts';
import { asAppError } from './read-failure.ts';
import { guessedMapping, headerNamesOf } from './guessed-mapping.ts';
import { headerRowNote, subHeaderNotes } from './header-row-note.ts';
import { rememberInspectedHeader } from './inspected-headers.ts';
import { unheadedColumnsNotes } from './unheaded-columns.ts';
import { notDataRow } from './line-under-table.ts';
import { actorMayUndo } from './undo-import.ts';
import { noHeaderRowError } from './no-header-row.ts';
import { chooseSheet } from './sheet-choice.ts';
import { refusePackedColumn } from './packed-column.ts';
import { templateExample } from './template-example.ts';
import { dayMonthYear } from '../api/calendar-day.ts';
import { parkSpareParseWorker } from './read/read-in-worker.ts';

// The shared pipeline: inspect → dry run (dry-run.ts: classify every row) → commit
// (commit-import.ts: one transaction, all or nothing) → undo (undo-import.ts). Every
// register plugs in a RegisterImporter (importers.ts).

export async function inspectImport(ctx: ServiceContext, input: { register: string; fileToken: string; sheet?: string | number | undefined; headerRow?: number | undefined }): Promise<Inspection> {
  const importer = importerOf(ctx, input.register);
  const staged = ctx.runtime.files.staged(input.fileToken);
  const synonyms = headerNamesOf(importer.fields);
  // The read goes on, held for the dry run (held-reads.ts); a cover sheet gives way to the list's (sheet-choice.ts).
  const { rows, opened, note: sheetNote } = await chooseSheet(ctx.runtime.reads, staged.path, input, synonyms, 60).catch((error: unknown) => {
    throw asAppError(error);
  });
  const place = { fileName: staged.name, sheet: opened.sheet.name, format: opened.source.format };
  refusePackedColumn(rows, place);
  const header = findHeaderRow(rows, { synonyms, ...(input.headerRow ? { rowNumber: input.headerRow } : {}) });
  if (!header) throw noHeaderRowError(place, importer.fields.filter((f) => f.required).map((f) => f.label), input.headerRow);
  rememberInspectedHeader(input.fileToken, { sheetAsked: input.sheet, ...place, headerRow: header.rowNumber, names: header.names });
  const remembered = ctx.db.select().from(importMapping).where(eq(importMapping.signature, layoutSignature(input.register, header.names))).get();
  const { mapping: guessed, note } = guessedMapping(importer.fields, header);
  const stored = remembered ? (JSON.parse(remembered.mapping) as unknown) : null;
  // A value remembered for all rows stands only where this file has no column for the field: a
  // list's own column (the desa of each row) wins over the last list's one value.
  const rememberedValues = constantsOfStored(stored);
  const constants = Object.fromEntries(Object.entries(rememberedValues).filter(([field]) => (guessed[field] ?? null) === null));
  const mapping = remembered ? { ...guessed, ...fromStoredMapping(stored, header.names) } : guessed;
  for (const field of Object.keys(rememberedValues)) if (!(field in constants)) mapping[field] = guessed[field] ?? null;
  const previous = committedBatch(ctx, input.register, staged.sha256);
  const requiredColumns = importer.fields.filter((f) => f.required).flatMap((f) => (typeof mapping[f.key] === 'number' ? [mapping[f.key] as number] : []));
  const officeArea = officeSettings(ctx).areaCode;
  const officeChoices = importer.officeChoices?.(ctx, officeArea) ?? {};
  const suggested = importer.officeSuggestions?.(ctx, officeArea) ?? {};
  return {
    fileName: staged.name,
    format: opened.source.format,
    sheets: opened.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rowCountHint: s.rowCountHint })),
    sheet: opened.sheet.name,
    headerRow: header.rowNumber,
    headerCandidates: header.candidates.slice(0, 8).map((c) => c.rowNumber),
    headers: header.names.map((name, index) => ({ index, letter: columnLetter(index + 1), name })),
    preview: rows
      .filter((r) => r.rowNumber > (header.subHeaderRow ?? header.rowNumber))
      .slice(0, 8)
      .map((r) => ({ rowNumber: r.rowNumber, cells: header.names.map((_, i) => previewCell(r.cells[i])), ...(notDataRow(r.cells, requiredColumns, header.names) ? { notData: true as const } : {}) })),
    fields: importer.fields.map((f) => {
      const choices = f.choices?.map((c) => ({ value: c.value, label: renderBoth(c.label) })) ?? officeChoices[f.key]?.map((c) => ({ value: c.value, label: c.labelEn ? { id: c.label, en: c.labelEn } : inBoth(() => c.label) }));
      const oneValue = takesOneValue(importer, f);
      const suggestions = oneValue && !choices ? suggested[f.key] : undefined;
      return { key: f.key, label: renderBoth(f.label), said: f.label, required: Boolean(f.required), identity: Boolean(f.identity), oneValue, ...(f.requiredUnless ? { requiredUnless: f.requiredUnless } : {}), ...(choices ? { choices } : {}), ...(suggestions?.length ? { suggestions } : {}) };
    }),
    mapping,
    mappingRemembered: Boolean(remembered),
    notes: [...(sheetNote ? [sheetNote] : []), headerRowNote(header), ...subHeaderNotes(header), ...unheadedColumnsNotes(header, rows, opened.source.format), ...(note && !remembered ? [note] : [])],
    // Said with the mapping the clerk goes on with (the mapping screen, the CLI), not the guessed one.
    hiddenColumns: opened.hiddenColumns.filter((index) => index < header.names.length),
    values: remembered ? valueMapOf(remembered.valueMap) : {},
    constants,
    alreadyImported: previous ? { batchUid: previous.uid, createdAt: previous.createdAt, status: previous.status } : null,
  };
}

/** A remembered value mapping, or none when the stored text is not one. */
function valueMapOf(json: string): Record<string, Record<string, string>> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Record<string, string>>) : {};
  } catch {
    return {};
  }
}

/** A finished dry run's plan, while its import is open (a plan is removed when the import ends). */
function openPlan(ctx: ServiceContext, jobId: string): DryRunPlan {
  const plan = ctx.runtime.jobs.internalOf<DryRunPlan>(jobId, 'import.dryRun');
  if (plan.store.removed) throw new AppError('CONFLICT', msg('imports.importClosed'), { jobId });
  return plan;
}

export function startCommit(ctx: ServiceContext, input: { jobId: string }): JobState {
  const plan = openPlan(ctx, input.jobId);
  const importer = importerOf(ctx, plan.register);
  // The router's gate keeps every other call out until COMMIT or ROLLBACK. Whatever the
  // outcome (saved, failed, cancelled), the import is over: its staged file and plan go.
  return ctx.runtime.jobs.start('import.commit', async (job): Promise<{ result: CommitResult }> => {
    // No idle parse worker beside the commit nor the error file after it (read-in-worker.ts).
    const releaseSpare = parkSpareParseWorker();
    try {
      const saved = await ctx.runtime.gate.run(() => {
        if (plan.store.removed) throw new AppError('CONFLICT', msg('imports.importClosed'), { jobId: input.jobId });
        return commitPlan(ctx, importer, plan, job);
      });
      // The rows left out, as a file to fix, written while the plan is still here (it goes next);
      // not when the commit had to check the file again (the rows left out may be others). A
      // file that cannot be written never turns the saved import into a failure: it is logged.
      // The rows are saved from here on: the 'saved' phase offers no Batal.
      const leftOut = saved.result.batch.invalid > 0 && !saved.replanned;
      if (leftOut) job.progress('saved', 0, null);
      // Written unasked: it goes on record when the user takes it (files.release), not now.
      const errorFile = leftOut
        ? await writeErrorFile(ctx, input, 'onRelease').catch((error: unknown) => {
            ctx.runtime.log.error('import.errorFile.failed', error, { job: input.jobId });
            return null;
          })
        : null;
      return { result: { ...saved.result, errorFile } };
    } finally {
      releaseSpare();
      await ctx.runtime.imports.endOffLoop(plan.input.fileToken);
    }
  });
}

/** The user closed an import without saving it (another file, or left it): its files go. */
export function discardImport(ctx: ServiceContext, input: { fileToken: string }): null {
  ctx.runtime.imports.end(input.fileToken);
  return null;
}

export function importHistory(ctx: ServiceContext, register: string): ImportBatchInfo[] {
  importerOf(ctx, register);
  return ctx.db
    .select()
    .from(importBatch)
    .where(eq(importBatch.register, register))
    .orderBy(desc(importBatch.id))
    .limit(200)
    .all()
    .map((b) => ({ ...batchInfo(b), mayUndo: b.status === 'committed' && actorMayUndo(ctx, b.uid) }));
}

/**
 * The invalid rows as they were in the file, with an error column: fix and import again.
 * `audit`: 'now' when the user asked for the file (the check's download); 'onRelease' for the
 * commit's, written unasked: its row is written when its maker takes it (release-outgoing.ts).
 */
export async function writeErrorFile(ctx: ServiceContext, input: { jobId: string }, audit: 'now' | 'onRelease' = 'now'): Promise<DownloadToken> {
  const plan = openPlan(ctx, input.jobId);
  const base = plan.fileName.replace(/\.[^.]+$/, '');
  const out = ctx.runtime.files.reserveOutgoing(`${base} - kesalahan.xlsx`);
  try {
    await writeErrorRows(ctx, plan, out.path);
  } catch (error) {
    ctx.runtime.files.discardOutgoing(out.token); // a part-written file holds the file's rows: it goes now
    throw error;
  }
  // The rows go out of the app as they were (a worker list's NIKs and names): on record like any export.
  const entity = importerOf(ctx, plan.register).tables[0]!.entity;
  const entry = { action: 'export', entity, entityUid: null, label: out.name, before: null, after: { list: 'importErrors', register: plan.register, fileName: plan.fileName, rows: plan.summary.invalid } };
  if (audit === 'now') writeAudited(ctx, (scope) => scope.audit(entry));
  else {
    try {
      ctx.runtime.files.auditOnRelease(out.token, { actorId: ctx.actor.id, entry });
    } catch (error) {
      ctx.runtime.files.discardOutgoing(out.token); // never a file of rows that could go out unrecorded
      throw error;
    }
  }
  return { token: out.token, fileName: out.name };
}

/** The rows of the plan's error file, written to `path`. */
async function writeErrorRows(ctx: ServiceContext, plan: DryRunPlan, path: string): Promise<void> {
  const width = Math.max(plan.headers.length, plan.store.widestInvalidRow());
  const headers = Array.from({ length: width }, (_, i) => plan.headers[i] || columnLetter(i + 1));
  const importer = importerOf(ctx, plan.register);
  const identityColumns = importer.fields.filter((f) => f.identity).map((f) => plan.mapping[f.key]).filter((c): c is number => typeof c === 'number');
  const header = [...headers, ...errorFileColumns];
  const rows = () =>
    mapRows(plan.store.invalidRows(), (r): OutCell[] => [
      ...Array.from({ length: width }, (_, i) => {
        const cell = r.cells[i];
        // A date cell as the day it was, written the way the messages ask and the importer reads.
        if (cell && typeof cell === 'object' && 'date' in cell && /^\d{4}-\d{2}-\d{2}/.test(cell.date)) return dayMonthYear(cell.date);
        // An identity number that came as a number of more than 15 digits (a NIK Excel may have
        // rounded) stays a number: written as text it would pass the next import unchecked.
        if (typeof cell === 'number') return identityColumns.includes(i) && Number.isSafeInteger(cell) && String(cell).length <= 15 ? String(cell) : cell;
        return displayCell(cell) || null;
      }),
      r.rowNumber,
      r.problems.filter((p) => p.severity === 'error').map((p) => `${p.column ? `${p.column}: ` : ''}${p.message.id}`).join(' | '),
    ]);
  // Columns as wide as their content (the first rows tell; the file is read twice), the
  // messages up to 100 characters.
  const widths = contentWidths(header, firstOf(rows(), 5000), { max: [...headers.map(() => 50), 10, 100] });
  await writeXlsx(path, [{ name: 'Perbaiki', header, textColumns: identityColumns, numbersStay: true, widths, rows: rows() }]);
}

function* mapRows<T, U>(rows: Iterable<T>, f: (row: T) => U): Generator<U> {
  for (const row of rows) yield f(row);
}

function* firstOf<T>(rows: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const row of rows) {
    yield row;
    if (++i >= n) return;
  }
}

/** The instructions' "Wajib": yes, yes unless another column is there (Segmen unless an NPP or NIB), or nothing. */
function requiredWords(importer: AnyImporter, f: ImportField): string {
  if (f.required) return 'ya';
  if (!f.requiredUnless?.length) return '';
  const others = f.requiredUnless.map((key) => importer.fields.find((o) => o.key === key)).filter((o) => o !== undefined).map((o) => render(o.label, 'id'));
  return `ya, kecuali ada kolom ${others.join(' atau ')}`;
}

/** A template with the register's columns (or one layout's), an example row and a sheet of instructions. */
export async function writeTemplate(ctx: ServiceContext, register: string, layoutKey?: string): Promise<DownloadToken> {
  const importer: AnyImporter = importerOf(ctx, register);
  const layout = layoutKey === undefined ? undefined : importer.layouts?.find((l) => l.key === layoutKey);
  if (layoutKey !== undefined && !layout) throw new AppError('NOT_FOUND', msg('imports.noSuchLayout', { layout: layoutKey }));
  const fields = layout ? layout.fields.map((key) => importer.fields.find((f) => f.key === key)!) : importer.fields;
  // The example row passes its own dry run: places of the office's area, records it has (template-example.ts).
  const examples = templateExample(ctx, importer, fields, layout?.examples);
  const example = (f: ImportField) => examples.get(f.key) ?? '';
  const out = ctx.runtime.files.reserveOutgoing(`${render(layout?.templateName ?? importer.templateName)}.xlsx`);
  const identity = fields.map((f, i) => (f.identity ? i : -1)).filter((i) => i >= 0);
  await writeXlsx(out.path, [
    { name: 'Data', header: fields.map((f) => render(f.label, 'id')), textColumns: identity, rows: [fields.map((f) => example(f) || null)] },
    {
      name: 'Petunjuk',
      header: ['Kolom', 'Wajib', 'Contoh', 'Nama kolom lain yang dikenali'],
      widths: [24, 36, 28, 80],
      rows: fields.map((f) => [render(f.label, 'id'), requiredWords(importer, f), example(f) || f.example, [...f.synonyms, ...(f.wholeHeaders ?? [])].join(', ')]),
    },
  ]);
  return { token: out.token, fileName: out.name };
}
