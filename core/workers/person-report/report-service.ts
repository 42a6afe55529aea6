import { stmt } from '../../../db/statements.ts';
import type { PersonReportResult, ReportFormat } from '../../api/privacy.ts';
import { AppError, invalidInput } from '../../app-error.ts';
import { writeAudited } from '../../audit/write.ts';
import type { ServiceContext } from '../../context.ts';
import { msg } from '../../messages.ts';
import { personNotFound } from '../person-service.ts';
import { buildPersonReport, reportFileBase } from './report-data.ts';
import { writeReportPdf } from './report-pdf.ts';
import { reportText } from './report-text.ts';
import { writeReportXlsx } from './report-xlsx.ts';

// "Laporan data pribadi": the request is audited first (who asked for whose report, in which
// forms), then the report is built (so it lists its own making) and written to download files.

function findPerson(ctx: ServiceContext, input: { uid?: string | undefined; nik?: string | undefined }): { uid: string; name: string } {
  if (input.uid) {
    const row = stmt(ctx.sqlite, 'SELECT uid, name FROM person WHERE uid = ?').get(input.uid) as { uid: string; name: string } | undefined;
    if (!row) throw personNotFound(input.uid);
    return row;
  }
  const nik = (input.nik ?? '').replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(nik)) throw invalidInput(msg('personReport.nikFormat', { nik: input.nik ?? '' }), { issues: [{ path: 'nik' }] });
  const row = stmt(ctx.sqlite, 'SELECT uid, name FROM person WHERE nik = ?').get(nik) as { uid: string; name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', msg('personReport.notFound', { nik }));
  return row;
}

export async function makePersonReport(ctx: ServiceContext, input: { uid?: string | undefined; nik?: string | undefined; formats: ReportFormat[] }): Promise<PersonReportResult> {
  const person = findPerson(ctx, input);
  const formats = [...new Set(input.formats)];
  writeAudited(ctx, ({ audit }) => audit({ action: 'report', entity: 'person', entityUid: person.uid, label: person.name, before: null, after: { formats } }));
  const report = buildPersonReport(ctx, person.uid);
  const base = reportFileBase(report.nik);
  const files: PersonReportResult['files'] = [];
  for (const format of formats) {
    if (format === 'text') continue;
    const out = ctx.runtime.files.reserveOutgoing(`${base}.${format}`);
    try {
      await (format === 'pdf' ? writeReportPdf(out.path, report) : writeReportXlsx(out.path, report));
    } catch (error) {
      ctx.runtime.files.discardOutgoing(out.token);
      throw error;
    }
    files.push({ format, token: out.token, fileName: out.name });
  }
  return { person, files, text: formats.includes('text') ? reportText(report) : null };
}
