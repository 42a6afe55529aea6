import type { DownloadToken } from '../api/imports.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { writeXlsx } from '../exports/xlsx-writer.ts';
import { outgoingWriteStream } from '../files/sealed-file.ts';
import { msg, render } from '../messages.ts';
import { requireCycle } from './award-rows.ts';
import { columnLabel, rubricColumns } from './rubric-columns.ts';
import { rubricData } from './rubric-service.ts';
import type { RubricAspectData } from './starter-rubric.ts';

// A cycle's rubric as a file the office edits and imports again: XLSX (one sheet, one row per
// indicator) or JSON (the same data, with the aspects' descriptions). Audited as an export.

export const rubricJsonFormat = 'lindung-award-rubric';

export function rubricRows(rubric: readonly RubricAspectData[]): (string | number | null)[][] {
  return rubric.flatMap((a) => {
    const aspect = [a.code, a.title, a.weight];
    const rows = a.indicators.map((i) => [...aspect, i.code, i.title, i.evidenceAsked, i.weight, i.maxScore, a.description]);
    return rows.length ? rows : [[...aspect, null, null, null, null, null, a.description]];
  });
}

async function writeJson(path: string, body: string): Promise<void> {
  // Through the outgoing stream: sealed at rest while encryption is on, like every export.
  const out = outgoingWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.on('finish', resolve);
    out.end(body);
  });
}

export async function exportRubric(ctx: ServiceContext, input: { cycleUid: string; format: 'xlsx' | 'json' }): Promise<DownloadToken> {
  const cycle = requireCycle(ctx.sqlite, input.cycleUid);
  const rubric = rubricData(ctx, cycle.id);
  const fileName = `${render(msg('award.rubricFile.fileName'))} ${cycle.edition}.${input.format}`;
  writeAudited(ctx, ({ audit }) =>
    audit({ action: 'export', entity: 'award_cycle', entityUid: cycle.uid, label: fileName, before: null, after: { format: input.format, aspects: rubric.length, indicators: rubric.reduce((n, a) => n + a.indicators.length, 0) } }),
  );
  const out = ctx.runtime.files.reserveOutgoing(fileName);
  try {
    if (input.format === 'json') await writeJson(out.path, `${JSON.stringify({ format: rubricJsonFormat, version: 1, edition: cycle.edition, aspects: rubric }, null, 2)}\n`);
    else
      await writeXlsx(out.path, [
        { name: render(msg('award.rubricFile.sheet')), header: rubricColumns.map((c) => columnLabel(c)), rows: rubricRows(rubric), textColumns: [0, 3], widths: [12, 36, 10, 14, 48, 60, 10, 10, 48] },
      ]);
  } catch (error) {
    ctx.runtime.files.discardOutgoing(out.token);
    throw error;
  }
  return { token: out.token, fileName: out.name };
}
