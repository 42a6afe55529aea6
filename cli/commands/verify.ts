import type { Command } from 'commander';
import type { VerifyReport } from '../../core/api/award.ts';
import type { MessageKey } from '../../core/api/messages/catalogue.ts';
import type { MessageParam } from '../../core/api/messages/message.ts';
import { msg, render } from '../../core/messages.ts';
import { verifyPackage } from '../../core/award/package/verify-package.ts';
import { tanggal, tanggalJam } from '../../core/award/pdf/words.ts';
import { bothWays } from '../help-text.ts';

// `lindung verify <paket.zip>`: an evidence package checked against its manifest.json, file by
// file, without a data folder (a jury member or the province can run it on a copy they were
// sent). Exit 0 when every file matches, 1 when one changed, went missing or was added, or when
// the file is not a package at all. The report is in Indonesian, as the package is; help in both.
// The approval time in UTC: the manifest does not say the office's zone.

const say = (key: MessageKey, params?: Record<string, MessageParam>) => render(msg(key, params));

/** The report as printed: what is wrong first (to stderr), then the summary line. */
export function verifyReportLines(file: string, report: VerifyReport): { out: string[]; err: string[] } {
  if (report.problem) return { out: [], err: [say('award.verify.cli.problem', { problem: render(report.problem) }), say('award.verify.cli.cannotCheck', { file })] };
  const about = report.cycle ? say('award.verify.cli.about', { edition: report.cycle.edition, approvedAt: tanggalJam(report.cycle.approvedAt, 'UTC'), month: tanggal(report.cycle.snapshotMonth) }) : '';
  const err = [
    ...report.changed.map((path) => say('award.verify.cli.changed', { path })),
    ...report.missing.map((path) => say('award.verify.cli.missing', { path })),
    ...report.extra.map((path) => say('award.verify.cli.extra', { path })),
  ];
  if (report.ok) return { out: [about, say('award.verify.cli.ok', { files: report.files })], err: [] };
  const counts = [
    report.changed.length ? say('award.verify.cli.countChanged', { count: report.changed.length }) : null,
    report.missing.length ? say('award.verify.cli.countMissing', { count: report.missing.length }) : null,
    report.extra.length ? say('award.verify.cli.countExtra', { count: report.extra.length }) : null,
  ].filter((c) => c !== null);
  return { out: [about], err: [...err, say('award.verify.cli.notIntact', { counts: counts.join(', '), files: report.files })] };
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .argument('<package.zip>', bothWays('award.verify.cli.packageArg'))
    .description(bothWays('award.verify.cli.command'))
    .option('--json', bothWays('award.verify.cli.json'))
    .action(async (file: string, options: { json?: boolean }) => {
      const report = await verifyPackage(file);
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else {
        const lines = verifyReportLines(file, report);
        for (const line of lines.out.filter(Boolean)) console.log(line);
        for (const line of lines.err) console.error(line);
      }
      process.exitCode = report.ok ? 0 : 1;
    });
}
