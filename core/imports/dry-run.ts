import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { pickColumns } from '../../db/bulk-sql.ts';
import { newUid } from '../../db/ids.ts';
import type { DryRunResult, DryRunRow, ImportRegister, RowProblem, RowStatus } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { dataVersion } from '../grid/ordered-ids.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { displayCell, isBlank } from './fields/cell-values.ts';
import { committedBatch } from './import-batches.ts';
import type { ContinuedRead } from './held-reads.ts';
import { importers, type AnyImporter, type DryRunPlan } from './importers.ts';
import { PlanStore } from './plan-store.ts';
import { columnLetter } from './read/errors.ts';
import { readInWorker } from './read/read-in-worker.ts';
import type { RawRow } from './read/types.ts';
import { asAppError } from './read-failure.ts';
import { missingColumnsError } from './missing-columns.ts';
import { noDataRowsError } from './no-data-rows.ts';
import type { ImportSession } from './register-importer.ts';

// The dry run: every row of the file read (in a worker), converted, matched and checked
// against the register, and classified as new, changed, unchanged or invalid. Nothing in
// the register changes; the decisions go to a scratch file the commit copies from.

const maxRowsShown = 2000;

interface RunState {
  plan: DryRunPlan;
  importer: AnyImporter;
  session: ImportSession<unknown, { id: number; uid: string }>;
  mapped: [string, number][];
}

export function startDryRun(
  ctx: ServiceContext,
  input: { register: ImportRegister; fileToken: string; sheet?: string | number | undefined; headerRow: number; mapping: Record<string, number | null> },
): JobState {
  const importer = importers[input.register];
  const staged = ctx.runtime.files.staged(input.fileToken);
  const officeArea = officeSettings(ctx).areaCode;
  const required = importer.fields.filter((f) => f.required && (input.mapping[f.key] ?? null) === null);
  if (required.length) throw missingColumnsError({ fileName: staged.name, fileToken: input.fileToken, sheet: input.sheet, headerRow: input.headerRow, missing: required.map((f) => f.label) });
  return ctx.runtime.jobs.start('import.dryRun', async (job) => {
    // The inspect's read carries on if it was of this sheet (held-reads.ts).
    const read: ContinuedRead =
      ctx.runtime.reads.take(staged.path, input.sheet, job.signal) ?? readInWorker(staged.path, { ...(input.sheet === undefined ? {} : { sheet: input.sheet }), signal: job.signal });
    const summary: DryRunResult['summary'] = { new: 0, changed: 0, unchanged: 0, invalid: 0, total: 0, warnings: 0 };
    const shown: DryRunRow[] = [];
    const plan: DryRunPlan = {
      register: input.register, fileToken: input.fileToken, fileName: staged.name, fileHash: staged.sha256, fileBytes: staged.bytes,
      sheet: '', headerRow: input.headerRow, headers: [], mapping: input.mapping, summary, dataVersion: '',
      store: new PlanStore(ctx.runtime.files.jobs, randomUUID(), pickColumns(importer.table, importer.writes)),
    };
    const state: RunState = {
      plan, importer, session: importer.session(ctx, officeArea),
      mapped: Object.entries(input.mapping).filter((e): e is [string, number] => e[1] !== null),
    };
    // The register as the check starts: a write from here on (even during the check) makes the
    // commit check every row again.
    plan.dataVersion = dataVersion(ctx.sqlite);
    try {
      for await (const batch of read) {
        const rows: RawRow[] = [];
        for (const raw of batch.rows) {
          if (raw.rowNumber < input.headerRow) continue;
          if (raw.rowNumber === input.headerRow) plan.headers = raw.cells.map((c) => displayCell(c));
          else if (!state.mapped.every(([, col]) => isBlank(raw.cells[col]))) rows.push(raw);
        }
        // Converted first, then matched against the register as one batch.
        const converted = rows.map((raw) => convert(state, raw));
        const existing = state.session.match(converted.map((c) => c.values));
        plan.store.begin();
        for (const [i, raw] of rows.entries()) {
          summary.total += 1;
          const classified = classify(state, raw, converted[i]!, existing[i]);
          summary[classified.status] += 1;
          if (classified.problems.some((p) => p.severity === 'warning')) summary.warnings += 1;
          if ((classified.status !== 'unchanged' && classified.problems.length > 0) || classified.status === 'invalid' || classified.status === 'changed') {
            if (shown.length < maxRowsShown) shown.push(classified);
          }
        }
        plan.store.end();
        job.progress('read', batch.progress.bytesRead, batch.progress.bytesTotal || null);
        plan.sheet = (await read.opened).sheet.name;
        await yieldToLoop();
      }
      const opened = await read.opened;
      if (summary.total === 0) throw noDataRowsError({ fileName: staged.name, sheet: opened.sheet.name, format: opened.source.format }, input.headerRow);
    } catch (error) {
      plan.store.remove();
      throw asAppError(error);
    }
    const previous = committedBatch(ctx, input.register, staged.sha256);
    const result: DryRunResult = {
      fileName: staged.name,
      sheet: plan.sheet,
      summary,
      rows: shown,
      rowsTruncated: shown.length >= maxRowsShown,
      alreadyImported: previous ? { batchUid: previous.uid, createdAt: previous.createdAt } : null,
    };
    return { result, internal: plan };
  });
}

type Converted = ReturnType<ImportSession<unknown, unknown>['convert']>;

/** The mapped cells of a row as the register's values (or its issues). */
function convert(state: RunState, raw: RawRow): Converted {
  const cells: Record<string, RawRow['cells'][number] | undefined> = {};
  for (const [field, col] of state.mapped) cells[field] = raw.cells[col];
  return state.session.convert(cells);
}

/** One row's decision, given its converted values and the record they match (if any). */
function classify(state: RunState, raw: RawRow, converted: Converted, existing: { id: number; uid: string } | undefined): DryRunRow {
  const { plan, importer, mapped } = state;
  const input = (field: string) => plan.mapping[field] ?? undefined;
  const problem = (field: string | null, message: RowProblem['message'], severity: RowProblem['severity']): RowProblem => {
    const col = field ? input(field) : undefined;
    return {
      field,
      column: col === undefined ? null : `${columnLetter(col + 1)} (${plan.headers[col] || field})`,
      value: col === undefined ? '' : displayCell(raw.cells[col]),
      message,
      severity,
    };
  };
  const problems = converted.issues.map((i) => problem(i.field, i.message, i.severity));
  const row = (status: RowStatus, extra: Partial<DryRunRow> = {}): DryRunRow => ({ rowNumber: raw.rowNumber, status, name: converted.label, matchUid: null, changedFields: [], problems, ...extra });
  const invalid = () => {
    plan.store.addInvalid({ rowNumber: raw.rowNumber, cells: raw.cells, problems });
    return row('invalid');
  };
  if (!converted.values) return invalid();

  for (const [label, value] of importer.identityKeys(converted.values)) {
    const first = plan.store.firstRowWith(label, value, raw.rowNumber);
    if (first !== null) {
      problems.push(problem(label.toLowerCase(), { id: `${label} ${value} sama dengan baris ${first} di berkas ini.`, en: `${label} ${value} repeats row ${first} of this file.` }, 'error'));
      return invalid();
    }
  }
  const provided = mapped.filter(([, col]) => !isBlank(raw.cells[col])).map(([field]) => field);
  let planned: { columns: Record<string, unknown>; changed: string[] };
  try {
    planned = state.session.plan(converted.values, new Set(provided), existing, true);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const issues = (error.details as { issues?: { path: string }[] } | undefined)?.issues ?? [];
    problems.push(problem(issues[0]?.path ? importer.fieldOfPath(issues[0].path) : null, { id: error.message, en: error.messageEn }, 'error'));
    return invalid();
  }
  if (existing && planned.changed.length === 0) return row('unchanged', { matchUid: existing.uid });
  plan.store.addPlanned({
    rowNumber: raw.rowNumber,
    targetId: existing?.id ?? null,
    uid: existing?.uid ?? newUid(),
    provided,
    columns: planned.columns,
    changedFields: existing ? [...planned.changed].sort().join(', ') : '',
  });
  return row(existing ? 'changed' : 'new', { matchUid: existing?.uid ?? null, changedFields: existing ? planned.changed : [] });
}
