import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { DownloadToken } from '../../api/imports.ts';
import type { JdihnStaged } from '../../api/regulations.ts';
import { AppError } from '../../app-error.ts';
import { writeAudited } from '../../audit/write.ts';
import type { ServiceContext } from '../../context.ts';
import { outgoingWriteStream, plainStream } from '../../files/sealed-file.ts';
import { regulationFields } from '../../imports/regulations/regulation-fields.ts';
import { msg, render } from '../../messages.ts';
import { jdihnLimits, readJdihn } from './jdihn-read.ts';
import { jdihnRecords } from './jdihn-write.ts';
import { officeTodayIso } from '../../reference/nik/nik-service.ts';

// A JDIHN file enters the register through the shared import pipeline: its records are written
// as a CSV under the import fields' labels and staged like an upload; the dry run, the commit,
// the history and the undo are the spreadsheet's. A file refused by the reader writes nothing.

const csvLine = (cells: readonly string[]) => `${cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')}\r\n`;

/** The staged JSON upload `fileToken` read and staged again as the register's CSV. */
export async function stageJdihn(ctx: ServiceContext, fileToken: string): Promise<JdihnStaged> {
  const staged = ctx.runtime.files.staged(fileToken);
  if (staged.bytes > jdihnLimits.bytes) {
    throw new AppError('INPUT_TOO_LARGE', msg('regulations.jdihn.tooBig', { file: staged.name, size: `${Math.ceil(staged.bytes / 1e6)} MB`, limit: `${jdihnLimits.bytes / 1024 / 1024} MB` }));
  }
  const read = readJdihn(await buffer(plainStream(staged.path)), staged.name);
  if (read.errors.length) {
    const first = read.errors[0]!;
    throw new AppError('INVALID_INPUT', first.message, { notes: read.errors.slice(0, 100) });
  }
  const header = regulationFields.map((f) => render(f.label, 'id'));
  const lines = [csvLine(header), ...read.rows.map((row) => csvLine(regulationFields.map((f) => row[f.key] ?? '')))];
  const name = `${staged.name.replace(/\.json$/i, '')}.jdihn.csv`;
  const csv = await ctx.runtime.files.stage(name, Readable.from([lines.join('')]), jdihnLimits.bytes * 2);
  ctx.runtime.files.discardStaged(fileToken);
  return { fileToken: csv.token, records: read.rows.length, notes: read.notes.slice(0, 500) };
}

/** The register (records not entered in error) as a JDIHN JSON file for download; audited. */
export async function exportJdihn(ctx: ServiceContext): Promise<DownloadToken> {
  const today = officeTodayIso(ctx);
  const records = jdihnRecords(ctx.sqlite, today);
  const out = ctx.runtime.files.reserveOutgoing(`Regulasi JDIHN ${today}.json`);
  try {
    await new Promise<void>((resolve, reject) => {
      const stream = outgoingWriteStream(out.path);
      stream.on('error', reject);
      stream.end(JSON.stringify(records, null, 1), () => resolve());
    });
  } catch (error) {
    ctx.runtime.files.discardOutgoing(out.token);
    throw error;
  }
  writeAudited(ctx, ({ audit }) =>
    audit({ action: 'export', entity: 'regulation', entityUid: null, label: out.name, before: null, after: { register: 'regulation', format: 'jdihn', rows: records.length } }),
  );
  return { token: out.token, fileName: out.name };
}
