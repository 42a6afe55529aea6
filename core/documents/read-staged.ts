import { readFile } from 'node:fs/promises';
import type { Runtime } from '../runtime.ts';
import { sealKeyFor, unseal } from '../files/sealed-file.ts';

// A staged upload's own bytes: sealed on disk while encryption is on, plain otherwise.

export async function readStaged(runtime: Runtime, fileToken: string): Promise<Buffer> {
  const staged = runtime.files.staged(fileToken);
  const key = sealKeyFor(staged.path);
  return key ? unseal(staged.path, key) : readFile(staged.path);
}
