import { read, write } from '../channel.ts';
import type { JobState } from '../jobs.ts';
import type { GridPage } from '../grid.ts';
import { bulkStatusInput, recordHistoryInput, registerExportInput, registerCountsInput, registerListInput, type HistoryEntry, type RegisterCounts } from '../registers.ts';

// Every register's grid and counts, through one pair of channels.

export const registerChannels = {
  'registers.list': read(registerListInput, 'records.read')<GridPage<Record<string, unknown>>>(),
  'registers.counts': read(registerCountsInput, 'records.read')<RegisterCounts>(),
  /** A record's history: its own changes and those imports and bulk changes made to it. */
  'registers.history': read(recordHistoryInput, 'records.read')<HistoryEntry[]>(),
  /** The view as shown to XLSX or CSV: a job whose result is the file's download token. Audited (personal data in bulk). */
  'registers.export': write(registerExportInput, 'records.export')<JobState>(),
  /** Every record of a view given one status (removed, with a reason): a job whose result is the batch, undoable like an import. */
  'registers.bulkStatus': write(bulkStatusInput, 'records.import')<JobState>(),
} as const;
