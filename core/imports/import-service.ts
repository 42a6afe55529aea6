import { createHash, randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { and, desc, eq } from 'drizzle-orm';
import type { DryRunResult, DryRunRow, ImportBatchInfo, Inspection, RowProblem, RowStatus, DownloadToken, ImportRegister } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { importBatch, importChange, importMapping } from '../../db/schema/index.ts';
import { insertRow } from '../../db/fast-write.ts';
import { writeXlsx } from '../exports/xlsx-writer.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { dataVersion } from '../grid/ordered-ids.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { employerImporter } from './employers/employer-importer.ts';
import { displayCell, isBlank } from './fields/cell-values.ts';
import { columnLetter, isImportReadError } from './read/errors.ts';
import { findHeaderRow, normalizeHeader } from './read/header.ts';
import { readInWorker } from './read/read-in-worker.ts';
import type { RawRow } from './read/types.ts';
import type { RegisterImporter } from './register-importer.ts';
import { PlanStore } from './plan-store.ts';

// The shared pipeline: inspect → dry run (classify every row) → commit (one transaction,
// all or nothing) → undo. Every register plugs in a RegisterImporter.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const importers: Record<ImportRegister, RegisterImporter<any, any>> = { employer: employerImporter };
const maxRowsShown = 2000;
const chunkRows = 500;

/** Where a staged file is, and the worker options every read shares. */
const readerFor = (ctx: ServiceContext, token: string) => ctx.runtime.files.staged(token);

/** A read failure (bad file, limit, cancel) as the AppError the user sees. */
function asAppError(error: unknown): unknown {
  if (isImportReadError(error)) {
    if (error.code === 'CANCELLED') return new CancelledError();
    return error.toAppError();
  }
  return error;
}

async function firstRows(path: string, sheet: string | number | undefined, count: number) {
  const read = readInWorker(path, { ...(sheet === undefined ? {} : { sheet }), batchSize: count });
  const rows: RawRow[] = [];
  try {
    for await (const batch of read) {
      rows.push(...batch.rows);
      if (rows.length >= count) break;
    }
    const opened = await read.opened;
    return { rows, opened };
  } catch (error) {
    throw asAppError(error);
  } finally {
    read.cancel();
  }
}

const signatureOf = (register: string, headers: string[]) =>
  createHash('sha256').update(`${register}\n${headers.map(normalizeHeader).filter(Boolean).sort().join('\n')}`).digest('hex');

function committedBatch(ctx: ServiceContext, register: string, hash: string) {
  return ctx.db
    .select()
    .from(importBatch)
    .where(and(eq(importBatch.register, register), eq(importBatch.fileHash, hash), eq(importBatch.status, 'committed')))
    .get();
}

export async function inspectImport(ctx: ServiceContext, input: { register: ImportRegister; fileToken: string; sheet?: string | number | undefined; headerRow?: number | undefined }): Promise<Inspection> {
  const importer = importers[input.register];
  const staged = readerFor(ctx, input.fileToken);
  const { rows, opened } = await firstRows(staged.path, input.sheet, 60);
  const synonyms = Object.fromEntries(importer.fields.map((f) => [f.key, f.synonyms]));
  const header = findHeaderRow(rows, { synonyms, ...(input.headerRow ? { rowNumber: input.headerRow } : {}) });
  if (!header) {
    throw new AppError('INVALID_INPUT', {
      id: `Baris judul kolom tidak ditemukan di sheet "${opened.sheet.name}". Pastikan ada baris berisi nama kolom (mis. "Nama Perusahaan", "NIB").`,
      en: `No header row found on sheet "${opened.sheet.name}". Make sure one row holds the column names (e.g. "Nama Perusahaan", "NIB").`,
    });
  }
  const remembered = ctx.db.select().from(importMapping).where(eq(importMapping.signature, signatureOf(input.register, header.names))).get();
  const guessed: Record<string, number | null> = Object.fromEntries(importer.fields.map((f) => [f.key, header.fields.get(f.key) ?? null]));
  const mapping = remembered ? { ...guessed, ...(JSON.parse(remembered.mapping) as Record<string, number | null>) } : guessed;
  const previous = committedBatch(ctx, input.register, staged.sha256);
  return {
    fileName: staged.name,
    format: opened.source.format,
    sheets: opened.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rowCountHint: s.rowCountHint })),
    sheet: opened.sheet.name,
    headerRow: header.rowNumber,
    headerCandidates: header.candidates.slice(0, 8).map((c) => c.rowNumber),
    headers: header.names.map((name, index) => ({ index, letter: columnLetter(index + 1), name })),
    preview: rows
      .filter((r) => r.rowNumber > header.rowNumber)
      .slice(0, 8)
      .map((r) => ({ rowNumber: r.rowNumber, cells: header.names.map((_, i) => displayCell(r.cells[i])) })),
    fields: importer.fields.map((f) => ({ key: f.key, label: f.label, required: Boolean(f.required) })),
    mapping,
    mappingRemembered: Boolean(remembered),
    alreadyImported: previous ? { batchUid: previous.uid, createdAt: previous.createdAt, status: previous.status } : null,
  };
}

interface DryRunInternal {
  register: ImportRegister;
  fileToken: string;
  fileName: string;
  fileHash: string;
  fileBytes: number;
  sheet: string;
  headerRow: number;
  headers: string[];
  mapping: Record<string, number | null>;
  /** Every row's decision, on disk (plan-store.ts). */
  store: PlanStore;
  summary: DryRunResult['summary'];
  /** The database's data version the dry run saw. */
  dataVersion: string;
}

export function startDryRun(
  ctx: ServiceContext,
  input: { register: ImportRegister; fileToken: string; sheet?: string | number | undefined; headerRow: number; mapping: Record<string, number | null> },
): JobState {
  const importer = importers[input.register];
  const staged = readerFor(ctx, input.fileToken);
  const officeArea = officeSettings(ctx).areaCode;
  const required = importer.fields.filter((f) => f.required && (input.mapping[f.key] ?? null) === null);
  if (required.length) {
    throw new AppError('INVALID_INPUT', {
      id: `Kolom wajib belum dipasangkan: ${required.map((f) => f.label.id).join(', ')}.`,
      en: `Required columns are not mapped: ${required.map((f) => f.label.en).join(', ')}.`,
    });
  }
  return ctx.runtime.jobs.start('import.dryRun', async (job) => {
    const read = readInWorker(staged.path, { ...(input.sheet === undefined ? {} : { sheet: input.sheet }), signal: job.signal });
    const summary: DryRunResult['summary'] = { new: 0, changed: 0, unchanged: 0, invalid: 0, total: 0, warnings: 0 };
    const shown: DryRunRow[] = [];
    const internal: DryRunInternal = {
      register: input.register, fileToken: input.fileToken, fileName: staged.name, fileHash: staged.sha256, fileBytes: staged.bytes,
      sheet: '', headerRow: input.headerRow, headers: [], mapping: input.mapping, summary, dataVersion: '',
      store: new PlanStore(ctx.runtime.files.jobs, randomUUID()),
    };
    const store = internal.store;
    const mapped = Object.entries(input.mapping).filter((e): e is [string, number] => e[1] !== null);
    try {
      for await (const batch of read) {
        store.begin();
        for (const raw of batch.rows) {
          if (raw.rowNumber < input.headerRow) continue;
          if (raw.rowNumber === input.headerRow) {
            internal.headers = raw.cells.map((c) => displayCell(c));
            continue;
          }
          if (mapped.every(([, col]) => isBlank(raw.cells[col]))) continue;
          summary.total += 1;
          const classified = classify(ctx, importer, raw, internal, mapped, officeArea);
          summary[classified.status] += 1;
          if (classified.problems.some((p) => p.severity === 'warning')) summary.warnings += 1;
          if ((classified.status !== 'unchanged' && classified.problems.length > 0) || classified.status === 'invalid' || classified.status === 'changed') {
            if (shown.length < maxRowsShown) shown.push(classified);
          }
        }
        store.end();
        job.progress('read', batch.progress.bytesRead, batch.progress.bytesTotal || null);
        internal.sheet = (await read.opened).sheet.name;
        await yieldToLoop();
      }
    } catch (error) {
      store.remove();
      throw asAppError(error);
    }
    internal.dataVersion = dataVersion(ctx.sqlite);
    const previous = committedBatch(ctx, input.register, staged.sha256);
    const result: DryRunResult = {
      fileName: staged.name,
      sheet: internal.sheet,
      summary,
      rows: shown,
      rowsTruncated: shown.length >= maxRowsShown,
      alreadyImported: previous ? { batchUid: previous.uid, createdAt: previous.createdAt } : null,
    };
    return { result, internal };
  });
}

function classify(
  ctx: ServiceContext,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  importer: RegisterImporter<any, any>,
  raw: RawRow,
  internal: DryRunInternal,
  mapped: [string, number][],
  officeArea: string | null,
): DryRunRow {
  const cells = Object.fromEntries(mapped.map(([field, col]) => [field, raw.cells[col]]));
  const columnOf = (field: string | null) => {
    const col = field ? input(field) : undefined;
    return col === undefined ? null : `${columnLetter(col + 1)} (${internal.headers[col] || field})`;
  };
  const input = (field: string) => internal.mapping[field] ?? undefined;
  const problem = (field: string | null, message: RowProblem['message'], severity: RowProblem['severity']): RowProblem => ({
    field,
    column: columnOf(field),
    value: field && input(field) !== undefined ? displayCell(raw.cells[input(field)!]) : '',
    message,
    severity,
  });
  const converted = importer.convert(ctx, cells, officeArea);
  const problems = converted.issues.map((i) => problem(i.field, i.message, i.severity));
  const row = (status: RowStatus, extra: Partial<DryRunRow> = {}): DryRunRow => ({ rowNumber: raw.rowNumber, status, name: converted.label, matchUid: null, changedFields: [], problems, ...extra });
  const invalid = () => {
    internal.store.addInvalid({ rowNumber: raw.rowNumber, cells: raw.cells, problems });
    return row('invalid');
  };
  if (!converted.values) return invalid();

  for (const [label, value] of importer.identityKeys(converted.values)) {
    const first = internal.store.firstRowWith(`${label} ${value}`, raw.rowNumber);
    if (first !== null) {
      problems.push(problem(label.toLowerCase(), { id: `${label} ${value} sama dengan baris ${first} di berkas ini.`, en: `${label} ${value} repeats row ${first} of this file.` }, 'error'));
      return invalid();
    }
  }
  const existing = importer.match(ctx, converted.values);
  const provided = mapped.filter(([, col]) => !isBlank(raw.cells[col])).map(([field]) => field);
  let plan: { columns: object; changed: string[] };
  try {
    plan = importer.plan(ctx, converted.values, new Set(provided), existing, officeArea);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const issues = (error.details as { issues?: { path: string }[] } | undefined)?.issues ?? [];
    problems.push(problem(issues[0]?.path ? fieldOfPath(issues[0].path) : null, { id: error.message, en: error.messageEn }, 'error'));
    return invalid();
  }
  const existingUid = (existing as { uid?: string } | undefined)?.uid ?? null;
  if (existing && plan.changed.length === 0) return row('unchanged', { matchUid: existingUid });
  const status = existing ? 'changed' : 'new';
  internal.store.addPlanned({ rowNumber: raw.rowNumber, status, values: converted.values, provided, existingUid, columns: plan.columns });
  return row(status, { matchUid: existingUid, changedFields: existing ? plan.changed : [] });
}

const fieldOfPath = (path: string) => ({ kbliCodes: 'kbli', kecamatanCode: 'kecamatan', desaCode: 'desa', headOfficeUid: 'officeType' })[path] ?? path;

export function startCommit(ctx: ServiceContext, input: { jobId: string }): JobState {
  const plan = ctx.runtime.jobs.internalOf<DryRunInternal>(input.jobId, 'import.dryRun');
  const importer = importers[plan.register];
  const officeArea = officeSettings(ctx).areaCode;
  return ctx.runtime.jobs.start('import.commit', (job) => ctx.runtime.gate.run(() => commitPlan(ctx, importer, plan, officeArea, job)));
}

async function commitPlan(
  ctx: ServiceContext,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  importer: RegisterImporter<any, any>,
  plan: DryRunInternal,
  officeArea: string | null,
  job: JobHandle,
) {
  const previous = committedBatch(ctx, plan.register, plan.fileHash);
  if (previous) {
    throw new AppError('CONFLICT', {
      id: `Berkas yang sama sudah diimpor pada ${previous.createdAt.slice(0, 10)}; tidak ada yang diubah.`,
      en: `The same file was already imported on ${previous.createdAt.slice(0, 10)}; nothing was changed.`,
    }, { batchUid: previous.uid });
  }
  // One transaction for the whole file, written in chunks so progress and cancel work;
  // the router's gate keeps every other call out until COMMIT or ROLLBACK.
  ctx.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const now = ctx.now().toISOString();
    const batch = ctx.db
      .insert(importBatch)
      .values({
        uid: randomUUID(), register: plan.register, fileName: plan.fileName, fileHash: plan.fileHash, fileBytes: plan.fileBytes, sheet: plan.sheet,
        headerRow: plan.headerRow, mapping: JSON.stringify(plan.mapping), status: 'committed', inserted: 0, updated: 0,
        unchanged: plan.summary.unchanged, invalid: plan.summary.invalid, actorName: ctx.actor.name, createdAt: now,
      })
      .returning()
      .get();
    let inserted = 0;
    let updated = 0;
    // Nothing written since the dry run: its validation still holds; otherwise check each row again.
    const unchangedSinceDryRun = dataVersion(ctx.sqlite) === plan.dataVersion;
    const total = plan.store.plannedCount();
    let done = 0;
    for (const chunk of plan.store.plannedChunks(chunkRows)) {
      if (job.signal.aborted) throw new CancelledError();
      writeAudited(ctx, (scope) => {
        for (const item of chunk) {
          const existing = item.existingUid ? importer.match(ctx, item.values) : undefined;
          try {
            const planned = unchangedSinceDryRun ? { columns: item.columns } : importer.plan(ctx, item.values, new Set(item.provided), existing, officeArea);
            const written = importer.write(ctx, scope, planned, existing, batch.id);
            insertRow(ctx.sqlite, importChange, { batchId: batch.id, entityUid: written.uid, action: existing ? 'update' : 'insert', before: written.before, afterUpdatedAt: written.updatedAt });
            if (existing) updated += 1;
            else inserted += 1;
          } catch (error) {
            if (error instanceof AppError) {
              throw new AppError(error.code, { id: `Baris ${item.rowNumber}: ${error.message} Impor dibatalkan seluruhnya.`, en: `Row ${item.rowNumber}: ${error.messageEn} The whole import was rolled back.` }, error.details);
            }
            throw error;
          }
        }
        if (done === 0) scope.audit({ action: 'import', entity: 'import_batch', entityUid: batch.uid, before: null, after: { fileName: plan.fileName, fileHash: plan.fileHash, rows: total } });
      });
      done += chunk.length;
      job.progress('commit', done, total);
      await yieldToLoop();
    }
    if (total === 0) {
      writeAudited(ctx, ({ audit }) => audit({ action: 'import', entity: 'import_batch', entityUid: batch.uid, before: null, after: { fileName: plan.fileName, fileHash: plan.fileHash, rows: 0 } }));
    }
    const finished = ctx.db.update(importBatch).set({ inserted, updated }).where(eq(importBatch.id, batch.id)).returning().get();
    rememberMapping(ctx, plan);
    ctx.sqlite.exec('COMMIT');
    ctx.sqlite.pragma('optimize'); // many new rows: refresh the planner's statistics
    return { result: { batch: batchInfo(finished) } };
  } catch (error) {
    if (ctx.sqlite.inTransaction) ctx.sqlite.exec('ROLLBACK');
    throw error;
  }
}

function rememberMapping(ctx: ServiceContext, plan: DryRunInternal) {
  const signature = signatureOf(plan.register, plan.headers);
  const values = { signature, register: plan.register, mapping: JSON.stringify(plan.mapping), updatedAt: ctx.now().toISOString() };
  writeAudited(ctx, ({ db, audit }) => {
    db.insert(importMapping).values(values).onConflictDoUpdate({ target: importMapping.signature, set: values }).run();
    audit({ action: 'update', entity: 'import_mapping', entityUid: signature.slice(0, 16), before: null, after: { register: plan.register, mapping: plan.mapping } });
  });
}

const batchInfo = (b: typeof importBatch.$inferSelect): ImportBatchInfo => ({
  uid: b.uid, register: b.register, fileName: b.fileName, fileHash: b.fileHash, sheet: b.sheet, status: b.status,
  inserted: b.inserted, updated: b.updated, unchanged: b.unchanged, invalid: b.invalid, actorName: b.actorName, createdAt: b.createdAt, undoneAt: b.undoneAt,
});

export function importHistory(ctx: ServiceContext, register: ImportRegister): ImportBatchInfo[] {
  return ctx.db.select().from(importBatch).where(eq(importBatch.register, register)).orderBy(desc(importBatch.id)).limit(200).all().map(batchInfo);
}

/** Reverses a whole import: records it created go, records it changed get their old values back. */
export function undoImport(ctx: ServiceContext, batchUid: string): ImportBatchInfo {
  const batch = ctx.db.select().from(importBatch).where(eq(importBatch.uid, batchUid)).get();
  if (!batch) throw new AppError('NOT_FOUND', { id: 'Impor tidak ditemukan.', en: 'Import not found.' });
  if (batch.status === 'undone') throw new AppError('CONFLICT', { id: 'Impor ini sudah dibatalkan.', en: 'This import was already undone.' });
  const importer = importers[batch.register as ImportRegister];
  const changes = ctx.db.select().from(importChange).where(eq(importChange.batchId, batch.id)).orderBy(desc(importChange.id)).all();
  const undone = writeAudited(ctx, (scope) => {
    const blocked: { id: string; en: string }[] = [];
    for (const change of changes) {
      const reason = importer.undo(ctx, scope, change);
      if (reason) blocked.push({ id: reason.blocked, en: reason.blockedEn });
    }
    if (blocked.length) {
      throw new AppError('CONFLICT', {
        id: `Impor tidak bisa dibatalkan karena ${blocked.length} data sudah diubah sesudahnya: ${blocked.slice(0, 5).map((b) => b.id).join('; ')}. Tidak ada yang berubah.`,
        en: `The import cannot be undone because ${blocked.length} records changed after it: ${blocked.slice(0, 5).map((b) => b.en).join('; ')}. Nothing was changed.`,
      }, { blocked: blocked.length });
    }
    const after = scope.db.update(importBatch).set({ status: 'undone', undoneAt: ctx.now().toISOString() }).where(eq(importBatch.id, batch.id)).returning().get();
    scope.audit({ action: 'undo', entity: 'import_batch', entityUid: batch.uid, before: { status: batch.status }, after: { status: 'undone', changes: changes.length } });
    return after;
  });
  return batchInfo(undone);
}

/** The invalid rows as they were in the file, with an error column: fix and import again. */
export async function writeErrorFile(ctx: ServiceContext, input: { jobId: string }): Promise<DownloadToken> {
  const plan = ctx.runtime.jobs.internalOf<DryRunInternal>(input.jobId, 'import.dryRun');
  const base = plan.fileName.replace(/\.[^.]+$/, '');
  const out = ctx.runtime.files.reserveOutgoing(`${base} - kesalahan.xlsx`);
  const width = Math.max(plan.headers.length, plan.store.widestInvalidRow());
  const headers = Array.from({ length: width }, (_, i) => plan.headers[i] || columnLetter(i + 1));
  const identityColumns = ['nib', 'npwp', 'npp'].map((f) => plan.mapping[f]).filter((c): c is number => typeof c === 'number');
  await writeXlsx(out.path, [
    {
      name: 'Perbaiki',
      header: [...headers, 'Baris asal', 'Kesalahan'],
      textColumns: identityColumns,
      widths: [...headers.map(() => 20), 10, 80],
      rows: mapRows(plan.store.invalidRows(), (r) => [
        ...Array.from({ length: width }, (_, i) => {
          const cell = r.cells[i];
          return typeof cell === 'number' && !identityColumns.includes(i) ? cell : displayCell(cell) || null;
        }),
        r.rowNumber,
        r.problems.filter((p) => p.severity === 'error').map((p) => `${p.column ? `${p.column}: ` : ''}${p.message.id}`).join(' | '),
      ]),
    },
  ]);
  return { token: out.token, fileName: out.name };
}

function* mapRows<T, U>(rows: Iterable<T>, f: (row: T) => U): Generator<U> {
  for (const row of rows) yield f(row);
}

/** A template with the register's columns, an example row and a sheet of instructions. */
export async function writeTemplate(ctx: ServiceContext, register: ImportRegister): Promise<DownloadToken> {
  const importer = importers[register];
  const out = ctx.runtime.files.reserveOutgoing(`Templat impor ${register === 'employer' ? 'perusahaan' : register}.xlsx`);
  const identity = importer.fields.map((f, i) => (['nib', 'npwp', 'npp', 'kbli'].includes(f.key) ? i : -1)).filter((i) => i >= 0);
  await writeXlsx(out.path, [
    { name: 'Data', header: importer.fields.map((f) => f.label.id), textColumns: identity, rows: [importer.fields.map((f) => f.example || null)] },
    {
      name: 'Petunjuk',
      header: ['Kolom', 'Wajib', 'Contoh', 'Nama kolom lain yang dikenali'],
      widths: [24, 8, 28, 80],
      rows: importer.fields.map((f) => [f.label.id, f.required ? 'ya' : '', f.example, f.synonyms.join(', ')]),
    },
  ]);
  return { token: out.token, fileName: out.name };
}
