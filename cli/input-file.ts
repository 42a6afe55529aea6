import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { describeCause, readErrors } from '../core/imports/read/errors.ts';
import { isAppleNumbersPackage } from '../core/imports/read/sniff.ts';
import { msg } from '../core/messages.ts';
import { CliError } from './cli-jobs.ts';

// The file named on the command line, checked before it is copied in: a missing file, a
// folder, or an Apple Numbers package (a folder on macOS) is said in the import's own words.

export function checkInputFile(file: string): void {
  const where = { file: basename(file) };
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch (e) {
    throw new CliError(readErrors.fileNotFound(where, describeCause(e)).said);
  }
  if (!isDirectory) return;
  if (isAppleNumbersPackage(file)) throw new CliError(readErrors.appleNumbers(where).said);
  throw new CliError(msg('cli.isFolder', { file }));
}
