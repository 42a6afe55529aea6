import { stmt } from '../../db/statements.ts';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { employerColumns, type EmployerRow } from '../api/employers.ts';
import { cellOf, columnLabels, columnWidths, dateColumns, dateTimeColumns, describeFilter, type Column } from './employer-export-words.ts';
import type { DownloadToken } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { ianaZoneOf, utcOffsetMinutesOf } from '../api/office-profile.ts';
import type { ServiceContext } from '../context.ts';
import { writeCsv } from '../exports/csv-writer.ts';
import { writeXlsx } from '../exports/xlsx-writer.ts';
import { orderOf, whereOf, type ParsedGridRequest } from '../grid/query-grid.ts';
import { getOfficeProfile } from '../settings/office-profile-service.ts';

// The register's current view (filters, search, sort, chosen columns) to XLSX or CSV,
// headed by the office, the filter in words and the time of export. No row cap.

/** Identity numbers and codes: text cells, never numbers (Excel would drop a leading zero). */
const identity: Column[] = ['nib', 'npwp', 'npp', 'kbliMain'];

export function startEmployerExport(
  ctx: ServiceContext,
  input: ParsedGridRequest & { format: 'xlsx' | 'csv'; columns: Column[] },
): JobState {
  const employerGridSpec = ctx.runtime.registers.gridSpec('employer');
  const profile = getOfficeProfile(ctx);
  const offset = utcOffsetMinutesOf[profile.timeZone];
  const where = whereOf(employerGridSpec, input, offset); // validates columns before the job starts
  const order = orderOf(employerGridSpec, input);
  const columns = input.columns.length ? input.columns : [...employerColumns];
  return ctx.runtime.jobs.start('employers.export', async (job) => {
    const total = stmt(ctx.sqlite, `SELECT count(*) FROM ${employerGridSpec.from} ${where.sql}`).pluck().get(...where.params) as number;
    const stamp = new Intl.DateTimeFormat('id-ID', { timeZone: ianaZoneOf[profile.timeZone], dateStyle: 'long', timeStyle: 'short' }).format(ctx.now());
    const preamble = [profile.officeName || 'Lindung', `Register perusahaan — ${total.toLocaleString('id-ID')} data`, `Saringan: ${describeFilter(input, (code) => stmt(ctx.sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined)}`, `Diekspor ${stamp} ${profile.timeZone}`];
    const out = ctx.runtime.files.reserveOutgoing(`Register perusahaan ${ctx.now().toISOString().slice(0, 10)}.${input.format}`);
    // The statement iterates while the file is written; the gate keeps other calls off the connection.
    const statement = stmt(ctx.sqlite, `SELECT ${employerGridSpec.select} FROM ${employerGridSpec.from} ${where.sql} ${order}`);
    // Every 1,000 rows the loop lets other calls in (a cancel among them) and stops if asked.
    const rows = async function* () {
      let n = 0;
      for (const row of statement.iterate(...where.params) as Iterable<EmployerRow>) {
        yield columns.map((c) => cellOf(row, c, target));
        if (++n % 1000 === 0) {
          await yieldToLoop();
          if (job.signal.aborted) throw new CancelledError();
        }
      }
    };
    const header = columns.map((c) => columnLabels[c]);
    const target = { format: input.format, utcOffsetMinutes: offset };
    const indexesOf = (kinds: readonly Column[]) => columns.flatMap((c, i) => (kinds.includes(c) ? [i] : []));
    const onRow = (n: number) => job.progress('write', n, total);
    job.progress('write', 0, total);
    try {
      await ctx.runtime.gate.run(async () => {
        if (input.format === 'csv') await writeCsv(out.path, preamble, header, rows(), onRow);
        else {
          await writeXlsx(
            out.path,
            [{ name: 'Perusahaan', preamble, header, rows: rows(), textColumns: indexesOf(identity), dateColumns: indexesOf(dateColumns), dateTimeColumns: indexesOf(dateTimeColumns), widths: columns.map((c) => columnWidths[c]) }],
            onRow,
          );
        }
      });
    } catch (error) {
      ctx.runtime.files.discardOutgoing(out.token);
      throw error;
    }
    job.progress('write', total, total);
    await yieldToLoop();
    const result: DownloadToken = { token: out.token, fileName: out.name };
    return { result };
  });
}

