import { Readable } from 'node:stream';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import type { ServiceContext } from '../context.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { commitPlan } from './commit-import.ts';
import { planFile } from './dry-run.ts';
import { inspectImport } from './import-service.ts';
import { importerOf } from './importers.ts';

// Records a program makes (the demo data) enter a register as a file a clerk imports would:
// written as CSV into the staging folder, checked, committed in one transaction with one audit
// row, listed in the import history and undone there. No second bulk write path exists, and a
// million demo records load in the time an import of them takes. The file is gone afterwards.

/** A field quoted only where it must be: a million demo people quoted throughout made a file over the import limit (then 200 MB). */
const csvField = (cell: string | number | null | undefined) => {
  const text = String(cell ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
/** One CSV line (the reader takes every field as text: a leading zero stays). */
const csvLine = (cells: readonly (string | number | null | undefined)[]) => `${cells.map(csvField).join(',')}\r\n`;

/** The file's text in chunks of 1,000 lines. */
export function* csvOf(header: readonly string[], rows: Iterable<readonly (string | number | null | undefined)[]>) {
  yield csvLine(header);
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(csvLine(row));
    if (lines.length === 1000) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length) yield lines.join('');
}

export interface GeneratedRows {
  register: string;
  /** How the batch is named in the import history. */
  fileName: string;
  /** The register's import headers (its fields' labels), then rows of the same length. */
  header: readonly string[];
  rows: Iterable<readonly (string | number | null | undefined)[]>;
}

/** Imports generated rows in `job`: all of them or, on any invalid row, none. */
export async function importGeneratedRows(ctx: ServiceContext, job: JobHandle, generated: GeneratedRows) {
  const importer = importerOf(ctx, generated.register);
  job.progress('generate', 0, null);
  const staged = await ctx.runtime.files.stage(generated.fileName, Readable.from(csvOf(generated.header, generated.rows)), Number.MAX_SAFE_INTEGER);
  try {
    const inspection = await inspectImport(ctx, { register: generated.register, fileToken: staged.token });
    const input = { register: generated.register, fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping, values: {}, constants: {} };
    const plan = await planFile(ctx, importer, input, job, ctx.runtime.reads.take(ctx.runtime.files.staged(staged.token).path, undefined, job.signal));
    try {
      const firstInvalid = plan.shown.find((r) => r.status === 'invalid');
      // Generated rows are the program's own: one that the register refuses is a defect, said plainly.
      if (firstInvalid) throw new AppError('INTERNAL', msg('registers.generatedInvalid', { row: firstInvalid.rowNumber, field: firstInvalid.problems[0]?.field ?? '' }));
      const committed = await ctx.runtime.gate.run(() => commitPlan(ctx, importer, plan, job));
      return { inserted: plan.summary.new, batch: committed.result.batch };
    } finally {
      plan.store.remove();
    }
  } finally {
    ctx.runtime.files.discardStaged(staged.token);
  }
}
