import { batchChangesInput, type BatchChangePage } from '../audit.ts';
import { read, write } from '../channel.ts';
import { batchInput, discardInput, dryRunInput, inspectInput, registerInput, templateInput, undoInput, type DownloadToken, type ImportBatchInfo, type Inspection } from '../imports.ts';
import { jobIdInput, type JobState } from '../jobs.ts';

// The shared import pipeline: inspect a staged file, dry run, commit, undo, and the files it
// hands back (error file, template).

export const importChannels = {
  'imports.inspect': write(inspectInput, 'records.import')<Inspection>(),
  'imports.dryRun': write(dryRunInput, 'records.import')<JobState>(),
  'imports.commit': write(jobIdInput, 'records.import')<JobState>(),
  /** Closes an import that will not be saved: its staged file and dry-run plans are removed. */
  'imports.discard': write(discardInput, 'records.import')<null>(),
  'imports.errorFile': write(jobIdInput, 'records.import')<DownloadToken>(),
  'imports.template': write(templateInput, 'records.import')<DownloadToken>(),
  'imports.history': read(registerInput, 'records.read')<ImportBatchInfo[]>(),
  /** What an undo would meet (records changed since, records others hold): a job whose result is an UndoCheck. */
  'imports.undoCheck': write(batchInput, 'records.import')<JobState>(),
  'imports.undo': write(undoInput, 'records.import')<JobState>(),
  /** The records an import, undo or bulk change touched, a page at a time, with their changed fields in words. */
  'imports.changes': read(batchChangesInput, 'records.read')<BatchChangePage>(),
} as const;
