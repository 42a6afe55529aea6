import type { Command } from 'commander';
import { coverageDimensions, type CoverageDimension, type CoverageFigure, type CoverageReport } from '../../core/api/coverage.ts';
import type { DownloadToken } from '../../core/api/imports.ts';
import { msg, render } from '../../core/messages.ts';
import { call, usageError } from '../cli-jobs.ts';
import { sliceWords, type ValueWords } from '../../core/coverage/export/figure-rows.ts';
import { loadLabels } from '../../core/coverage/labels.ts';
import { bothWays } from '../help-text.ts';
import { asCliUser } from '../host-context.ts';

// `lindung coverage [--at YYYY-MM-DD] [--by kecamatan|desa|segment|sector|category] [--xlsx f.xlsx]
// [--json]`: the same report as the dashboard, each figure with its numerator, denominator, the
// denominator's source and date, and where the numerator came from.

const line = (f: CoverageFigure, words: ValueWords) => {
  const d = f.denominator;
  const share = d ? `${f.numerator.toLocaleString('id-ID')} / ${d.value.toLocaleString('id-ID')} = ${f.percent === null ? '—' : `${f.percent.toLocaleString('id-ID', { minimumFractionDigits: 2 })} %`}` : `${f.numerator.toLocaleString('id-ID')} (${render(msg('coverage.cli.noDenominator'))})`;
  const sources = [...new Set(f.aggregates.map((a) => a.source))].join('; ');
  const source = render(msg(`coverage.cli.source.${f.numeratorSource}`, { date: f.dataDate, sources, people: f.parts.people.toLocaleString('id-ID'), aggregates: f.parts.aggregates.toLocaleString('id-ID') }));
  const setAside =
    (f.registerSetAside === null ? '' : ` ${render(msg('coverage.sources.registerSetAside', { count: f.registerSetAside.toLocaleString('id-ID') }))}`) +
    (f.aggregateOnly.length ? ` ${render(msg('coverage.sources.only', { parts: sliceWords(f, words) }))}` : '');
  return `  ${f.label.padEnd(36)} ${share.padEnd(40)} [${source}]${setAside}${d ? ` — ${d.name}, ${d.source}, ${d.asOfDate}` : ''}`;
};

export function registerCoverage(program: Command): void {
  program
    .command('coverage')
    .description(bothWays('coverage.cli.command'))
    .option('--at <date>', bothWays('coverage.cli.at'))
    .option('--area <code>', bothWays('coverage.cli.area'))
    .option('--by <dimension>', bothWays('coverage.cli.by'), (value: string, all: string[] = []) => [...all, value])
    .option('--denominator <uid>', bothWays('coverage.cli.denominator'))
    .option('--xlsx <file>', bothWays('coverage.cli.xlsx'))
    .option('--json', bothWays('coverage.cli.json'))
    .action(async (options: { at?: string; area?: string; by?: string[]; denominator?: string; xlsx?: string; json?: boolean }) => {
      const by = (options.by ?? ['kecamatan', 'segment']) as CoverageDimension[];
      for (const d of by) if (!coverageDimensions.includes(d)) throw usageError(msg('coverage.cli.badBy', { value: d }));
      await asCliUser(program, async (host, session) => {
        const input = { ...(options.at ? { at: options.at } : {}), ...(options.area ? { areaCode: options.area } : {}), ...(options.denominator ? { denominatorUid: options.denominator } : {}), by };
        let report = await call<CoverageReport>(host.router, session, 'coverage.report', input);
        // After a big import a recount runs first (a job): the command waits for it, saying so.
        while (report.recounting > 0) {
          console.error(render(msg('coverage.cli.recounting', { count: report.recounting.toLocaleString('id-ID') })));
          await new Promise((resolve) => setTimeout(resolve, 2000));
          report = await call<CoverageReport>(host.router, session, 'coverage.report', input);
        }
        if (options.json) console.log(JSON.stringify(report, null, 2));
        else {
          // A slice in the lists' words as the export says it ("Sumber dana: APBD kabupaten/kota", not
          // apbd_kabkota): read beside the router, once the report channel has let this user read.
          const words = loadLabels(host.database.sqlite, []);
          console.log(`${render(msg('coverage.export.title'))}: ${report.area.name} (${report.area.code}), ${report.at}`);
          console.log(line(report.total, words));
          for (const d of by) {
            console.log(render(msg(`coverage.dimensions.${d}`)));
            for (const f of report.breakdowns[d]) console.log(line(f, words));
          }
        }
        if (options.xlsx) {
          const file = await call<DownloadToken>(host.router, session, 'coverage.export', { ...input, format: 'xlsx' });
          await host.runtime.files.copyOutgoing(file.token, options.xlsx);
          console.error(render(msg('coverage.cli.written', { file: options.xlsx })));
        }
      });
    });
}
