import { stmt } from '../../db/statements.ts';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { employerColumns, type EmployerRow } from '../api/employers.ts';
import type { DownloadToken } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { CancelledError } from '../jobs/job-registry.ts';
import { ianaZoneOf, utcOffsetMinutesOf } from '../api/office-profile.ts';
import type { ServiceContext } from '../context.ts';
import { writeCsv } from '../exports/csv-writer.ts';
import { writeXlsx, type OutCell } from '../exports/xlsx-writer.ts';
import { orderOf, whereOf, type ParsedGridRequest } from '../grid/query-grid.ts';
import { getOfficeProfile } from '../settings/office-profile-service.ts';
import { employerGridSpec } from './employer-grid.ts';

// The register's current view (filters, search, sort, chosen columns) to XLSX or CSV,
// headed by the office, the filter in words and the time of export. No row cap.

type Column = (typeof employerColumns)[number];

const labels: Record<Column, string> = {
  name: 'Nama perusahaan', legalForm: 'Bentuk badan usaha', nib: 'NIB', npwp: 'NPWP', npp: 'NPP', kbliSection: 'Kategori KBLI', kbliMain: 'KBLI utama',
  businessScale: 'Skala usaha', kecamatanCode: 'Kecamatan', desaCode: 'Desa/kelurahan', bpjsStatus: 'Status BPJS', workersTotal: 'Jumlah tenaga kerja',
  officeType: 'Pusat/cabang', startDate: 'Tanggal mulai usaha', wlkpDate: 'Tanggal WLKP', bpjsInfoDate: 'Tanggal data BPJS', recordStatus: 'Status data', updatedAt: 'Terakhir diubah',
};
const statusLabel: Record<string, string> = { terdaftar: 'Terdaftar', pwbd: 'PWBD', pds_tk: 'PDS tenaga kerja', pds_upah: 'PDS upah', pds_program: 'PDS program' };
const identity: Column[] = ['nib', 'npwp', 'npp', 'kbliMain'];

function cellOf(row: EmployerRow, column: Column): OutCell {
  switch (column) {
    case 'kecamatanCode':
      return row.kecamatanName ? `${row.kecamatanName} (${row.kecamatanCode})` : row.kecamatanCode;
    case 'desaCode':
      return row.desaName ? `${row.desaName} (${row.desaCode})` : row.desaCode;
    case 'bpjsStatus':
      return statusLabel[row.bpjsStatus] ?? row.bpjsStatus;
    default:
      return (row[column] as OutCell | undefined) ?? null;
  }
}

/** The filters in words, for the sheet's heading ("Status BPJS: PWBD; Pencarian: bali"). */
export function describeFilter(request: Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'>, regionName: (code: string) => string | undefined = () => undefined): string {
  const parts = Object.entries(request.filterModel).map(([col, filter]) => {
    const label = labels[col as Column] ?? col;
    if ('values' in filter) return `${label}: ${filter.values.map((v) => (v && (statusLabel[v] ?? regionName(v))) || v || '(kosong)').join(', ')}`;
    if ('conditions' in filter) return `${label}: ${filter.conditions.length} syarat (${filter.operator})`;
    if ('filter' in filter && filter.filter !== undefined && filter.filter !== null) return `${label} ${filter.type} ${String(filter.filter)}`;
    if ('dateFrom' in filter) return `${label} ${filter.type} ${filter.dateFrom?.slice(0, 10) ?? ''}${filter.dateTo ? `–${filter.dateTo.slice(0, 10)}` : ''}`;
    return `${label} ${filter.type}`;
  });
  if (request.quickSearch?.trim()) parts.push(`Pencarian: "${request.quickSearch.trim()}"`);
  return parts.length ? parts.join('; ') : 'Semua data (tanpa saringan)';
}

export function startEmployerExport(
  ctx: ServiceContext,
  input: ParsedGridRequest & { format: 'xlsx' | 'csv'; columns: Column[] },
): JobState {
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
        yield columns.map((c) => cellOf(row, c));
        if (++n % 1000 === 0) {
          await yieldToLoop();
          if (job.signal.aborted) throw new CancelledError();
        }
      }
    };
    const header = columns.map((c) => labels[c]);
    const onRow = (n: number) => job.progress('write', n, total);
    job.progress('write', 0, total);
    try {
      await ctx.runtime.gate.run(async () => {
        if (input.format === 'csv') await writeCsv(out.path, preamble, header, rows(), onRow);
        else await writeXlsx(out.path, [{ name: 'Perusahaan', preamble, header, rows: rows(), textColumns: columns.flatMap((c, i) => (identity.includes(c) ? [i] : [])), widths: columns.map((c) => (c === 'name' ? 40 : 20)) }], onRow);
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

