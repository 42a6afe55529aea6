import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CycleSummary, PackageBuilt } from '../../core/api/award.ts';
import type { JobState } from '../../core/api/jobs.ts';
import { msg, render } from '../../core/messages.ts';
import { call, CliError, followJob } from '../cli-jobs.ts';
import { bothWays } from '../help-text.ts';
import { asCliUser } from '../host-context.ts';

// `lindung award package <cycle> <out.zip>`: the evidence package of an approved cycle, the same
// job as the app's "Buat paket bukti" (audited), then its hash printed for the record. The target
// is checked first: a folder that is missing or cannot be written is said before the package is
// built (and its export audited) for nothing.

/** Refuses a target whose folder is missing, is not a folder, or cannot be written, or that is itself a folder. */
function checkTarget(target: string): void {
  const file = resolve(target);
  const folder = dirname(file);
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (!stat) throw new CliError(msg('award.cli.targetFolderMissing', { folder, file: target }));
  if (!stat.isDirectory()) throw new CliError(msg('award.cli.targetNotFolder', { folder, file: target }));
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new CliError(msg('award.cli.targetReadOnly', { folder, file: target }));
  }
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(msg('award.cli.targetIsFolder', { file: target }));
}

function pickCycle(cycles: CycleSummary[], asked: string): CycleSummary {
  const exact = cycles.find((c) => c.uid === asked);
  if (exact) return exact;
  const folded = asked.trim().toLowerCase();
  const matching = cycles.filter((c) => String(c.year) === folded || c.edition.toLowerCase() === folded);
  if (matching.length === 1) return matching[0]!;
  if (matching.length === 0) throw new CliError(msg('award.cli.unknownCycle', { cycle: asked }));
  throw new CliError(msg('award.cli.ambiguousCycle', { cycle: asked, count: matching.length }));
}

export function registerAwardPackage(program: Command, award: Command): void {
  award
    .command('package')
    .description(bothWays('award.cli.packageCommand'))
    .argument('<cycle>', bothWays('award.cli.cycleArg'))
    .argument('<out.zip>', bothWays('award.cli.outArg'))
    .action(async (asked: string, target: string) => {
      await asCliUser(program, async (host, session) => {
        checkTarget(target);
        const cycle = pickCycle(await call<CycleSummary[]>(host.router, session, 'award.cycles.list', {}), asked);
        const job = await call<JobState>(host.router, session, 'award.package', { uid: cycle.uid });
        const done = await followJob(host.router, session, job, render(msg('award.cli.building')));
        if (done.status !== 'done') throw done.error ? CliError.from(done.error) : new CliError(msg('jobs.failed'));
        const built = done.result as PackageBuilt;
        await host.runtime.files.copyOutgoing(built.token, target);
        console.log(render(msg('award.cli.written', { file: target, files: built.files, sha256: built.sha256 })));
      });
    });
}
