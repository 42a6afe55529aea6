import type { ComplianceFilter } from '../api/employer-compliance.ts';
import type { DownloadToken } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { employerWords } from '../api/messages/employer.ts';
import { ianaZoneOf } from '../api/office-profile.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { writeCsv } from '../exports/csv-writer.ts';
import { excelDate, writeXlsx, type OutCell } from '../exports/xlsx-writer.ts';
import { msg, render } from '../messages.ts';
import { getOfficeProfile } from '../settings/office-profile-service.ts';
import { complianceRows } from './compliance-list.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// The compliance list to XLSX or CSV through the shared writers: headed by the office, what the list
// is, the day the participants were counted and the filter; one row per employer with both
// figures and their dates. The list names employers, not people; the export is audited all
// the same, as every register export is.

const columns = ['name', 'npp', 'kecamatan', 'kbliSection', 'bpjsStatus', 'reported', 'reportedDate', 'wlkpDate', 'active', 'activeDataDate', 'gap', 'openFollowUps'] as const;
const widths = [40, 14, 20, 10, 16, 14, 14, 13, 14, 14, 10, 12];
const dateColumns = ['reportedDate', 'wlkpDate', 'activeDataDate'].map((c) => columns.indexOf(c as (typeof columns)[number]));

function filterWords(ctx: ServiceContext, filter: ComplianceFilter): string {
  const kecamatan = filter.kecamatanCode ? (ctx.sqlite.prepare('SELECT name FROM region WHERE code = ?').pluck().get(filter.kecamatanCode) as string | undefined) : undefined;
  const parts = [
    ...(filter.kecamatanCode ? [render(msg('employerCompliance.kecamatan', { name: kecamatan ?? filter.kecamatanCode }))] : []),
    ...(filter.kbliSection ? [render(msg('employerCompliance.kbliSection', { section: filter.kbliSection }))] : []),
  ];
  return parts.length ? parts.join(', ') : render(msg('employerCompliance.noFilter'));
}

export function startComplianceExport(ctx: ServiceContext, filter: ComplianceFilter & { format: 'xlsx' | 'csv' }): JobState {
  const date = filter.date ?? officeTodayIso(ctx);
  const rows = complianceRows(ctx, filter, date);
  const profile = getOfficeProfile(ctx);
  const title = render(msg('employerCompliance.title'));
  const fileName = `${title} ${date}.${filter.format}`;
  const filterText = filterWords(ctx, filter);
  writeAudited(ctx, ({ audit }) =>
    audit({ action: 'export', entity: 'employer', entityUid: null, label: fileName, before: null, after: { list: 'compliance', format: filter.format, rows: rows.length, date, filter: filterText } }),
  );
  return ctx.runtime.jobs.start('employers.compliance.export', async (job) => {
    const out = ctx.runtime.files.reserveOutgoing(fileName);
    const stamp = new Intl.DateTimeFormat('id-ID', { timeZone: ianaZoneOf[profile.timeZone], dateStyle: 'long', timeStyle: 'short' }).format(ctx.now());
    const bpjsWords = employerWords.id.employer.bpjsStatus as Record<string, string>;
    // XLSX: real date cells; CSV: dd/mm/yyyy, as the register's exports write them.
    const day = filter.format === 'xlsx' ? excelDate : (iso: string | null) => (iso ? dayMonthYear(iso) : null);
    const cells = rows.map((r): OutCell[] => [
      r.name, r.npp, r.kecamatanName ?? r.kecamatanCode, r.kbliSection, bpjsWords[r.bpjsStatus] ?? r.bpjsStatus,
      r.reported, day(r.reportedDate), day(r.wlkpDate), r.active, day(r.activeDataDate), r.gap, r.openFollowUps,
    ]);
    job.progress('write', 0, rows.length);
    try {
      const preamble = [
        profile.officeName || 'Lindung',
        render(msg('employerCompliance.heading', { title, n: rows.length })),
        render(msg('employerCompliance.countedAt', { date: dayMonthYear(date) })),
        render(msg('employerCompliance.filter', { filter: filterText })),
        render(msg('employerCompliance.exported', { stamp, zone: profile.timeZone })),
      ];
      const header = columns.map((c) => render(msg(`employerCompliance.columns.${c}`)));
      if (filter.format === 'csv') await writeCsv(out.path, preamble, header, cells);
      else await writeXlsx(out.path, [{ name: render(msg('employerCompliance.sheet')), preamble, header, rows: cells, textColumns: [columns.indexOf('npp')], dateColumns, widths }]);
    } catch (error) {
      ctx.runtime.files.discardOutgoing(out.token);
      throw error;
    }
    job.progress('write', rows.length, rows.length);
    const result: DownloadToken = { token: out.token, fileName: out.name };
    return { result };
  });
}
