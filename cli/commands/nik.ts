import type { Command } from 'commander';
import type { NikAnalysis } from '../../core/api/nik.ts';
import { call } from '../cli-jobs.ts';
import { asCliUser } from '../host-context.ts';
import { bothWays } from '../help-text.ts';

/** `lindung nik <NIK>`: the analysis a clerk would see, in the terminal. */
export function registerNik(program: Command): void {
  program
    .command('nik <values...>')
    .description(bothWays('cliHelp.nik'))
    .option('--numeric', bothWays('cliHelp.numeric'))
    .option('--json', bothWays('cliHelp.json'))
    .action(async (values: string[], options: { numeric?: boolean; json?: boolean }) => {
      let invalid = 0;
      await asCliUser(program, async (host, session) => {
        for (const value of values) {
          const a = await call<NikAnalysis>(host.router, session, 'nik.analyze', { value, fromNumericCell: options.numeric ?? false });
          if (!a.valid) invalid += 1;
          if (options.json) {
            console.log(JSON.stringify(a, null, 2));
            continue;
          }
          console.log(`${a.input}: ${a.valid ? 'SAH' : 'TIDAK SAH'}${a.nik && a.nik !== a.input ? ` (dibaca ${a.nik})` : ''}`);
          if (a.sex) console.log(`  jenis kelamin: ${a.sex === 'P' ? 'perempuan' : 'laki-laki'}`);
          if (a.birthDate) console.log(`  tanggal lahir: ${a.birthDate}${a.centuryDoubtful ? ` (abad diragukan: ${a.birthDateCandidates.join(' atau ')})` : ''}`);
          if (a.districtCode) console.log(`  diterbitkan di: ${a.districtCode} (bukan domisili)`);
          for (const e of a.errors) console.log(`  ✗ ${e.message.id}`);
          for (const w of a.warnings) console.log(`  ! ${w.message.id}`);
          for (const c of a.repair.changes) console.log(`  ~ ${c.message.id}`);
        }
      });
      process.exitCode = invalid > 0 ? 1 : 0;
    });
}
