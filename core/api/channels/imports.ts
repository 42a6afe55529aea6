import { z } from 'zod';
import { read, write } from '../channel.ts';
import { batchInput, dryRunInput, importRegisters, inspectInput, type DownloadToken, type ImportBatchInfo, type Inspection } from '../imports.ts';
import { jobIdInput, type JobState } from '../jobs.ts';

// The shared import pipeline: inspect a staged file, dry run, commit, undo, and the files it
// hands back (error file, template).

export const importChannels = {
  'imports.inspect': write(inspectInput, 'records.import')<Inspection>(),
  'imports.dryRun': write(dryRunInput, 'records.import')<JobState>(),
  'imports.commit': write(jobIdInput, 'records.import')<JobState>(),
  'imports.errorFile': write(jobIdInput, 'records.import')<DownloadToken>(),
  'imports.template': write(z.object({ register: z.enum(importRegisters) }).strict(), 'records.import')<DownloadToken>(),
  'imports.history': read(z.object({ register: z.enum(importRegisters) }).strict(), 'records.read')<ImportBatchInfo[]>(),
  'imports.undo': write(batchInput, 'records.import')<JobState>(),
} as const;
