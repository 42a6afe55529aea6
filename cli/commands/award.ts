import type { Command } from 'commander';
import type { CycleSummary } from '../../core/api/award.ts';
import { msg, render } from '../../core/messages.ts';
import { call } from '../cli-jobs.ts';
import { bothWays } from '../help-text.ts';
import { asCliUser } from '../host-context.ts';

// `lindung award cycles [--json]`: each Paritrana Award cycle with its evidence completeness (the
// percent counts the indicators without evidence too, and says how many), what is overdue (an
// approved cycle is locked: nothing of it is), and whether the head approved it (when, by whom).
// Returns the `award` command so the package and verify commands join the same group.

const line = (c: CycleSummary) =>
  render(
    msg('award.cli.line', {
      edition: c.edition,
      year: c.year,
      ready: c.completeness.ready,
      items: c.completeness.items,
      percent: c.completeness.percent,
      without: c.completeness.indicatorsWithout,
      overdue: c.approval ? '' : render(msg('award.cli.overdue', { count: c.completeness.overdue })),
      approval: c.approval ? render(msg('award.cli.approved', { date: c.approval.approvedAt.slice(0, 10), name: c.approval.approverName })) : render(msg('award.cli.notApproved')),
    }),
  );

export function registerAward(program: Command): Command {
  const award = program.command('award').description(bothWays('award.cli.group'));
  award
    .command('cycles')
    .description(bothWays('award.cli.command'))
    .option('--json', bothWays('award.cli.json'))
    .action(async (options: { json?: boolean }) => {
      await asCliUser(program, async (host, session) => {
        const cycles = await call<CycleSummary[]>(host.router, session, 'award.cycles.list', {});
        if (options.json) console.log(JSON.stringify(cycles, null, 2));
        else if (cycles.length === 0) console.log(render(msg('award.cli.none')));
        else for (const c of cycles) console.log(line(c));
      });
    });
  return award;
}
