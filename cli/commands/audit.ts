import type { Command } from 'commander';
import { auditChainWords, type AuditChainHead, type AuditChainReport } from '../../core/api/audit-chain.ts';
import { verifyAuditChain } from '../../core/audit/chain.ts';
import { msg, render } from '../../core/messages.ts';
import { openDatabase } from '../../db/database.ts';
import { resolveDataDir } from '../../db/data-dir.ts';
import { CliError } from '../cli-jobs.ts';
import { bothWays } from '../help-text.ts';

// `lindung audit verify`: the audit log's hash chain, row by row. Exit 0 when it holds, 1 at
// the first broken link (said in Indonesian, then in English). It only reads: no start-up work.

/** A row's time as the command line shows it: UTC, to the second. */
const utc = (iso: string) => `${iso.slice(0, 19).replace('T', ' ')} UTC`;

/** The report's lines: every Indonesian line, then every English one. */
export function chainReportLines(report: AuditChainReport): string[] {
  const words = auditChainWords(report, utc);
  return (['id', 'en'] as const).flatMap((language) => words.map((m) => render(m, language)));
}

function parseHead(text: string | undefined): AuditChainHead | null {
  if (text === undefined) return null;
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  if (!match) throw new CliError(msg('auditChain.cli.badHead'), undefined, 2);
  return { id: Number(match[1]), hash: match[2]!.toLowerCase() };
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description(bothWays('auditChain.cli.audit'));
  audit
    .command('verify')
    .description(bothWays('auditChain.cli.verify'))
    .option('--head <id:hash>', bothWays('auditChain.cli.head'))
    .option('--json', bothWays('cliHelp.json'))
    .action((options: { head?: string; json?: boolean }) => {
      const knownHead = parseHead(options.head);
      const database = openDatabase({ dataDir: resolveDataDir({ flag: program.opts<{ dataDir?: string }>().dataDir }) });
      let report: AuditChainReport;
      try {
        report = verifyAuditChain(database.sqlite, { knownHead });
      } finally {
        database.close();
      }
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else for (const line of chainReportLines(report)) (report.ok ? console.log : console.error)(line);
      if (!report.ok) process.exitCode = 1;
    });
}
