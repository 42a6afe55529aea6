import { Command } from 'commander';
import { registerAudit } from './commands/audit.ts';
import { registerAccounts } from './commands/accounts.ts';
import { registerDb } from './commands/db.ts';
import { registerServe } from './commands/serve.ts';
import { registerEmployers } from './commands/employers.ts';
import { registerNik } from './commands/nik.ts';
import { registerWorkers } from './commands/workers.ts';
import { registerDocuments } from './commands/documents.ts';
import { registerRegulations } from './commands/regulations.ts';
import { registerCoverage } from './commands/coverage.ts';
import { registerDemo } from './commands/demo.ts';
import { registerVerify } from './commands/verify.ts';
import { registerAward } from './commands/award.ts';
import { registerAwardPackage } from './commands/award-package.ts';
import { dataDirEnv } from '../db/data-dir.ts';
import { CliError, failureLines } from './cli-jobs.ts';
import { bothWays } from './help-text.ts';
import { passwordEnv, preparePassphrase } from './host-context.ts';

// `lindung`: the same router as the desktop app, for batch work and for the browser UI.
const program = new Command('lindung')
  .description(bothWays('cliHelp.program'))
  .option('--data-dir <folder>', bothWays('cliHelp.dataDir', { env: dataDirEnv }))
  .option('--user <username>', bothWays('accountsHelp.user', { env: passwordEnv }))
  .showHelpAfterError()
  // A usage mistake (unknown option, missing argument) exits 2, apart from a failed command's 1.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

// An encrypted data folder's passphrase, asked once before any command opens it (`verify` reads
// only the package it is given, never the data folder).
program.hook('preAction', async (_program, command) => {
  if (command.name() !== 'encrypt' && command.name() !== 'verify') await preparePassphrase(program.opts<{ dataDir?: string }>().dataDir);
});

registerServe(program);
registerDb(program);
registerEmployers(program);
registerWorkers(program);
registerRegulations(program);
registerCoverage(program);
registerDemo(program);
registerAwardPackage(program, registerAward(program));
registerNik(program);
registerAudit(program);
registerAccounts(program);
registerDocuments(program);
registerVerify(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Both languages, each whole: the Indonesian text and the English one (an AppError has both).
  for (const line of failureLines(error)) console.error(line);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
}
