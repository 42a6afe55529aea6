import type { CoverageDimension } from '../../api/coverage.ts';
import type { DownloadToken } from '../../api/imports.ts';
import { writeAudited } from '../../audit/write.ts';
import { tanggalJam } from '../../award/pdf/words.ts';
import type { ServiceContext } from '../../context.ts';
import { msg, render } from '../../messages.ts';
import { getOfficeProfile } from '../../settings/office-profile-service.ts';
import { loadLabels } from '../labels.ts';
import { countReport } from '../report.ts';
import { readSnapshot } from '../snapshots.ts';
import { writeCoveragePdf } from './coverage-pdf.ts';
import { writeCoverageXlsx } from './coverage-xlsx.ts';

// The dashboard's files: the report (counted now, or a frozen month) as PDF or XLSX, audited
// (what, which area and date, which file), handed out as a download token.

export async function exportCoverage(
  ctx: ServiceContext,
  input: { format: 'pdf' | 'xlsx'; at?: string | undefined; areaCode?: string | undefined; by?: CoverageDimension[] | undefined; snapshotUid?: string | undefined; denominatorUid?: string | undefined },
): Promise<DownloadToken> {
  const report = input.snapshotUid ? readSnapshot(ctx, input.snapshotUid) : countReport(ctx, input);
  const profile = getOfficeProfile(ctx);
  const fileName = `${render(msg('coverage.noun'))} ${report.area.name} ${report.at}.${input.format}`;
  writeAudited(ctx, ({ audit }) =>
    audit({ action: 'export', entity: 'coverage', entityUid: report.snapshot?.uid ?? null, label: fileName, before: null, after: { format: input.format, at: report.at, areaCode: report.area.code, snapshot: report.snapshot?.uid ?? null, total: report.total.numerator } }),
  );
  // "3 Desember 2026 pukul 20.20 WITA": the same words as the freezing time in the heading.
  const exported = render(msg('coverage.export.exported', { stamp: tanggalJam(ctx.now().toISOString(), profile.timeZone) }));
  // A past date (a frozen month too) was counted with the domicile and category of the day it was counted: said on the file.
  const notes = report.at < report.countedOn ? [render(msg('coverage.export.pastNote'))] : [];
  // The lists' words for the codes an aggregate slice names ("Sumber dana: APBD kabupaten/kota").
  const words = loadLabels(ctx.sqlite, []);
  const out = ctx.runtime.files.reserveOutgoing(fileName);
  try {
    if (input.format === 'pdf') await writeCoveragePdf(out.path, report, profile.officeName || 'Lindung', profile.timeZone, exported, notes, words);
    else await writeCoverageXlsx(out.path, report, profile.timeZone, exported, notes, words);
  } catch (error) {
    ctx.runtime.files.discardOutgoing(out.token);
    throw error;
  }
  return { token: out.token, fileName: out.name };
}
